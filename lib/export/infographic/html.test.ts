import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { printModelOf } from '../print-model';
import { infographicHtml } from './render-infographic';

const TODAY = new Date('2026-02-01');
const sectionOf = (report = busyReport()) => {
  const html = infographicHtml(printModelOf(report, TODAY), report);
  return { html, section: new JSDOM(html).window.document.querySelector('section')! };
};
/** Each table after its heading: the heading, then its rows as the cells' text. */
const tables = (section: Element) =>
  [...section.querySelectorAll('table')].map((t) => [t.previousElementSibling?.textContent, ...[...t.rows].map((r) => [...r.cells].map((c) => c.textContent).join('|'))]);

// NOTE: the first picture loads ECharts and jsdom parses it: seconds on a busy machine.
describe('the 图解 section for the website', { timeout: 30_000 }, () => {
  it('puts every number of the picture in a table beside it', () => {
    const { section } = sectionOf();
    expect(tables(section)).toEqual([
      ['主动公开政府信息情况', '项目|件数', '规章（本年制发件数）|1件', '规章（现行有效件数）|12件', '行政规范性文件（本年制发件数）|8件', '行政规范性文件（现行有效件数）|45件', '行政许可（本年处理决定数量）|326件', '行政处罚（本年处理决定数量）|57件', '行政强制（本年处理决定数量）|4件'],
      ['收到和处理政府信息公开申请情况', '项目|件数', '本年新收|54件', '上年结转|5件', '本年办结（（七）总计）|52件', '结转下年度|7件'],
      ['办理结果', '办理结果|件数|占比', '予以公开|22件|42.3%', '部分公开|7件|13.5%', '不予公开|12件|23.1%', '无法提供|7件|13.4%', '不予处理|3件|5.8%', '其他处理|1件|1.9%'],
      ['新收申请的申请人', '申请人|件数', '自然人|40件', '商业企业|6件', '科研机构|2件', '社会公益组织|1件', '法律服务机构|4件', '其他|1件'],
      ['政府信息公开行政复议、行政诉讼情况', '类别|结果维持|结果纠正|其他结果|尚未审结|总计', '行政复议|2件|1件|0件|1件|4件', '行政诉讼（未经复议直接起诉）|1件|0件|0件|1件|2件', '行政诉讼（复议后起诉）|0件|1件|0件|0件|1件'],
    ]);
    expect(section.querySelector('h3:last-of-type + p')?.textContent).toBe('本年度未收取信息处理费。');
  });

  it('names the picture for a screen reader and keeps to what a CMS editor keeps', () => {
    const { html, section } = sectionOf();
    const svg = section.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('图解：某某市自然资源局2025年政府信息公开工作年度报告');
    expect([svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')]).toEqual(['100%', null, `0 0 1080 ${svg.getAttribute('viewBox')?.split(' ')[3]}`]);
    expect(section.querySelector('h2')?.textContent).toBe('一图读懂：某某市自然资源局2025年政府信息公开工作年度报告');
    expect(html).not.toMatch(/<script|<style|\sclass=|\sid=|\son[a-z]+=/i);
    expect([...section.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'col' || th.getAttribute('scope') === 'row')).toBe(true);
  });

  it('says 较上年 beside each figure when last year’s are known, and marks a draft', () => {
    const report = busyReport();
    report.applications.received.natural = 41;
    const { section } = sectionOf({ ...report, lastYear: report.lastYear && { ...report.lastYear, keyFigures: { 'applications.received.total': 48 } } });
    expect(section.querySelector('p')?.textContent).toMatch(/^草稿 · 校验未通过：错误 \d+ 项，须改正后才能发布/);
    expect(tables(section)[1]?.slice(1, 3)).toEqual(['项目|件数|较上年', '本年新收|55件|较上年 +14.6%']);
    expect(tables(section)[4]?.[1]).toBe('类别|结果维持|结果纠正|其他结果|尚未审结|总计|总计较上年');
  });
});
