import { describe, expect, it } from 'vitest';
import { alignValues, gridRow } from './grid-row';

describe('a grid row', () => {
  it('joins its label cells and keeps the cells after the last one as values', () => {
    expect(gridRow(['', '(三) 不予公开', '1. 属于国家秘密', '0', '1'])).toEqual({ key: '三不予公开1属于国家秘密', label: '(三) 不予公开 1. 属于国家秘密', values: ['0', '1'] });
  });
});

describe('lining values up with the columns', () => {
  it('drops the empty cells a layout leaves around the numbers', () => {
    expect(alignValues(['', '1', '2', '3', ''], 3)).toEqual(['1', '2', '3']);
  });

  it('keeps a blank cell between numbers in its column', () => {
    expect(alignValues(['', '1', '', '3', ''], 3)).toEqual(['1', '', '3']);
  });

  it('takes a row of exactly the columns’ width as it is, blank ends included', () => {
    expect(alignValues(['', '2', '3'], 3)).toEqual(['', '2', '3']);
  });

  it('fills the last columns blank when the numbers start right after the label', () => {
    expect(alignValues(['1', '2', '', ''], 3)).toEqual(['1', '2', '']);
  });

  it('refuses when blank cells before the numbers leave their columns unknown', () => {
    expect(alignValues(['', '', '2', '', '', ''], 3)).toBeNull();
  });
});
