import { describe, expect, it } from 'vitest';
import { labelLines, lineCapacity } from './label-lines';

describe('the lines of a printed label', () => {
  it('holds as many 五号 characters a line as the column leaves inside its 1 mm padding', () => {
    // 五号 is 3.70 mm: a 10.4 mm column holds two, 13.5 mm three, 21 mm five, 17 mm four.
    expect([10.4, 13.5, 21, 17, 9.3].map(lineCapacity)).toEqual([2, 3, 5, 4, 1]);
  });

  it('breaks between words only, filling each line with as many words as fit', () => {
    expect(labelLines(['商业', '企业'], 2)).toEqual(['商业', '企业']);
    expect(labelLines(['商业', '企业'], 3)).toEqual(['商业', '企业']);
    expect(labelLines(['商业', '企业'], 4)).toEqual(['商业企业']);
    expect(labelLines(['社会', '公益', '组织'], 4)).toEqual(['社会公益', '组织']);
    expect(labelLines(['三、', '本年度', '办理结果'], 5)).toEqual(['三、本年度', '办理结果']);
  });

  it('puts a word longer than a line on a line of its own', () => {
    expect(labelLines(['（三）', '不予公开'], 3)).toEqual(['（三）', '不予公开']);
    expect(labelLines(['自然人'], 2)).toEqual(['自然人']);
  });

  it('counts Latin letters and digits as half a character', () => {
    expect(labelLines(['12', '34', '件'], 2)).toEqual(['1234', '件']);
  });
});
