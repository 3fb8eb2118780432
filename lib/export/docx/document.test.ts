import { describe, expect, it } from 'vitest';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import type { DraftReport } from '@/lib/report/file/schema';
import { TABLE3 } from '@/lib/report/template/table3';
import { TABLE4 } from '@/lib/report/template/table4';
import { buildDocx } from './document';
import { all, attr, first, kids, readBack, textOf } from '../testing/docx-read-back';
import { reportFromProperties, reportProperties } from '@/lib/report/file/embedding';
import { DRAFT_BANNER, DRAFT_PROBLEMS_HEADING, printModelOf } from '../print-model';

const today = new Date(2025, 10, 1);
const build = async (report: DraftReport) => readBack(await buildDocx(printModelOf(report, today), await reportProperties(report)));
const busy = await build(busyReport());
const document = busy.xml('word/document.xml');
const paragraphs = all(document, 'p');
const paragraph = (text: string) => paragraphs.find((p) => textOf(p) === text);
const runFont = (p: Element | undefined) => [attr(first(p ?? document, 'rFonts'), 'eastAsia'), attr(first(p ?? document, 'sz'), 'val')];
const styleById = (id: string) => [...busy.xml('word/styles.xml').getElementsByTagName('w:style')].find((st) => attr(st, 'styleId') === id) ?? document.documentElement;
/** The footer part of the given type, through the section's reference and the relationships. */
function footerPath(docx: typeof busy, type: string): string {
  const id = all(docx.xml('word/document.xml'), 'footerReference').find((f) => attr(f, 'type') === type)?.getAttribute('r:id');
  const target = [...docx.xml('word/_rels/document.xml.rels').getElementsByTagName('Relationship')].find((r) => r.getAttribute('Id') === id)?.getAttribute('Target');
  return `word/${target ?? '?'}`;
}
const lineOf = (p: Element | undefined) => [attr(first(p ?? document, 'spacing'), 'line'), attr(first(p ?? document, 'spacing'), 'lineRule')];

/** Whether `needles` occur in `haystack` one after another. */
function inOrder(haystack: string, needles: readonly string[]): string[] {
  let at = 0;
  return needles.filter((needle) => {
    const found = haystack.indexOf(needle, at);
    if (found < 0) return true;
    at = found + needle.length;
    return false;
  });
}

