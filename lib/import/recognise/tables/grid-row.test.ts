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

describe('a cell over 10^9', () => {
  it('is not taken: left blank and named, as any cell that is not a count', async () => {
    const { readCell } = await import('./grid-row');
    expect(readCell('1000000000', 'count')).toEqual({ kind: 'value', value: 1_000_000_000 });
    expect(readCell('1000000001', 'count')).toEqual({ kind: 'unreadable', text: '1000000001' });
    expect(readCell('9007199254740993', 'count')).toEqual({ kind: 'unreadable', text: '9007199254740993' });
  });
});
