import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/lib/report/empty-report';
import type { DraftReport } from '@/lib/report/file/schema';
import { keyFigures } from '@/lib/report/key-figures';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { sumReports } from '@/lib/summary/sum';
import { printModel, printModelOf, type PrintDocument } from '../print-model';
import { LAYOUTS, type LayoutId } from './measure';
import { infographicModel, type Figure, type InfographicModel } from './model';
import { infographicChart } from './options';
import { renderInfographicSvg } from './render-svg';

const TODAY = new Date('2026-02-01');
const modelOf = (report: DraftReport) => infographicModel(printModelOf(report, TODAY), report);
const svgOf = (model: InfographicModel, layout: LayoutId = 'page') => renderInfographicSvg(infographicChart(model, layout), '图解');
/** Every <text> of an SVG, entities undone. */
const textsOf = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));

const figures = (m: InfographicModel): Figure[] => [
  ...m.proactive.rows.flat(),
  ...m.requests.flow,
  m.requests.results.handled,
  ...m.requests.results.items,
  ...m.requests.applicants.items,
  ...m.review.groups.flatMap((g) => [g.total, ...g.results]),
];

/** The 总计 cell of the row of 表三 labelled `label`, as the document prints it. */
function table3Total(doc: PrintDocument, label: string): string {
  const table = doc.blocks.flatMap((b) => (b.kind === 'table' && b.table.id === 'table3' ? [b.table] : []))[0];
  const row = table?.rows.find((r) => r.some((cell) => cell.header && cell.text === label));
  return row?.[row.length - 1]?.text ?? 'missing';
}

