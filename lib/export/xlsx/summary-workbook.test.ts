import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { placeCells } from '@/lib/report/grid';
import { getAt, setAt } from '@/lib/report/paths';
import type { Report } from '@/lib/report/file/schema';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { TABLES } from '@/lib/report/template/tables';
import { computeTotals } from '@/lib/report/totals';
import { readWorkbook } from '@/lib/import/read/xlsx/workbook';
import type { Worksheet } from '@/lib/import/read/xlsx/sheet';
import { reportWorkbook, summaryWorkbook, type SummaryWorkbookInput } from './summary-workbook';

const TITLE = '某县2025年政府信息公开工作年度报告汇总';

function input(): SummaryWorkbookInput {
  const a = busyReport();
  const b: Report = setAt(setAt(busyReport(), 'meta.agency', '某县教育局'), 'proactive.licensing', 0);
  const sum: Report = setAt(busyReport(), 'proactive.licensing', 326);
  return {
    sum,
    title: TITLE,
    reports: [
      { agency: '某某市自然资源局', file: '自然资源局.docx', report: a },
      { agency: '某县教育局', file: '教育局.nianbao.json', report: b },
    ],
    findings: [
      { agency: '某县教育局', file: '教育局.nianbao.json', id: 'T3-BALANCE', severity: 'error', location: '表三·自然人列', message: '自然人列不平衡：一+二 = 43，（七）+四 = 42。' },
      { agency: '某某市自然资源局', file: '自然资源局.docx', id: 'X-FEE', severity: 'warning', location: '六、其他需要报告的事项', message: '表二收费金额为 12.3456 万元，正文没有说明。' },
    ],
  };
}

async function sheets(bytes: Promise<Uint8Array>): Promise<Worksheet[]> {
  // The detail sheet of table 三 is 177 columns wide: more than the importer keeps.
  const read = readWorkbook(await bytes, { rows: 1_000, columns: 1_000 });
  if (!read.ok) throw new Error(read.problems.join(' '));
  return read.sheets;
}

const at = (sheet: Worksheet | undefined, row: number, column: number) => sheet?.cells.get(row)?.get(column);
const rowOf = (sheet: Worksheet | undefined, row: number, width: number) => Array.from({ length: width }, (_, c) => at(sheet, row, c) ?? null);