describe('the DOCX of a report', () => {
  it('sets an A4 portrait page with the GB/T 9704 margins (type area 156 mm wide)', () => {
    const size = first(document, 'pgSz');
    const margin = first(document, 'pgMar');
    expect([attr(size, 'w'), attr(size, 'h'), attr(size, 'orient')]).toEqual(['11906', '16838', 'portrait']);
    expect(['top', 'bottom', 'left', 'right'].map((side) => attr(margin, side))).toEqual(['2098', '1985', '1588', '1474']);
  });

  it('sets the title, body, headings and closing in their faces, sizes and line pitch', () => {
    const [title1, title2, blank] = paragraphs;
    expect([title1, title2].map((p) => [textOf(p as Element), attr(first(p as Element, 'jc'), 'val'), ...runFont(p)])).toEqual([
      ['某某市自然资源局', 'center', '方正小标宋简体', '44'],
      ['2025年政府信息公开工作年度报告', 'center', '方正小标宋简体', '44'],
    ]);
    expect(textOf(blank as Element)).toBe('');
    const body = paragraph('严格落实公开前保密审查，动态更新政府信息公开指南和目录。');
    expect([...runFont(body), ...lineOf(body), attr(first(body as Element, 'ind'), 'firstLine'), attr(first(body as Element, 'jc'), 'val')]).toEqual(
      ['仿宋_GB2312', '32', '578', 'exact', '640', 'both'],
    );
    expect(runFont(paragraph('一、总体情况'))).toEqual(['黑体', '32']);
    expect(runFont(paragraph('（一）主动公开情况'))).toEqual(['楷体_GB2312', '32']);
    expect(attr(first(paragraph('（一）主动公开情况') as Element, 'ind'), 'firstLine')).toBe('640');
    const [before, agency, date] = paragraphs.slice(-3);
    expect(textOf(before as Element)).toBe('');
    expect([agency, date].map((p) => [textOf(p as Element), attr(first(p as Element, 'jc'), 'val'), attr(first(p as Element, 'ind'), 'right')])).toEqual([
      ['某某市自然资源局', 'right', '1280'],
      ['2026年1月16日', 'right', '1280'],
    ]);
  });

  it('names an East-Asian font and Times New Roman on every run and in the default styles', () => {
    const runs = all(document, 'r');
    expect(runs.length).toBeGreaterThan(300);
    for (const r of runs) expect([attr(first(r, 'rFonts'), 'eastAsia') !== null, attr(first(r, 'rFonts'), 'ascii')]).toEqual([true, 'Times New Roman']);
    for (const rPr of all(document, 'rPr')) if (first(rPr, 'rFonts')) expect(attr(first(rPr, 'rFonts'), 'eastAsia')).toBeTruthy();
    const faces = new Set(all(document, 'rFonts').map((f) => attr(f, 'eastAsia')));
    expect([...faces].sort()).toEqual(['仿宋_GB2312', '宋体', '方正小标宋简体', '楷体_GB2312', '黑体'].sort());
    const defaults = first(busy.xml('word/styles.xml'), 'docDefaults');
    expect([attr(first(defaults as Element, 'rFonts'), 'eastAsia'), attr(first(defaults as Element, 'rFonts'), 'hAnsi')]).toEqual(['仿宋_GB2312', 'Times New Roman']);
  });

  it('numbers the pages 「— N —」 in 4号宋体, digits too, with a PAGE field that carries a number, right on odd pages and left on even ones', () => {
    const refs = all(document, 'footerReference').map((f) => attr(f, 'type'));
    expect(refs).toEqual(['default', 'even']);
    const footers = ['default', 'even'].map((type) => busy.xml(footerPath(busy, type)));
    footers.forEach((footer, i) => {
      // A simple field with its result, so that a viewer that computes no field still shows a number.
      expect(all(footer, 'fldSimple').map((f) => [attr(f, 'instr'), textOf(f)])).toEqual([['PAGE', i === 0 ? '1' : '2']]);
      expect(textOf(footer)).toBe(i === 0 ? '— 1 —' : '— 2 —');
      const dashes = all(footer, 'r').filter((r) => r.parentElement?.localName === 'p');
      for (const r of dashes) expect(['eastAsia', 'ascii', 'hAnsi'].map((a) => attr(first(r, 'rFonts'), a))).toEqual(['宋体', '宋体', '宋体']);
      expect(attr(first(footer, 'pStyle'), 'val')).toBe('Footer');
    });
    const footerStyle = styleById('Footer');
    expect([attr(first(footerStyle, 'rFonts'), 'eastAsia'), attr(first(footerStyle, 'rFonts'), 'ascii'), attr(first(footerStyle, 'sz'), 'val')]).toEqual(['宋体', '宋体', '28']);
    expect(footers.map((f) => [attr(first(f, 'jc'), 'val'), attr(first(f, 'ind'), 'right') ?? attr(first(f, 'ind'), 'left')])).toEqual([
      ['right', '280'],
      ['left', '280'],
    ]);
    expect(busy.paths.some((p) => busy.text(p).includes('NUMPAGES') || busy.text(p).includes('SECTIONPAGES'))).toBe(false);
    expect(first(busy.xml('word/settings.xml'), 'evenAndOddHeaders')).toBeDefined();
  });

  it('lays the section on the GB/T 9704 grid: 22 lines of 28.9 pt, 28 characters a line of 3号', () => {
    const grid = first(document, 'docGrid');
    expect([attr(grid, 'type'), attr(grid, 'linePitch'), attr(grid, 'charSpace')]).toEqual(['linesAndChars', '578', '-849']);
    // The character pitch the grid gives: 16 pt − 849/4096 pt = 15.79 pt, 28 of them in the 8844-twip type area.
    expect(Math.floor(8844 / (320 - (849 / 4096) * 20))).toBe(28);
    // Every paragraph written keeps its own pitch (LibreOffice would give a 3号 character two cells of
    // the grid); body text is set 0.3 pt closer instead, so that 28 fit a line everywhere.
    for (const p of all(document, 'p')) expect(attr(first(p, 'snapToGrid'), 'val')).toBe('false');
    const body = paragraph('严格落实公开前保密审查，动态更新政府信息公开指南和目录。');
    expect(attr(first(body as Element, 'rPr') && kids(first(body as Element, 'rPr') as Element, 'spacing')[0], 'val')).toBe('-6');
    expect(attr(first(body as Element, 'widowControl'), 'val')).not.toBe('false');
    expect(first(body as Element, 'widowControl')).toBeDefined();
    // The order of w:pPr's children is the schema's: snapToGrid stands before spacing.
    const order = [...(first(body as Element, 'pPr')?.children ?? [])].map((c) => c.localName);
    expect(order.indexOf('snapToGrid')).toBe(order.indexOf('spacing') - 1);
  });

  it('names every face in the font table with its Windows alternative and the GB2312 character set', () => {
    const fonts = all(busy.xml('word/fontTable.xml'), 'font').map((f) => [attr(f, 'name'), attr(first(f, 'altName'), 'val'), attr(first(f, 'charset'), 'val')]);
    expect(fonts).toEqual([
      ['仿宋_GB2312', '仿宋', '86'],
      ['方正小标宋简体', '宋体', '86'],
      ['黑体', 'SimHei', '86'],
      ['楷体_GB2312', '楷体', '86'],
      ['宋体', 'SimSun', '86'],
      ['Times New Roman', null, '00'],
    ]);
    const used = new Set(all(document, 'rFonts').flatMap((f) => [attr(f, 'eastAsia'), attr(f, 'ascii')]));
    expect([...used].filter((name) => !fonts.some(([font]) => font === name))).toEqual([]);
  });

  it('defines the 公文 styles it uses — 正文, 标题, 标题 1 黑体 and 标题 2 楷体, black, 3号 — and applies them', () => {
    const look = (id: string) => {
      const style = styleById(id);
      return [attr(first(style, 'name'), 'val'), attr(first(style, 'rFonts'), 'eastAsia'), attr(first(style, 'sz'), 'val'), attr(first(style, 'color'), 'val'), attr(first(style, 'outlineLvl'), 'val')];
    };
    expect(look('Normal')).toEqual(['Normal', '仿宋_GB2312', '32', '000000', null]);
    expect(look('Title')).toEqual(['Title', '方正小标宋简体', '44', '000000', null]);
    expect(look('Heading1')).toEqual(['heading 1', '黑体', '32', '000000', '0']);
    expect(look('Heading2')).toEqual(['heading 2', '楷体_GB2312', '32', '000000', '1']);
    expect(look('Heading3')).toEqual(['heading 3', '仿宋_GB2312', '32', '000000', '2']);
    for (let level = 1; level <= 6; level++) expect(attr(first(styleById(`Heading${level}`), 'color'), 'val')).toBe('000000');
    const styleOf = (text: string) => attr(first(paragraph(text) as Element, 'pStyle'), 'val');
    expect([styleOf('某某市自然资源局'), styleOf('一、总体情况'), styleOf('（一）主动公开情况'), styleOf('严格落实公开前保密审查，动态更新政府信息公开指南和目录。')]).toEqual(['Title', 'Heading1', 'Heading2', null]);
  });

  it('keeps the last paragraph of the body on the page of the closing', () => {
    const texts = paragraphs.map((p) => textOf(p));
    const closing = texts.lastIndexOf('某某市自然资源局');
    const keeps = paragraphs.slice(closing - 2, closing + 2).map((p) => [textOf(p), first(p, 'keepNext') !== undefined]);
    expect(keeps).toEqual([
      ['办理人大代表建议12件、政协提案9件，办理结果全部公开。', true],
      ['', true],
      ['某某市自然资源局', true],
      ['2026年1月16日', false],
    ]);
    const body = paragraphs.filter((p) => p.parentElement?.localName === 'body' && !first(p, 'pStyle'));
    expect(body.filter((p) => first(p, 'keepNext') !== undefined && textOf(p) !== '').map((p) => textOf(p))).toEqual([
      '办理人大代表建议12件、政协提案9件，办理结果全部公开。',
      '某某市自然资源局',
    ]);
  });

  it('carries the report in its custom properties, in order, and its name as the title', async () => {
    const custom = busy.xml('docProps/custom.xml');
    const pairs = [...custom.getElementsByTagName('property')].map((p) => ({ name: p.getAttribute('name') ?? '', value: p.textContent }));
    expect(pairs).toEqual(await reportProperties(busyReport()));
    expect(await reportFromProperties(new Map(pairs.map((p) => [p.name, p.value])))).toEqual(busyReport());
    expect(busy.xml('docProps/core.xml').getElementsByTagName('dc:title')[0]?.textContent).toBe('某某市自然资源局2025年政府信息公开工作年度报告');
  });

  it('contains every label of tables 三 and 四 and every number of table 三 in reading order', () => {
    const labels = [TABLE3, TABLE4].flatMap((t) => t.rows.flatMap((row) => row.flatMap((c) => (c.kind === 'label' ? [c.text] : []))));
    expect(labels).toHaveLength(10 + 30 + 19);
    expect(inOrder(textOf(document), labels)).toEqual([]);
    const table3 = printModelOf(busyReport(), today).blocks.flatMap((b) => (b.kind === 'table' && b.table.id === 'table3' ? [b.table] : []))[0];
    const cells = table3?.rows.flatMap((row) => row.map((c) => c.text)) ?? [];
    expect(cells.filter((text) => /^\d+$/.test(text))).toHaveLength(175);
    expect(inOrder(textOf(all(document, 'tbl')[1] as Element), cells)).toEqual([]);
  });

  it('marks a report with errors as a draft: a red banner on every page and its problems at the end', async () => {
    const draft = await build(setAt(setAt(busyReport(), 'applications.received.natural', 41), 'applications.received.legal', 5));
    const body = draft.xml('word/document.xml');
    expect(all(body, 'headerReference').map((h) => attr(h, 'type'))).toEqual(['default', 'even']);
    const headers = draft.paths.filter((p) => /^word\/header\d+\.xml$/.test(p)).map((p) => draft.xml(p));
    expect(headers.map((h) => [textOf(h), attr(first(h, 'jc'), 'val'), attr(first(h, 'color'), 'val')])).toEqual([
      [DRAFT_BANNER, 'center', 'C00000'],
      [DRAFT_BANNER, 'center', 'C00000'],
    ]);
    const texts = all(body, 'p').map((p) => textOf(p));
    const at = texts.indexOf(DRAFT_PROBLEMS_HEADING);
    expect(at).toBeGreaterThan(texts.indexOf('2026年1月16日'));
    // The errors, then the warnings, each marked; a line first says how many of each.
    expect(texts.slice(at + 1)).toEqual([
      '错误 2 项，须改正后才能发布；警告 1 项，请逐项核实。',
      expect.stringMatching(/^1\.【错误】表三·自然人列：/),
      expect.stringMatching(/^2\.【错误】表三·法律服务机构列：/),
      expect.stringMatching(/^3\.【警告】一、总体情况「（二）依申请公开情况」写的是“收到政府信息公开申请54件”/),
    ]);
    expect(runFont(all(body, 'p')[at])).toEqual(['黑体', '32']);
  });

  it('has neither banner nor problems when the checks pass', () => {
    expect(busy.paths.filter((p) => p.includes('header'))).toEqual([]);
    expect(all(document, 'headerReference')).toEqual([]);
    expect(textOf(document)).not.toContain(DRAFT_PROBLEMS_HEADING);
    expect(textOf(document)).not.toContain(DRAFT_BANNER);
  });

  it('writes text that looks like markup as literal text', async () => {
    const intro = `<script>alert(1)</script> & "双引号" 'single' </w:t></w:r>`;
    const docx = await build(setAt(busyReport(), 'overview.intro', intro));
    const xml = docx.text('word/document.xml');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(xml).not.toContain('<script>');
    expect(all(docx.xml('word/document.xml'), 'p').map((p) => textOf(p))).toContain(intro);
  });
});
