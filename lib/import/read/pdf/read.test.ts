import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../import-document';
import { samplePath } from '../../testing/samples';
import { HUAIAN_PROACTIVE, HUAIAN_REVIEW, HUAIAN_TABLE3, table3Of } from '../../testing/huaian';
import { lockedPdf, pdfWithText, pdfWithoutText } from '../../testing/pdf-files';
import { BROKEN_PDF, LOCKED_PDF, readPdf, SCANNED_PDF } from './read';

const huaian = () => new Uint8Array(readFileSync(samplePath('005')));

describe('reading a PDF', () => {
  it('lands every number of tables 二, 三 and 四 of a real city report (WPS, table 三 across a page break) in its cell', { timeout: 30_000 }, async () => {
    const outcome = await importDocument(huaian(), '淮安市2024年报.pdf');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.source).toBe('recognised');
    expect(outcome.format).toBe('30号');
    expect(outcome.report.meta).toEqual({
      agency: '淮安市人民政府',
      agencyKind: 'government',
      year: 2024,
      contact: { unit: '淮安市人民政府办公室', address: '淮安市翔宇南道1号', postcode: '223001', phone: '0517-83605210', email: 'hazwgkc@163.com' },
    });
    expect(outcome.notes).toContain('基本信息：从原文读到联系部门、地址、邮编、电话、电子邮箱，请核对；原文没有写明发布网站名称、发布网站网址、传真，请在基本信息中填写。');
    expect(outcome.tables).toEqual([
      { table: 'table2', found: 10, printed: 10, total: 10, unread: [] },
      { table: 'table3', found: 175, printed: 175, total: 144, unread: [] },
      { table: 'table4', found: 15, printed: 15, total: 12, unread: [] },
    ]);
    expect(outcome.missing).toEqual([]);
    expect(outcome.report.proactive).toEqual(HUAIAN_PROACTIVE);
    expect(table3Of(outcome.report)).toEqual(HUAIAN_TABLE3);
    expect(outcome.report.review).toMatchObject(HUAIAN_REVIEW);
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
