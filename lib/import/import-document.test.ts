import { strToU8 } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/lib/report/empty-report';
import { busyReport } from '@/lib/report/testing/sample-reports';
import type { DraftReport } from '@/lib/report/file/schema';
import { ALTERED_NOTE, OLD_OFFICE_FILE, UNRECOGNISED_FILE, importDocument } from './import-document';
import { BROKEN_PDF } from './read/pdf/read';
import { ourDocx, ourHtml, rezip } from './testing/document-fixtures';
import type { ImportOutcome, ImportResult, ParsedDocument } from './parsed-document';

// Stand-ins for the recogniser and the text importer: these tests are about what reaches them.
const { recogniseReport, recogniseTableValues, importText } = vi.hoisted(() => ({
  recogniseReport: vi.fn<(doc: ParsedDocument) => ImportResult>(),
  recogniseTableValues: vi.fn<(doc: ParsedDocument) => ReadonlyMap<string, number | string>>(),
  importText: vi.fn<(text: string) => ImportOutcome>(),
}));
vi.mock('./recognise/recognise', () => ({ recogniseReport, recogniseTableValues }));
vi.mock('./import-text', () => ({ importText }));

const recognisedResult: ImportResult = {
  report: emptyReport({ agency: '识别出的机关', year: 2024 }),
  format: '30号',
  source: 'recognised',
  tables: [],
  missing: ['applications.received.natural'],
  notes: ['按 2021 年格式（国办公开办函〔2021〕30号）识别。'],
};
const textOutcome: ImportOutcome = { ok: false, problems: ['文字中没有找到报告。'] };

beforeEach(() => {
  recogniseReport.mockReset().mockReturnValue(recognisedResult);
  recogniseTableValues.mockReset().mockReturnValue(new Map());
  importText.mockReset().mockReturnValue(textOutcome);
});

const ours = await ourDocx();
const utf8 = (text: string) => new TextEncoder().encode(text);
/** The tables of the document handed to the recogniser in its only call. */
const recognisedTables = () => (recogniseReport.mock.calls[0]?.[0].blocks ?? []).flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
const readBack = {
  ok: true,
  report: busyReport(),
  format: '30号',
  source: 'embedded',
  // Read whole: cells found out of the template's, no printed count.
  tables: [
    { table: 'table2', found: 10, printed: null, total: 10, unread: [] },
    { table: 'table3', found: 144, printed: null, total: 144, unread: [] },
    { table: 'table4', found: 12, printed: null, total: 12, unread: [] },
  ],
  missing: [],
  notes: ['已从年报助手导出的文件中完整读回报告。'],
};

