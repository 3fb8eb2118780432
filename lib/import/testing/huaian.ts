// The numbers 淮安市人民政府 printed in its 2024 report (fixtures/published/005_huaian-2024.pdf),
// read off its pages rendered with pdftoppm (pages 3–5), and the shapes of the same report in
// fixtures/shapes/ (a CMS page, the text pdftotext extracts). Test helper.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '@/lib/report/template/table3';

/** Table 三 row by row as printed: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
export const HUAIAN_TABLE3 = [
  [3001, 53, 0, 0, 61, 4, 3119], // 一、本年新收
  [34, 0, 0, 0, 0, 0, 34], // 二、上年结转
  [1288, 21, 0, 0, 50, 3, 1362], // （一）予以公开
  [447, 7, 0, 0, 0, 0, 454], // （二）部分公开
  [2, 0, 0, 0, 0, 0, 2], // （三）1.属于国家秘密
  [30, 1, 0, 0, 0, 0, 31],
  [5, 0, 0, 0, 0, 0, 5],
  [6, 0, 0, 0, 0, 0, 6],
  [7, 1, 0, 0, 0, 0, 8],
  [12, 0, 0, 0, 0, 0, 12],
  [9, 0, 0, 0, 0, 0, 9],
  [105, 0, 0, 0, 0, 0, 105], // 8.属于行政查询事项
  [746, 12, 0, 0, 10, 1, 769], // （四）1. — the last row of page 4
  [11, 0, 0, 0, 0, 0, 11], // （四）2. — the first of page 5, under 「法提供」
  [1, 0, 0, 0, 0, 0, 1],
  [56, 6, 0, 0, 0, 0, 62], // （五）1.
  [25, 0, 0, 0, 0, 0, 25],
  [0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0],
  [1, 0, 0, 0, 0, 0, 1], // 5.要求行政机关确认或重新出｜具已获取信息
  [67, 3, 0, 0, 1, 0, 71], // （六）1、 over three lines
  [6, 0, 0, 0, 0, 0, 6], // （六）2、 over three lines
  [108, 2, 0, 0, 0, 0, 110], // 3、其他
  [2932, 53, 0, 0, 61, 4, 3050], // （七）总计
  [103, 0, 0, 0, 0, 0, 103], // 四、结转下年度继续办理
];

export const HUAIAN_PROACTIVE = {
  regulations: { issued: 1, repealed: 0, inForce: 11 },
  normativeDocuments: { issued: 8, repealed: 26, inForce: 66 },
  licensing: 447228,
  punishment: 3985758,
  coercion: 88283,
  feesWanYuan: '96171.6',
};

/** Table 四 without its three 总计 (72+64+178+37 = 351, 13+4+8+1 = 26, 12+1+1+6 = 20). */
export const HUAIAN_REVIEW = {
  reconsideration: { upheld: 72, corrected: 64, other: 178, pending: 37 },
  litigationDirect: { upheld: 13, corrected: 4, other: 8, pending: 1 },
  litigationAfterReview: { upheld: 12, corrected: 1, other: 1, pending: 6 },
};

/** A report's table 三 in the shape of HUAIAN_TABLE3 (a cell not read is undefined or null). */
export const table3Of = (report: DraftReport): unknown[][] =>
  TABLE3_ROWS.map((row) => TABLE3_COLUMNS.map((column) => getAt(report, `${row.path}.${column.key}`)));

const SHAPES_DIR = new URL('../../../fixtures/shapes/', import.meta.url);

/** A file of fixtures/shapes/, as bytes. */
export const shapeBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(new URL(name, SHAPES_DIR))));
/** A file of fixtures/shapes/, as text. */
export const shapeText = (name: string): string => readFileSync(fileURLToPath(new URL(name, SHAPES_DIR)), 'utf8');
export const shapePath = (name: string): string => fileURLToPath(new URL(name, SHAPES_DIR));