describe('the 图解 of a report', { timeout: 30_000 }, () => {
  const report = busyReport();
  const doc = printModelOf(report, TODAY);
  const model = infographicModel(doc, report);

  it('shows the numbers of tables 二, 三 and 四, read from their cells', () => {
    expect(model.title).toEqual(['某某市自然资源局', '2025年政府信息公开工作年度报告']);
    expect(model.proactive.rows.map((row) => row.map((f) => `${f.label}${f.sub}${f.text}`))).toEqual([
      ['规章本年制发件数1', '规章现行有效件数12', '行政规范性文件本年制发件数8', '行政规范性文件现行有效件数45'],
      ['行政许可本年处理决定数量326', '行政处罚本年处理决定数量57', '行政强制本年处理决定数量4'],
    ]);
    expect(model.requests.flow.map((f) => [f.label, f.text])).toEqual([
      ['本年新收', '54'],
      ['上年结转', '5'],
      ['本年办结', '52'],
      ['结转下年度', '7'],
    ]);
    expect(model.requests.flow[2]?.sub).toBe('（七）总计');
    expect(model.requests.results.items.map((r) => [r.label, r.text, r.share])).toEqual([
      ['予以公开', '22', '42.3%'],
      ['部分公开', '7', '13.5%'],
      ['不予公开', '12', '23.1%'],
      ['无法提供', '7', '13.4%'],
      ['不予处理', '3', '5.8%'],
      ['其他处理', '1', '1.9%'],
    ]);
    const tenths = model.requests.results.items.reduce((sum, r) => sum + Math.round(Number.parseFloat(r.share ?? '') * 10), 0);
    expect(tenths).toBe(1000);
    expect(model.requests.applicants.items.map((f) => [f.label, f.text])).toEqual([
      ['自然人', '40'],
      ['商业企业', '6'],
      ['科研机构', '2'],
      ['社会公益组织', '1'],
      ['法律服务机构', '4'],
      ['其他', '1'],
    ]);
    expect(model.review.groups.map((g) => [g.total.label, g.total.sub, g.total.text, ...g.results.map((r) => `${r.label}${r.text}`)])).toEqual([
      ['行政复议', null, '4', '结果维持2', '结果纠正1', '其他结果0', '尚未审结1'],
      ['行政诉讼', '未经复议直接起诉', '2', '结果维持1', '结果纠正0', '其他结果0', '尚未审结1'],
      ['行政诉讼', '复议后起诉', '1', '结果维持0', '结果纠正1', '其他结果0', '尚未审结0'],
    ]);
    expect(model.fee.text).toBe('本年度未收取信息处理费。');
    expect(model.notes).toEqual(['数据来源：《某某市自然资源局2025年政府信息公开工作年度报告》']);
  });

  it('agrees with the printed tables and the key figures, cell by cell', () => {
    const key = keyFigures(report);
    expect(table3Total(doc, '一、本年新收政府信息公开申请数量')).toBe(model.requests.flow[0]?.text);
    expect(table3Total(doc, '二、上年结转政府信息公开申请数量')).toBe(model.requests.flow[1]?.text);
    expect(table3Total(doc, '（七）总计')).toBe(model.requests.flow[2]?.text);
    expect(table3Total(doc, '四、结转下年度继续办理')).toBe(model.requests.flow[3]?.text);
    for (const f of figures(model)) {
      const known = f.paths.map((p) => key[p] ?? report.applications.received[p.split('.').pop() as keyof typeof report.applications.received]);
      expect(f.value, f.paths.join('+')).toBe(known.reduce((a, b) => (a ?? 0) + (b ?? 0), 0));
    }
  });

  it.each(['page', 'long'] as const)('draws every number as text in the SVG (%s)', (layout) => {
    const svg = svgOf(model, layout);
    const texts = textsOf(svg);
    for (const f of figures(model)) {
      const drawn = texts.some((t) => t === f.text || t === `${f.text}件`);
      expect(drawn, `${f.label} ${f.text}`).toBe(true);
    }
    for (const r of model.requests.results.items) expect(texts).toContain(r.share);
    expect(texts).toContain('本年度未收取信息处理费。');
    expect(texts).toContain('某某市自然资源局');
    expect(texts).toContain('一图读懂');
    expect(svg).not.toContain('草稿');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(svg).toMatch(new RegExp(`^<svg role="img" aria-label="图解" width="1080" height="${infographicChart(model, layout).height}"`));
    expect(svg).not.toContain('<style');
  });

  it.each(['page', 'long'] as const)('keeps every text inside the picture and its box, also with long names and large numbers (%s)', (layout) => {
    const big = busyReport();
    big.meta.agency = '某某省某某市某某县人民政府办公室（县政务服务和数据管理局）';
    big.proactive.licensing = 1234567;
    big.applications.received.natural = 99940;
    big.applications.carriedForward.natural = 99893;
    big.review.reconsideration.upheld = 12345;
    for (const chart of [infographicChart(modelOf(big), layout), infographicChart(model, layout)]) {
      const out = chart.texts.filter((t) => t.left < t.box.left - 0.5 || t.right > t.box.right + 0.5 || t.left < 0 || t.right > chart.width);
      expect(out.map((t) => t.text)).toEqual([]);
      const overlapping = chart.texts.flatMap((a, i) =>
        chart.texts.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map((b) => `${a.text}/${b.text}`),
      );
      expect(overlapping).toEqual([]);
    }
  });

  it('makes the 长图 taller than the one-page picture, both 1080 px wide, its smallest text 28 px', () => {
    const page = infographicChart(model, 'page');
    const long = infographicChart(model, 'long');
    expect([page.width, long.width]).toEqual([1080, 1080]);
    expect(long.height).toBeGreaterThan(page.height * 1.5);
    expect(LAYOUTS.long.size.small).toBe(28);
    expect(svgOf(model, 'long').match(/font-size:(\d+)px/g)?.map((s) => Number(s.slice(10, -2))).every((n) => n >= 28)).toBe(true);
  });

  it('draws the same SVG twice (no clock, no random ids)', () => {
    expect(svgOf(model)).toBe(svgOf(modelOf(busyReport())));
  });
});

