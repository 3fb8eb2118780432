import { describe, expect, it } from 'vitest';
import { matchSectionHeading, numberedHeading, SectionTracker } from './headings';

describe('section headings as reports print them', () => {
  it.each([
    ['一、总体情况', 'overview'],
    [' 二、主动公开政府信息情况', 'proactive'],
    ['三、收到和处理政府信息公开申请情况', 'applications'],
    ['四、政府信息公开行政复议,行政诉讼情况', 'review'],
    ['五、存在主要问题及改进情况', 'problems'],
    ['五、存在的主要问题及整改措施。', 'problems'],
    ['六、其他需要报告的事项', 'other'],
  ])('recognises 「%s」', (line, section) => {
    expect(matchSectionHeading(line)?.section).toBe(section);
  });

  it.each(['一、本年新收政府信息公开申请数量 0 0 0', '四、结转下年度继续办理', '二、上年结转政府信息公开申请数量', '一是信息更新不及时。'])(
    'does not take the table row or sentence 「%s」 for a heading',
    (line) => {
      expect(matchSectionHeading(line)).toBeNull();
    },
  );

  it('gives the text after a heading on the same line to its section', () => {
    expect(matchSectionHeading('六、其他需要报告的事项。本年度无。')).toEqual({ section: 'other', index: 5, rest: '本年度无。' });
  });

  it('accepts a heading only after the headings before it', () => {
    const tracker = new SectionTracker();
    expect(tracker.next('二、主动公开政府信息情况')?.section).toBe('proactive');
    expect(tracker.next('一、总体情况')).toBeNull();
    expect(tracker.next('五、存在的主要问题及改进情况')?.section).toBe('problems');
  });
});

describe('numbered part headings', () => {
  it('splits 「（一）主动公开情况。坚持…」 into heading and text', () => {
    expect(numberedHeading('（一）主动公开情况。坚持以公开为常态。')).toEqual({ head: '主动公开情况', rest: '坚持以公开为常态。', text: '主动公开情况。坚持以公开为常态。' });
  });

  it('reads 「1.2023年…」 as item 1, but not 「3.5万元…」', () => {
    expect(numberedHeading('1.2023年严格按照要点开展工作。')?.head).toBe('2023年严格按照要点开展工作');
    expect(numberedHeading('3.5万元用于平台建设。')).toBeNull();
  });

  it('accepts only 「（一）」 forms when asked to', () => {
    expect(numberedHeading('1. 公开数量。', true)).toBeNull();
    expect(numberedHeading('(二) 改进措施', true)?.head).toBe('改进措施');
  });
});
