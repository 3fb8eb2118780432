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

  it('are 未填 in a new report, 已完成 in a clean one', () => {
    expect(states(emptyReport({ year: 2025 }))).toEqual(['未填', '未填', '未填', '未填', '未填', '未填', '未填', '填写中', '填写中']);
    expect(states(busyReport())).toEqual(Array(9).fill('已完成'));
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