describe('importing a file a clerk starts from', () => {
  it('reads our DOCX back whole from its embedded data', async () => {
    expect(await importDocument(ours, '2025年报.docx')).toEqual(readBack);
    // Only the tables, to compare what the document shows with its data (edited-after-export.test.ts).
    expect(recogniseTableValues).toHaveBeenCalledTimes(1);
    expect(recogniseReport).not.toHaveBeenCalled();
  });

  it('reads our web page back whole from its data block, whatever the file is called', async () => {
    expect(await importDocument(utf8(ourHtml()), '下载')).toEqual(readBack);
  });

  it('reads a report file as such, a blank cell counted missing rather than found', async () => {
    const report: DraftReport = { ...busyReport(), proactive: { ...busyReport().proactive, licensing: null } };
    const outcome = await importDocument(utf8(JSON.stringify(report)), 'x.nianbao.json');
    expect(outcome).toEqual({
      ...readBack,
      report,
      tables: [{ table: 'table2', found: 9, printed: null, total: 10, unread: [] }, ...readBack.tables.slice(1)],
      missing: ['proactive.licensing'],
      notes: ['已读取年报助手报告文件。'],
    });
  });

  it('reads a report file holding a raw NUL byte, without it, rather than refusing it as binary', async () => {
    const report: DraftReport = { ...busyReport(), problems: { ...busyReport().problems, problems: '人员\u0000不足。' } };
    const text = JSON.stringify(report).replace('\\u0000', '\u0000');
    expect(text).toContain('\u0000');
    const outcome = await importDocument(utf8(text), 'x.nianbao.json');
    expect(outcome.ok && outcome.report.problems.problems).toBe('人员不足。');
    expect(outcome.ok && outcome.notes).toEqual(['已读取年报助手报告文件。']);
  });

  it('lists the problems of a file named .json that is not a report', async () => {
    expect(await importDocument(utf8('{"format": "other"}'), 'x.json')).toEqual({
      ok: false,
      problems: ['这不是年报助手的报告文件：format 应为 "nianbao.report"，文件中是 "other"。'],
    });
  });

  it('recognises our DOCX whose data was altered, from grids with the busy numbers, and says so', async () => {
    const altered = rezip(ours, (name, text) => (name === 'docProps/custom.xml' ? text.replace('name="nianbao.0003"><vt:lpwstr>', '$&X') : text));
    const outcome = await importDocument(altered, '2025年报.docx');
    expect(outcome).toEqual({ ok: true, ...recognisedResult, notes: [ALTERED_NOTE, ...recognisedResult.notes] });
    expect(ALTERED_NOTE).toBe('文件中的年报助手数据已被改动，改为按文字和表格识别。');
    const table3 = recognisedTables()[1];
    expect(table3?.[4]).toEqual([...Array(3).fill('二、上年结转政府信息公开申请数量'), '3', '1', '0', '0', '1', '0', '5']);
    expect(table3?.[15]).toEqual(['三、本年度\n办理结果', '（四）\n无法提供', '1.本机关不掌握相关政府信息', '4', '1', '0', '0', '0', '0', '5']);
    expect(table3?.slice(5, 27).map((row) => row[0])).toEqual(Array(22).fill('三、本年度\n办理结果'));
    expect(table3?.[27]).toEqual([...Array(3).fill('四、结转下年度继续办理'), '4', '1', '0', '0', '1', '1', '7']);
  });

  it('recognises a web page without our data, with no note of alteration', async () => {
    const page = ourHtml().replace(/<script type="application\/json"[^]*?<\/script>/, '');
    expect(await importDocument(utf8(page), 'page.html')).toEqual({ ok: true, ...recognisedResult });
    expect(recognisedTables().map((t) => [t.length, t[0]?.length])).toEqual([[14, 4], [28, 10], [4, 15]]);
  });

  it('reads a web page declared as GB2312 in that encoding', async () => {
    const gbk = Uint8Array.from([...utf8('<meta charset="gb2312"><p>'), 0xc4, 0xea, 0xb1, 0xa8, ...utf8('</p>')]);
    await importDocument(gbk, 'old.htm');
    expect(recogniseReport.mock.calls[0]?.[0]).toEqual({ blocks: [{ kind: 'paragraph', text: '年报' }] });
  });

  it('hands other text, UTF-8 or UTF-16, to the text importer', async () => {
    expect(await importDocument(utf8('\uFEFF红寺堡区司法局\n2022年政府信息公开工作年度报告'), '年报.txt')).toBe(textOutcome);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'一、总体情况'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    await importDocument(utf16, 'unicode.txt');
    expect(importText.mock.calls).toEqual([['红寺堡区司法局\n2022年政府信息公开工作年度报告'], ['一、总体情况']]);
  });

  it('refuses binary that is none of these, a damaged PDF and old Word files', async () => {
    const binary = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) & 0xff);
    expect(await importDocument(binary, 'a.bin')).toEqual({ ok: false, problems: ['无法识别的文件：既不是报告文件、Word 文档、Excel 工作簿、网页，也不是文字。'] });
    expect(await importDocument(strToU8('%PDF-1.7\n\u0000\u00ff'), 'a.pdf')).toEqual({ ok: false, problems: [BROKEN_PDF] });
    expect(await importDocument(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'a.doc')).toEqual({ ok: false, problems: [OLD_OFFICE_FILE] });
    expect(await importDocument(new Uint8Array(0), 'empty.txt')).toEqual({ ok: false, problems: ['文件是空的。'] });
    expect(UNRECOGNISED_FILE).toBe('无法识别的文件：既不是报告文件、Word 文档、Excel 工作簿、网页，也不是文字。');
  });

  it('passes on the refusals of the DOCX reader', async () => {
    expect(await importDocument(ours.slice(0, 100), 'cut.docx')).toEqual({
      ok: false,
      problems: ['Word 文档（.docx）已损坏或不完整（可能没有下载或复制完整），无法读取。'],
    });
  });

  it('never throws: an error becomes one line without a stack', async () => {
    recogniseReport.mockImplementation(() => {
      throw new TypeError('cannot read row 3');
    });
    expect(await importDocument(utf8('<p>正文</p>'), 'a.html')).toEqual({ ok: false, problems: ['读取文件时出错：cannot read row 3'] });
  });
});
