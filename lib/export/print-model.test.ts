import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/lib/report/empty-report';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { withTotals } from '@/lib/report/totals';
import { COUNT_PROPERTY, HASH_PROPERTY, pieceProperty, reportFromProperties, reportProperties } from '@/lib/report/file/embedding';
import { chineseDate, printModelOf, type PrintBlock } from './print-model';

const today = new Date(2025, 10, 1);
const headings = (blocks: PrintBlock[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}:${b.text}`] : []));

describe('the print model', () => {
  it('titles the document in two lines and names it as its file', () => {
    const doc = printModelOf(busyReport(), today);
    expect(doc.title).toEqual(['某某市自然资源局', '2025年政府信息公开工作年度报告']);
    expect(doc.name).toBe('某某市自然资源局2025年政府信息公开工作年度报告');
    expect(doc.closing).toEqual({ agency: '某某市自然资源局', date: '2026年1月16日' });
    expect(doc.draft).toBeNull();
  });

  it('has the six headings verbatim, the parts with text, and leaves empty optional parts out, renumbered', () => {
    const report = setAt(busyReport(), 'other.workPoints', '');
    expect(headings(printModelOf(report, today).blocks)).toEqual([
      '1:一、总体情况',
      '2:（一）主动公开情况',
      '2:（二）依申请公开情况',
      '2:（三）政府信息管理情况',
      '2:（四）政府信息公开平台建设情况',
      '2:（五）监督保障情况',
      '1:二、主动公开政府信息情况',
      '1:三、收到和处理政府信息公开申请情况',
      '1:四、政府信息公开行政复议、行政诉讼情况',
      '1:五、存在的主要问题及改进情况',
      '1:六、其他需要报告的事项',
      '2:（一）收取信息处理费情况',
      '2:（二）人大代表建议和政协提案办理结果公开情况',
    ]);
  });

  it('opens with the preface and states the 信息处理费 also when none was charged', () => {
    const blocks = printModelOf(busyReport(), today).blocks;
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: expect.stringMatching(/^根据《中华人民共和国政府信息公开条例》规定/) });
    const fee = blocks.findIndex((b) => b.kind === 'heading' && b.text === '（一）收取信息处理费情况');
    expect(blocks[fee + 1]).toEqual({ kind: 'paragraph', text: '本年度未收取信息处理费。' });
  });

  it('splits prose into paragraphs at line breaks', () => {
    const report = setAt(busyReport(), 'problems.problems', '一是更新不及时。\n\n二是解读单一。');
    const blocks = printModelOf(report, today).blocks;
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === '五、存在的主要问题及改进情况');
    expect(blocks.slice(at + 1, at + 3)).toEqual([
      { kind: 'paragraph', text: '一是更新不及时。' },
      { kind: 'paragraph', text: '二是解读单一。' },
    ]);
  });

  it('prints the tables as cell grids with the numbers and the computed totals', () => {
    const tables = printModelOf(busyReport(), today).blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    expect(tables.map((t) => [t.id, t.rows.length, t.headerRows])).toEqual([
      ['table2', 14, 0],
      ['table3', 28, 3],
      ['table4', 4, 3],
    ]);
    const t3 = tables[1];
    expect(t3?.rows[3]?.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '40', '6', '2', '1', '4', '1', '54']);
    expect(t3?.rows[26]?.map((c) => c.text)).toEqual(['（七）总计', '39', '6', '2', '1', '4', '0', '52']);
    expect(tables[2]?.rows[3]?.map((c) => c.text)).toEqual(['2', '1', '0', '1', '4', '1', '0', '0', '1', '2', '0', '1', '0', '0', '1']);
    expect(tables[0]?.rows[13]?.map((c) => [c.text, c.colSpan])).toEqual([
      ['行政事业性收费', 1],
      ['12.3456', 3],
    ]);
    for (const t of tables) expect(t.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('marks a report with errors as a draft and lists its errors, then its warnings, for the end', () => {
    const doc = printModelOf(setAt(setAt(busyReport(), 'applications.granted.natural', 16), 'applications.granted.legal', 3), today);
    expect(doc.draft?.banner).toBe('草稿 · 校验未通过');
    expect(doc.draft?.summary).toBe('错误 2 项，须改正后才能发布。');
    expect(doc.draft?.problems).toHaveLength(2);
    expect(doc.draft?.problems[0]).toMatch(/^1\.【错误】表三·自然人列：一、本年新收\(40\) \+ 二、上年结转\(3\) = 43，但（七）总计\(40\)/);
    expect(doc.draft?.problems[1]).toMatch(/^2\.【错误】表三·法律服务机构列/);
    const withWarning = printModelOf(setAt(setAt(busyReport(), 'applications.received.natural', 41), 'applications.received.legal', 5), today);
    expect(withWarning.draft?.summary).toBe('错误 2 项，须改正后才能发布；警告 1 项，请逐项核实。');
    expect(withWarning.draft?.problems.map((p) => p.slice(0, 6))).toEqual(['1.【错误】', '2.【错误】', '3.【警告】']);
    // Warnings alone make no draft: the report may be published.
    expect(printModelOf(setAt(busyReport(), 'overview.requests', '本年度共收到政府信息公开申请55件。'), today).draft).toBeNull();
  });

  it('prints an imported report\'s own totals, so that the page says what its embedded data and its problems say', () => {
    // Published with 648 where the six columns of 一 add up to 645.
    const imported = setAt(setAt(withTotals(busyReport()), 'applications.received.natural', 631), 'applications.received.total', 648);
    const doc = printModelOf(imported, today);
    const t3 = doc.blocks.flatMap((b) => (b.kind === 'table' && b.table.id === 'table3' ? [b.table] : []))[0];
    expect(t3?.rows[3]?.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '631', '6', '2', '1', '4', '1', '648']);
    expect(doc.draft?.problems[0]).toBe(
      '1.【错误】表三「一、本年新收政府信息公开申请数量」：总计填的是 648，但自然人至其他6列之和为 645，相差 3。请核对该行各列或总计。',
    );
    // A report made in the app carries no totals: they are computed.
    expect(printModelOf(busyReport(), today).blocks.some((b) => b.kind === 'table' && b.table.rows[3]?.[7]?.text === '54')).toBe(true);
  });

  it('gives each table its groups of rows, and each short label its lines as its printed column holds them', () => {
    const tables = printModelOf(busyReport(), today).blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    expect(tables.map((t) => t.rowGroups)).toEqual([[4, 3, 4, 3], [1, 1, 22, 1], [1]]);
    const lines = (text: string) => tables.flatMap((t) => t.rows.flat()).find((c) => c.text === text)?.lines;
    expect(lines('三、本年度办理结果')).toEqual(['三、本年度', '办理结果']);
    expect(lines('（五）不予处理')).toEqual(['（五）', '不予处理']);
    expect(lines('法律服务机构')).toEqual(['法律', '服务', '机构']);
    expect(lines('法人或其他组织')).toEqual(['法人或其他组织']);
    expect(lines('申请人情况')).toEqual(['申请人情况']);
    expect(lines('未经复议直接起诉')).toEqual(['未经复议直接起诉']);
    expect(lines('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')).toEqual(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）']);
    expect(tables[1]?.rows[3]?.[1]?.lines).toEqual(['40']);
  });

  it('prints a blank draft without crashing, its blank cells empty', () => {
    const doc = printModelOf(emptyReport(), today);
    expect(doc.title).toEqual(['××', '××年政府信息公开工作年度报告']);
    const t3 = doc.blocks.flatMap((b) => (b.kind === 'table' && b.table.id === 'table3' ? [b.table] : []))[0];
    expect(t3?.rows[3]?.slice(1).map((c) => c.text)).toEqual(['', '', '', '', '', '', '']);
  });

  it('writes dates the Chinese way without leading zeros', () => {
    expect(chineseDate('2026-01-06')).toBe('2026年1月6日');
    expect(chineseDate('')).toBe('');
    expect(chineseDate(undefined)).toBe('');
  });

  it('prints no date for a day the calendar does not have, never 「2025年13月45日」', () => {
    expect(chineseDate('2025-13-45')).toBe('');
    expect(chineseDate('2025-02-29')).toBe('');
    expect(chineseDate('2024-02-29')).toBe('2024年2月29日');
  });
});

describe('the embedded report', () => {
  it('splits the JSON into pieces of at most 250 characters and reassembles it exactly', async () => {
    const report = busyReport();
    const props = await reportProperties(report);
    const pieces = props.filter((p) => /^nianbao\.\d{4}$/.test(p.name));
    expect(props[0]).toEqual({ name: COUNT_PROPERTY, value: String(pieces.length) });
    expect(pieces.every((p) => p.value.length <= 250)).toBe(true);
    expect(pieces.map((p) => p.value).join('')).toBe(JSON.stringify(report));
    expect(await reportFromProperties(new Map(props.map((p) => [p.name, p.value])))).toEqual(report);
  });

  it('never splits a character that takes two UTF-16 units (𠮷, emoji) across pieces', async () => {
    const report = setAt(busyReport(), 'overview.intro', '𠮷'.repeat(400));
    const props = await reportProperties(report);
    expect(props.filter((p) => /^nianbao\.\d{4}$/.test(p.name)).every((p) => !/[\ud800-\udbff]$/.test(p.value))).toBe(true);
    expect(await reportFromProperties(new Map(props.map((p) => [p.name, p.value])))).toEqual(report);
  });

  it('refuses pieces that are missing or changed', async () => {
    const props = new Map((await reportProperties(busyReport())).map((p) => [p.name, p.value]));
    const changed = new Map(props).set(pieceProperty(0), `${props.get(pieceProperty(0))?.slice(0, -1)}X`);
    expect(await reportFromProperties(changed)).toBeNull();
    const missing = new Map(props);
    missing.delete(pieceProperty(1));
    expect(await reportFromProperties(missing)).toBeNull();
    expect(await reportFromProperties(new Map([[HASH_PROPERTY, 'x']]))).toBeNull();
  });
});