describe('summaryWorkbook', () => {
  it('names its sheets in Chinese: the three summed tables, each by agency, then the findings', async () => {
    expect((await sheets(summaryWorkbook(input()))).map((s) => s.name)).toEqual([
      '表二 汇总',
      '表三 汇总',
      '表四 汇总',
      '表二 分机关明细',
      '表三 分机关明细',
      '表四 分机关明细',
      '问题清单',
    ]);
  });

  it('lays each summed table out as the template does: its merges, its labels, its numbers as numbers', async () => {
    const all = await sheets(summaryWorkbook(input()));
    const sum = input().sum;
    const totals = computeTotals(sum);
    TABLES.forEach((table, t) => {
      const sheet = all[t];
      const placed = placeCells(table.rows, { columns: table.gridColumns }).flat();
      const last = table.gridColumns - 1;
      // The title and the caption stand merged over the table, then the template's own spans two rows down.
      expect(sheet?.merges).toEqual([
        { row: 0, column: 0, rowSpan: 1, colSpan: last + 1 },
        { row: 1, column: 0, rowSpan: 1, colSpan: last + 1 },
        ...placed.filter((p) => p.rowSpan > 1 || p.colSpan > 1).map((p) => ({ row: p.row + 2, column: p.column, rowSpan: p.rowSpan, colSpan: p.colSpan })),
      ]);
      expect([at(sheet, 0, 0), at(sheet, 1, 0)]).toEqual([TITLE, table.caption]);
      for (const p of placed) {
        const stored = at(sheet, p.row + 2, p.column);
        if (p.cell.kind === 'label') expect(String(stored).replace(/\n/g, '')).toBe(p.cell.text);
        else {
          const value = totals.has(p.cell.path) ? totals.get(p.cell.path) : getAt(sum, p.cell.path);
          expect([p.cell.path, stored]).toEqual([p.cell.path, Number(value)]);
        }
      }
    });
  });

  it('stores table 二 and its 万元 fee as numbers, and breaks labels between their words', async () => {
    const sheet = (await sheets(summaryWorkbook(input())))[0];
    expect(rowOf(sheet, 2, 4)).toEqual(['第二十条第（一）项', null, null, null]);
    expect(rowOf(sheet, 4, 4)).toEqual(['规章', 1, 0, 12]);
    expect(rowOf(sheet, 8, 4)).toEqual(['行政许可', 326, null, null]);
    expect(rowOf(sheet, 15, 4)).toEqual(['行政事业性收费', 12.3456, null, null]);
    const table3 = (await sheets(summaryWorkbook(input())))[1];
    expect(rowOf(table3, 3, 10).slice(3)).toEqual(['自然人', '法人或其他组织', null, null, null, null, '总计']);
    expect(rowOf(table3, 4, 10).slice(4)).toEqual(['商业\n企业', '科研\n机构', '社会\n公益\n组织', '法律\n服务\n机构', '其他', null]);
  });

  it('makes the columns as wide as the template prints them, and fits each summed table to an A4 page width', async () => {
    const bytes = await summaryWorkbook(input());
    const all = await sheets(Promise.resolve(bytes));
    expect([...(all[0]?.columnWidths.values() ?? [])]).toEqual([23.58, 20.22, 20.22, 20.22]);
    expect([...(all[1]?.columnWidths.values() ?? [])]).toEqual([11.61, 9.72, 21.76, 7.45, 5.62, 5.62, 5.62, 5.62, 5.62, 5.62]);
    expect([...(all[2]?.columnWidths.values() ?? [])]).toEqual(Array<number>(15).fill(5.62));
    const parts = unzipSync(bytes);
    const xml = (n: number) => strFromU8(parts[`xl/worksheets/sheet${n}.xml`] ?? new Uint8Array());
    for (const n of [1, 2, 3]) expect(xml(n)).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
    expect(xml(5)).not.toContain('fitToPage');
  });

  it('lists each agency on a row of each table, every cell a column named by its labels, the sum last', async () => {
    const table3 = (await sheets(summaryWorkbook(input())))[4];
    const cells = TABLES[1]?.rows.flat().filter((cell) => cell.kind === 'value') ?? [];
    expect(cells.length).toBe(175);
    expect(rowOf(table3, 0, 4)).toEqual(['机关', '文件', '一、本年新收政府信息公开申请数量 自然人', '一、本年新收政府信息公开申请数量 商业企业']);
    expect(at(table3, 0, 2 + 174)).toBe('四、结转下年度继续办理 总计');
    expect(rowOf(table3, 1, 4)).toEqual(['某某市自然资源局', '自然资源局.docx', 40, 6]);
    expect(rowOf(table3, 2, 3)).toEqual(['某县教育局', '教育局.nianbao.json', 40]);
    expect(rowOf(table3, 3, 3)).toEqual(['汇总', null, 40]);
    expect(at(table3, 1, 2 + 174)).toBe(7);
    const table2 = (await sheets(summaryWorkbook(input())))[3];
    expect(rowOf(table2, 0, 12)).toEqual([
      '机关',
      '文件',
      '规章 本年制发件数',
      '规章 本年废止件数',
      '规章 现行有效件数',
      '行政规范性文件 本年制发件数',
      '行政规范性文件 本年废止件数',
      '行政规范性文件 现行有效件数',
      '行政许可 本年处理决定数量',
      '行政处罚 本年处理决定数量',
      '行政强制 本年处理决定数量',
      '行政事业性收费 本年收费金额（单位：万元）',
    ]);
    expect(rowOf(table2, 2, 12)).toEqual(['某县教育局', '教育局.nianbao.json', 1, 0, 12, 8, 3, 45, 0, 57, 4, 12.3456]);
  });

  it('lists every finding: 机关, 编号, 严重程度, 位置, 说明, and the file', async () => {
    const findings = (await sheets(summaryWorkbook(input())))[6];
    expect([0, 1, 2].map((r) => rowOf(findings, r, 6))).toEqual([
      ['机关', '编号', '严重程度', '位置', '说明', '文件'],
      ['某县教育局', 'T3-BALANCE', '错误', '表三·自然人列', '自然人列不平衡：一+二 = 43，（七）+四 = 42。', '教育局.nianbao.json'],
      ['某某市自然资源局', 'X-FEE', '警告', '六、其他需要报告的事项', '表二收费金额为 12.3456 万元，正文没有说明。', '自然资源局.docx'],
    ]);
    expect(findings?.cells.size).toBe(3);
  });
});

describe('reportWorkbook', () => {
  it('writes one report’s three tables under its title', async () => {
    const all = await sheets(reportWorkbook(busyReport()));
    expect(all.map((s) => s.name)).toEqual(['表二', '表三', '表四']);
    expect(at(all[0], 0, 0)).toBe('某某市自然资源局2025年政府信息公开工作年度报告');
    expect(rowOf(all[2], 5, 5)).toEqual([2, 1, 0, 1, 4]);
  });
});