describe('the 图解 against last year', () => {
  it('says each key figure’s change as 「较上年」 where last year’s is known', () => {
    const report = busyReport();
    const keyFigures = { 'proactive.licensing': 300, 'applications.received.total': 48, 'review.reconsideration.total': 4, 'proactive.coercion': 0 };
    const model = modelOf({ ...report, lastYear: report.lastYear && { ...report.lastYear, keyFigures } });
    const [documents, decisions] = model.proactive.rows;
    expect(decisions?.map((f) => f.change)).toEqual(['较上年 +8.7%', null, '上年为 0']);
    expect(documents?.map((f) => f.change)).toEqual([null, null, null, null]);
    expect(model.requests.flow[0]?.change).toBe('较上年 +12.5%');
    expect(model.review.groups[0]?.total.change).toBe('与上年持平');
    expect(model.notes).toContain('「较上年」为与上年年度报告相应数字的比较。');
    const texts = textsOf(svgOf(model));
    expect(texts).toEqual(expect.arrayContaining(['较上年 +8.7%', '较上年 +12.5%', '与上年持平', '上年为 0']));
  });
});

describe('the 图解 of a draft, a quiet year and a summary', () => {
  it('marks a report with errors 草稿 like the other exports, with its count of problems', () => {
    const report = busyReport();
    report.applications.received.natural = 41;
    const model = modelOf(report);
    expect(model.draft).toEqual({ banner: '草稿 · 校验未通过', summary: expect.stringMatching(/^错误 \d+ 项，须改正后才能发布/) as unknown as string });
    const texts = textsOf(svgOf(model));
    expect(texts).toContain('草稿 · 校验未通过');
    expect(texts).toContain(model.draft?.summary);
    expect(texts).toContain('草稿 · 校验未通过：本图由尚有错误的报告生成，仅供内部审阅。');
  });

  it('draws a year without applications with 0 and no shares', () => {
    const report = busyReport();
    for (const row of ['received', 'carriedOver', 'carriedForward'] as const) report.applications[row] = { natural: 0, business: 0, research: 0, nonprofit: 0, legal: 0, other: 0 };
    const zero = { natural: 0, business: 0, research: 0, nonprofit: 0, legal: 0, other: 0 };
    report.applications.granted = zero;
    report.applications.partlyGranted = zero;
    for (const group of ['denied', 'unavailable', 'notProcessed', 'otherDisposal'] as const) {
      const items = report.applications[group] as Record<string, typeof zero>;
      for (const key of Object.keys(items)) items[key] = zero;
    }
    const model = modelOf(report);
    expect(model.requests.results.items.map((r) => [r.text, r.share])).toEqual(Array(6).fill(['0', null]));
    expect(model.requests.results.handled.text).toBe('0');
    const svg = svgOf(model);
    expect(svg).not.toMatch(/NaN|undefined|Infinity|%<\/text>/);
  });

  it('shows a blank cell as 「—」, never as 0', () => {
    const report = emptyReport({ agency: '某某县民政局', year: 2025, agencyKind: 'department' });
    const model = modelOf(report);
    expect(model.requests.flow.map((f) => f.text)).toEqual(['—', '—', '—', '—']);
    expect(model.fee.text).toBe('信息处理费情况尚未填写。');
    expect(model.draft?.banner).toBe('草稿 · 校验未通过');
    expect(textsOf(svgOf(model)).filter((t) => t === '—').length).toBeGreaterThan(20);
  });

  it('draws a summed report (汇总) like any report, its figures the sums', () => {
    const one = busyReport();
    const two = busyReport();
    two.meta.agency = '某某市民政局';
    const { report, findings } = sumReports(
      [
        { agency: one.meta.agency, year: 2025, file: 'a.nianbao.json', report: one },
        { agency: two.meta.agency, year: 2025, file: 'b.nianbao.json', report: two },
      ],
      { agency: '某某市', year: 2025, scope: 'region' },
    );
    const model = infographicModel(printModel(report, findings), report);
    expect(model.title[0]).toBe('某某市');
    expect(model.requests.flow.map((f) => f.text)).toEqual(['108', '10', '104', '14']);
    expect(textsOf(svgOf(model))).toContain('108');
  });
});
