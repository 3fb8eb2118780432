import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { renderHtmlDocument, renderHtmlFragment } from './page';
import { DRAFT_BANNER, DRAFT_PROBLEMS_HEADING, printModelOf } from '../print-model';

const today = new Date(2025, 10, 1);
const report = busyReport();
const doc = printModelOf(report, today);
const html = renderHtmlDocument(doc, report);
const page = () => new JSDOM(html).window.document;
const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent);

describe('the exported page', () => {
  it('is one Chinese document titled by the report name, with the viewport set for phones', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')).toBe(true);
    const d = page();
    expect(d.documentElement.lang).toBe('zh-CN');
    expect(d.title).toBe('某某市自然资源局2025年政府信息公开工作年度报告');
    expect(d.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1');
    expect(d.querySelectorAll('style')).toHaveLength(1);
  });

  it('carries the report as exactly one inert JSON script and nothing that loads or runs', () => {
    const scripts = page().querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.type).toBe('application/json');
    expect(scripts[0]?.id).toBe('nianbao-report');
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(busyReport());
    expect(html).not.toMatch(/href|src=|url\(|@import|javascript:/i);
    const attributes = [...page().querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
  });

  it('sets the title in two centred lines, the headings at their levels and the closing', () => {
    const d = page();
    const h1 = d.querySelector('article > h1');
    expect(h1?.innerHTML).toBe('某某市自然资源局<br>2025年政府信息公开工作年度报告');
    expect(texts(d.querySelectorAll('h2'))).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(texts(d.querySelectorAll('h3'))).toContain('（一）收取信息处理费情况');
    expect(d.querySelector('article > p')?.textContent).toMatch(/^根据《中华人民共和国政府信息公开条例》规定/);
    expect(texts(d.querySelectorAll('article > div:last-child p'))).toEqual(['某某市自然资源局', '2026年1月16日']);
  });

  it('shows no draft banner or problems for a report without errors', () => {
    expect(html).not.toContain('草稿');
    expect(html).not.toContain(DRAFT_PROBLEMS_HEADING);
    expect(html).not.toContain('@top-center');
  });

  it('marks a report with an error as a draft, on screen and on every printed page, and lists the problems at the end', () => {
    const draft = setAt(setAt(busyReport(), 'applications.granted.natural', 16), 'applications.granted.legal', 3);
    const draftDoc = printModelOf(draft, today);
    const d = new JSDOM(renderHtmlDocument(draftDoc, draft)).window.document;
    expect(d.querySelector('article > :first-child')?.textContent).toBe(DRAFT_BANNER);
    expect(d.querySelector('style')?.textContent).toContain(`@top-center{content:"草稿 · 校验未通过"`);
    const problems = d.querySelector('article > :last-child');
    expect(problems?.querySelector('h2')?.textContent).toBe('尚未解决的问题');
    expect(texts(problems?.querySelectorAll('p') ?? [])).toEqual([draftDoc.draft?.summary, ...(draftDoc.draft?.problems ?? [])]);
    expect(texts(problems?.querySelectorAll('p') ?? []).map((t) => t?.slice(0, 6))).toEqual(['错误 2 项', '1.【错误】', '2.【错误】']);
  });
});

describe('the fragment for 「复制网页代码」', () => {
  const fragment = renderHtmlFragment(doc);
  const body = new JSDOM(`<body>${fragment}</body>`).window.document.body;

  it('is the article alone: no script, no stylesheet, no classes, no ids, no caption, no gradient', () => {
    expect(body.children).toHaveLength(1);
    expect(body.firstElementChild?.localName).toBe('article');
    expect(body.querySelectorAll('script, style, [class], [id], caption, colgroup')).toHaveLength(0);
    expect(fragment).not.toMatch(/href|src=|url\(|<script|<style|gradient|position:absolute|clip/i);
  });

  it('has the same content as the page, styled inline', () => {
    const article = page().querySelector('article');
    const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');
    expect(words(body.textContent)).toBe(words(article?.textContent));
    expect(body.querySelector('p')?.getAttribute('style')).toMatch(/font-size:16pt;line-height:1.8;text-indent:2em;text-align:justify/);
    expect(body.querySelector('h1')?.getAttribute('style')).toMatch(/font-family:'方正小标宋简体'.*text-align:center/);
    expect(body.querySelector('h2')?.getAttribute('style')).toMatch(/font-family:'黑体'/);
    expect(body.querySelector('h3')?.getAttribute('style')).toMatch(/font-family:'楷体_GB2312'/);
  });
});
