import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import type { DraftReport } from '@/lib/report/file/schema';
import { META_FIELDS, OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS } from '@/lib/report/template/sections';
import { renderHtmlDocument, renderHtmlFragment } from './page';
import { printModelOf } from '../print-model';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '</textarea><svg onload=alert(1)>',
  `"'><b>x</b>`,
  '</script><script>alert(1)</script>',
];

const TEXT_META = META_FIELDS.map((f) => f.path).filter((path) => !['meta.agencyKind', 'meta.year', 'meta.issuedOn'].includes(path));
const PROSE = [...OVERVIEW_PARTS, ...PROBLEMS_PARTS, ...OTHER_PARTS].map((p) => p.path);

/** Every prose field a paragraph per payload; 机关名称 and the other 基本信息 texts all payloads on one line. */
function hostile(preface: boolean): DraftReport {
  let report: DraftReport = busyReport();
  for (const path of [...PROSE, 'other.fees.note', ...(preface ? ['preface'] : [])]) report = setAt(report, path, PAYLOADS.join('\n'));
  for (const path of TEXT_META) report = setAt(report, path, PAYLOADS.join(' '));
  return report;
}

const PAGE_ELEMENTS = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'script'];
const ARTICLE_ELEMENTS = ['article', 'p', 'h1', 'br', 'h2', 'h3', 'div', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td', 'ol', 'li'];
const localNames = (root: Element) => new Set([root, ...root.querySelectorAll('*')].map((el) => el.localName));
const handlers = (root: Element) => [root, ...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => /^on/i.test(name)));

describe.each([
  ['the generated preface', false],
  ['a typed preface', true],
])('a report with script payloads in every text, with %s', (_, preface) => {
  const report = hostile(preface);
  const doc = printModelOf(report, new Date(2025, 10, 1));
  const html = renderHtmlDocument(doc, report);
  const d = new JSDOM(html).window.document;

  it('keeps the one JSON script, which still reads back to the report with the payloads intact', () => {
    const scripts = d.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.type).toBe('application/json');
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(report);
    expect(html.match(/<\/?script/gi)).toEqual(['<script', '</script']);
    expect(html).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
  });

  it('makes no element, attribute or handler out of them', () => {
    expect([...localNames(d.documentElement)].filter((n) => ![...PAGE_ELEMENTS, ...ARTICLE_ELEMENTS].includes(n))).toEqual([]);
    expect(handlers(d.documentElement)).toEqual([]);
    expect(d.querySelectorAll('[href], [src]')).toHaveLength(0);
    expect(d.title).toBe(doc.name);
  });

  it('prints every payload literally as text', () => {
    const paragraphs = [...d.querySelectorAll('article p')].map((p) => p.textContent);
    for (const payload of PAYLOADS) expect(paragraphs).toContain(payload);
    expect(d.querySelector('h1')?.textContent).toBe(`${PAYLOADS.join(' ')}2025年政府信息公开工作年度报告`);
    expect(d.title).toContain(PAYLOADS.join(' '));
  });

  it('does the same in the fragment', () => {
    const body = new JSDOM(`<body>${renderHtmlFragment(doc)}</body>`).window.document.body;
    expect([...localNames(body)].filter((n) => n !== 'body' && !ARTICLE_ELEMENTS.includes(n))).toEqual([]);
    expect(handlers(body)).toEqual([]);
    expect(body.querySelector('h1')?.textContent).toBe(`${PAYLOADS.join(' ')}2025年政府信息公开工作年度报告`);
    for (const payload of PAYLOADS) expect(body.textContent).toContain(payload);
  });
});
