import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../import-document';
import { samplePath } from '../../testing/samples';
import { lockedPdf, pdfWithText, pdfWithoutText } from '../../testing/pdf-files';
import { getAt } from '@/lib/report/paths';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '@/lib/report/template/table3';
import { BROKEN_PDF, LOCKED_PDF, readPdf, SCANNED_PDF } from './read';

const huaian = () => new Uint8Array(readFileSync(samplePath('005')));

// Read off the sample's pages rendered with pdftoppm (pages 3–5), row by row as printed:
// 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
const TABLE3_PRINTED = [
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

describe('reading a PDF', () => {
  it('lands every number of tables 二, 三 and 四 of a real city report (WPS, table 三 across a page break) in its cell', { timeout: 30_000 }, async () => {
    const outcome = await importDocument(huaian(), '淮安市2024年报.pdf');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.source).toBe('recognised');
    expect(outcome.format).toBe('30号');
    expect(outcome.report.meta).toMatchObject({ agency: '淮安市人民政府', year: 2024 });
    expect(outcome.tables).toEqual([
      { table: 'table2', found: 10, total: 10 },
      { table: 'table3', found: 144, total: 144 },
      { table: 'table4', found: 12, total: 12 },
    ]);
    expect(outcome.missing).toEqual([]);
    expect(outcome.report.proactive).toEqual({
      regulations: { issued: 1, repealed: 0, inForce: 11 },
      normativeDocuments: { issued: 8, repealed: 26, inForce: 66 },
      licensing: 447228,
      punishment: 3985758,
      coercion: 88283,
      feesWanYuan: '96171.6',
    });
    expect(TABLE3_ROWS.map((row) => TABLE3_COLUMNS.map((column) => getAt(outcome.report, `${row.path}.${column.key}`)))).toEqual(TABLE3_PRINTED);
    expect(outcome.report.review).toMatchObject({
      reconsideration: { upheld: 72, corrected: 64, other: 178, pending: 37 },
      litigationDirect: { upheld: 13, corrected: 4, other: 8, pending: 1 },
      litigationAfterReview: { upheld: 12, corrected: 1, other: 1, pending: 6 },
    });
  });

  it('reads section 六\'s 「全年收取政府信息公开信息处理费3940元」 as charged, 3940 元, and the review says so', { timeout: 30_000 }, async () => {
    const outcome = await importDocument(huaian(), '淮安市2024年报.pdf');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.report.other.fees).toEqual({ charged: true, cases: null, amountYuan: '3940' });
    expect(outcome.notes).toContain(
      '信息处理费：原文“2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。”，已记为收取 3940 元；原文没有写明收费件数，请补填。',
    );
  });

  it('reads its prose as paragraphs, lines joined without spaces between Chinese characters', { timeout: 30_000 }, async () => {
    const read = await readPdf(huaian());
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const paragraphs = read.document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs.slice(0, 4)).toEqual([
      '淮安市人民政府',
      '2024 年政府信息公开工作年度报告',
      '本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）（以下简称《条例》）规定编制。报告所列统计期限自2024年1月1日至2024年12月31日。如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道1号，邮编：223001，电话：0517-83605210，电子邮箱：hazwgkc@163.com）。',
      '一、总体情况',
    ]);
    expect(paragraphs.at(-1)).toBe('2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。');
    expect(read.document.blocks.filter((b) => b.kind === 'table')).toHaveLength(3);
  });

  it('refuses a PDF without text (a scan), one locked with a password and a damaged one, saying what to do', async () => {
    expect(await importDocument(pdfWithoutText(), '扫描件.pdf')).toEqual({ ok: false, problems: [SCANNED_PDF] });
    expect(SCANNED_PDF).toBe('此 PDF 没有文字层（可能是扫描件或图片），无法读取其中的数字。请使用该报告的 Word 或网页版，或把文字粘贴进来。');
    expect(await importDocument(lockedPdf(), '加密.pdf')).toEqual({ ok: false, problems: [LOCKED_PDF] });
    expect(await importDocument(pdfWithText('Annual report of an office').slice(0, 60), '半截.pdf')).toEqual({ ok: false, problems: [BROKEN_PDF] });
    expect(await importDocument(new TextEncoder().encode('%PDF-1.7\n\u0000\u00ff'), 'a.pdf')).toEqual({ ok: false, problems: [BROKEN_PDF] });
  });

  it('leaves the caller its bytes (pdf.js takes over what it is given)', async () => {
    const bytes = pdfWithText('Annual report of an office');
    const copy = bytes.slice();
    await readPdf(bytes);
    expect(bytes).toEqual(copy);
  });
});
