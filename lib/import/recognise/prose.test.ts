import { describe, expect, it } from 'vitest';
import { recogniseProblems } from './prose';

describe('五 without sub-headings, split where its improvements begin', () => {
  it.each([
    ['下一步，我局将加强培训。', '下一步，我局将加强培训。'],
    ['针对存在问题，下一步，我市将着力加强政策解读质效。', '针对存在问题，下一步，我市将着力加强政策解读质效。'],
    ['2025年，某某县司法局将认真总结经验。', '2025年，某某县司法局将认真总结经验。'],
    ['我局下一步将增加图解。', '我局下一步将增加图解。'],
    ['主要改进措施如下：一是加强培训。', '主要改进措施如下：一是加强培训。'],
  ])('inside one paragraph, at 「%s」', (opening, improvements) => {
    const reading = recogniseProblems([`存在的问题：一是栏目更新不及时；二是解读形式单一。${opening}`]);
    expect(reading).toEqual({
      problems: { problems: '存在的问题：一是栏目更新不及时；二是解读形式单一。', improvements },
      split: 'opening',
      opening: improvements,
    });
  });

  it('keeps a problem told with 将 (for 把) among the problems, and says 五 could not be split', () => {
    const text = ['一是将政务公开工作列入议事日程不够。', '个别单位将信息公开视为额外负担，要求不严。'];
    expect(recogniseProblems(text)).toEqual({ problems: { problems: text.join('\n'), improvements: '' }, split: null, opening: null });
  });

  it('does not make the first sentence of 五 the improvements, which would leave the problems empty', () => {
    expect(recogniseProblems(['下一步，我局将加强培训。']).problems).toEqual({ problems: '下一步，我局将加强培训。', improvements: '' });
  });

  it('still goes by sub-headings where there are some', () => {
    expect(recogniseProblems(['（一）存在的问题', '栏目更新不及时。', '（二）改进措施', '加强培训。'])).toEqual({
      problems: { problems: '栏目更新不及时。', improvements: '加强培训。' },
      split: 'heading',
      opening: null,
    });
  });
});
