import { describe, expect, it } from 'vitest';
import { importDocument } from '../../import-document';
import { HUAIAN_PROACTIVE, HUAIAN_REVIEW, HUAIAN_TABLE3, shapeBytes, table3Of } from '../../testing/huaian';
import { readHtml } from './read';

// fixtures/shapes/huaian-2024-cms.html: the 淮安 report as a government CMS shows it when its
// editor pasted it from Word — <table border=1> with <p> and mso- styled <span lang=EN-US> in
// every cell, <o:p></o:p>, &nbsp; in blank cells, <br /> inside header labels, conditional
// comments, numbers split over two runs (3 + 001), group labels spanning their items, the vertical
// 三、本年度办理结果 one character a paragraph, and the 总计 column left blank except in 一、（七）、四.
const TOTALS_PRINTED = new Set([0, 23, 24]);
/** What the page prints of table 三: the 总计 column only in rows 一、（七）、四. */
const printed = HUAIAN_TABLE3.map((row, i) => row.map((n, c) => (c === 6 && !TOTALS_PRINTED.has(i) ? undefined : n)));

async function imported(bytes: Uint8Array, name: string) {
  const outcome = await importDocument(bytes, name);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome;
}

describe('a report as a government CMS page (Word-paste markup)', () => {
  it('lands every printed number in its cell, and leaves the blank 总计 cells blank', async () => {
    const outcome = await imported(shapeBytes('huaian-2024-cms.html'), '淮安市人民政府2024年政府信息公开工作年度报告.html');
    expect(outcome.source).toBe('recognised');
    expect(outcome.tables).toEqual([
      // The 总计 column of 表三 is printed in 一、（七） and 四 only: 144 + 9 numbers printed, every one read.
      { table: 'table2', found: 10, printed: 10, total: 10, unread: [] },
      { table: 'table3', found: 153, printed: 153, total: 144, unread: [] },
      { table: 'table4', found: 15, printed: 15, total: 12, unread: [] },
    ]);
    expect(outcome.missing).toEqual([]);
    expect(outcome.report.proactive).toEqual(HUAIAN_PROACTIVE);
    expect(table3Of(outcome.report)).toEqual(printed);
    expect(outcome.report.review).toEqual({
      reconsideration: { ...HUAIAN_REVIEW.reconsideration, total: 351 },
      litigationDirect: { ...HUAIAN_REVIEW.litigationDirect, total: 26 },
      litigationAfterReview: { ...HUAIAN_REVIEW.litigationAfterReview, total: 20 },
    });
    // A blank printed total is no gap (the wizard computes it): no note calls it one.
    expect(outcome.notes.filter((note) => note.startsWith('表'))).toEqual([]);
  });

  it('reads header labels broken with <br /> and the Word-paste cells as the page shows them', () => {
    const page = new TextDecoder().decode(shapeBytes('huaian-2024-cms.html'));
    const tables = readHtml(page).document.blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
    expect(tables.map((t) => [t.length, t[0]?.length])).toEqual([[14, 4], [28, 10], [4, 15]]);
    expect(tables[1]?.[2]).toEqual(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '自然人', '商业\n企业', '科研\n机构', '社会公益\n组织', '法律服务\n机构', '其他', '总计']);
    expect(tables[1]?.[3]).toEqual(['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '3001', '53', '0', '0', '61', '4', '3119']);
    expect(tables[1]?.[4]?.slice(3)).toEqual(['34', '0', '0', '0', '0', '0', '']);
    expect(tables[1]?.[13]?.[0]).toBe('三\n、\n本\n年\n度\n办\n理\n结\n果');
    expect(tables[2]?.[2]?.slice(0, 5)).toEqual(['结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计']);
    // The script's document.write never reaches the text.
    expect(tables.flat(2)).not.toContain('99');
  });

  it('reads a page encoded in GB2312/GBK by its charset declaration, in the head or after a long one', async () => {
    const gbk = shapeBytes('huaian-2024-cms-gbk.html');
    // Stored as the bytes such a site serves: not UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const utf8 = await imported(shapeBytes('huaian-2024-cms.html'), 'utf8.html');
    const declared = await imported(gbk, 'gb2312.html');
    expect(declared.report).toEqual(utf8.report);
    expect(declared.report.meta.agency).toBe('淮安市人民政府');

    // <meta charset=gbk> after 20 KB of Word's styles, past where a browser's first look ends.
    const latin1 = new TextDecoder('latin1').decode(gbk);
    const body = gbk.subarray(latin1.indexOf('<body>'));
    const head = new TextEncoder().encode(`<html><head><style>${'p.MsoNormal{mso-style-parent:"";margin:0cm;}\n'.repeat(450)}</style><meta charset=gbk></head>`);
    expect(head.byteLength).toBeGreaterThan(20_000);
    const late = await imported(new Uint8Array([...head, ...body]), 'gbk.html');
    expect(table3Of(late.report)).toEqual(printed);

    // Without a declaration the bytes are not guessed at.
    const undeclared = await importDocument(new Uint8Array([...new TextEncoder().encode('<html><body>'), ...body]), 'x.html');
    expect(undeclared).toEqual({ ok: false, problems: ['无法识别的文件：既不是报告文件、Word 文档、Excel 工作簿、网页，也不是文字。'] });
  });
});
