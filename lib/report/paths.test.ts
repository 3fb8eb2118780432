import { describe, expect, it } from 'vitest';
import { describePath, documentPosition, getAt, setAt } from './paths';

describe('paths into a report', () => {
  it('reads a value at a dotted path and undefined past the end', () => {
    const report = { a: { b: { c: 3 } } };
    expect(getAt(report, 'a.b.c')).toBe(3);
    expect(getAt(report, 'a.x.c')).toBeUndefined();
    expect(getAt(null, 'a')).toBeUndefined();
  });

  it('writes a copy and leaves the original untouched', () => {
    const report = { a: { b: 1, keep: true }, other: { x: 1 } };
    const next = setAt(report, 'a.b', 2);
    expect(next).toEqual({ a: { b: 2, keep: true }, other: { x: 1 } });
    expect(report.a.b).toBe(1);
    expect(next.other).toBe(report.other);
    expect(setAt({}, 'x.y.z', 0)).toEqual({ x: { y: { z: 0 } } });
  });

  it('orders paths as they appear in the printed report', () => {
    const order = ['meta.agency', 'overview.intro', 'proactive.regulations.issued', 'applications.received.natural', 'applications.carriedForward.total', 'review.litigationAfterReview.total', 'problems.problems', 'other.fees.charged', 'other.others'];
    const positions = order.map(documentPosition);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(documentPosition('lastYear.year')).toBeGreaterThan(documentPosition('other.others'));
  });

  it('names a path in the clerk’s words', () => {
    expect(describePath('applications.denied.stateSecret.research')).toBe('表三「（三）不予公开 1.属于国家秘密 科研机构」');
    expect(describePath('meta.agency')).toBe('基本信息「机关名称」');
    expect(describePath('overview.requests')).toBe('一、总体情况「（二）依申请公开情况」');
    expect(describePath('other.fees.amountYuan')).toBe('六、其他需要报告的事项「收费金额（元）」');
    expect(describePath('applications.received')).toBe('表三「一、本年新收政府信息公开申请数量」');
    expect(describePath('review')).toBe('表四（四、政府信息公开行政复议、行政诉讼情况）');
    expect(describePath('nonsense.path')).toBe('报告');
  });
});
