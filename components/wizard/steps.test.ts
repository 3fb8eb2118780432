import { describe, expect, it } from 'vitest';
import { runChecks } from '@/lib/report/checks/checks';
import { invalidCell } from '@/lib/report/checks/content';
import { emptyReport } from '@/lib/report/empty-report';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { STEP_IDS, STEP_TITLES, stepOfPath, stepState } from './steps';

const ctx = { today: new Date(2025, 10, 1) };
const states = (report: ReturnType<typeof emptyReport>) => STEP_IDS.map((step) => stepState(step, report, runChecks(report, ctx)));

describe('wizard steps', () => {
  it('go from 基本信息 through the six sections to 检查, titled with the headings', () => {
    expect(STEP_IDS.map((id) => STEP_TITLES[id])).toEqual([
      '基本信息',
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
      '检查',
      '预览与导出',
    ]);
  });

  it('find the step of a finding’s path', () => {
    expect(['meta.agency', 'preface', 'overview.intro', 'applications.received.natural', 'review.reconsideration.total', 'other.fees.charged', 'lastYear.year'].map(stepOfPath)).toEqual([
      'meta',
      'meta',
      'overview',
      'applications',
      'review',
      'other',
      'check',
    ]);
  });

  it('are 未填 in a new report (检查 and 预览与导出 too), 已完成 in a clean one', () => {
    expect(states(emptyReport({ year: 2025 }))).toEqual(Array(9).fill('未填'));
    expect(states(busyReport())).toEqual(Array(9).fill('已完成'));
  });

  it('keep 基本信息 from 已完成 while 机关名称 or 报告年度 is missing', () => {
    const withSite = setAt(emptyReport({ year: 2025 }), 'meta.website.url', 'www.example.gov.cn');
    expect(stepState('meta', withSite, runChecks(withSite, ctx))).toBe('填写中');
    const noYear = setAt(setAt(emptyReport(), 'meta.agency', '某某县司法局'), 'meta.year', null);
    expect(stepState('meta', noYear, runChecks(noYear, ctx))).toBe('填写中');
    const named = setAt(emptyReport({ year: 2025 }), 'meta.agency', '某某县司法局');
    expect(stepState('meta', named, runChecks(named, ctx))).toBe('已完成');
    expect(stepState('check', named, runChecks(named, ctx))).toBe('填写中');
  });

  it('are 需留意, not 已完成, when a step’s text is largely last year’s', () => {
    const copied = setAt(busyReport(), 'overview.intro', '2024年，本局围绕中心工作推进政务公开，重点做好规划、用地等领域信息发布，公开质量有所提高。');
    const findings = runChecks(copied, ctx);
    expect(findings.filter((f) => f.id === 'X-COPY' || f.id === 'X-YEAR').map((f) => [f.id, f.path])).toEqual([
      ['X-COPY', 'overview.intro'],
      ['X-YEAR', 'overview.intro'],
    ]);
    expect(stepState('overview', copied, findings)).toBe('需留意');
    expect(stepState('problems', copied, findings)).toBe('已完成');
    expect(stepState('check', copied, findings)).toBe('需留意');
  });

  it('are 填写中 while cells are blank, 有问题 when the arithmetic does not close or a typed value is not a number', () => {
    const started = setAt(emptyReport({ year: 2025 }), 'applications.received.natural', 0);
    expect(stepState('applications', started, runChecks(started, ctx))).toBe('填写中');
    const unbalanced = setAt(busyReport(), 'applications.granted.natural', 16);
    expect(stepState('applications', unbalanced, runChecks(unbalanced, ctx))).toBe('有问题');
    const typed = [invalidCell('review.reconsideration.upheld', '/', '不是数字，没有就填 0')];
    expect(stepState('review', emptyReport({ year: 2025 }), typed)).toBe('有问题');
    expect(stepState('proactive', busyReport(), typed)).toBe('已完成');
  });
});
