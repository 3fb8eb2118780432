import { describe, expect, it } from 'vitest';
import { isValidCount, parseCount, parseWanYuan, parseYuan } from './numbers';

describe('parseCount', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['１２３', 123],
    ['  7  ', 7],
    ['\u3000８\u3000', 8],
    ['12件', 12],
    ['12 件', 12],
    ['1,234', 1234],
    ['１，２３４', 1234],
    ['1,234,567', 1234567],
    ['007', 7],
  ])('accepts %j as %d', (input, value) => {
    expect(parseCount(input)).toEqual({ ok: true, value });
  });

  it('reads blank input as not filled in yet, not as an error', () => {
    expect(parseCount('')).toEqual({ ok: true, value: null });
    expect(parseCount('   ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['/', '不是数字，没有就填 0'],
    ['无', '不是数字，没有就填 0'],
    ['—', '不是数字，没有就填 0'],
    ['-', '不是数字，没有就填 0'],
    ['-3', '不能是负数'],
    ['－３', '不能是负数'],
    ['1.5', '件数必须是整数，不能有小数'],
    ['１２．０', '件数必须是整数，不能有小数'],
    ['1e3', '请直接写出数字，不要用科学计数法（如 1e3 应写作 1000）'],
    ['0x10', '请填写十进制的阿拉伯数字'],
    ['12,34', '千分位逗号的位置不对，请直接写数字，如 1234'],
    ['12万元', '这里填件数，请只填数字'],
    ['十二', '「十二」不是数字，请只填写阿拉伯数字，如 12'],
    ['abc', '「abc」不是数字，请只填写阿拉伯数字，如 12'],
    ['+5', '「+5」不是数字，请只填写阿拉伯数字，如 12'],
    ['99999999999999999', '数字太大：件数不能超过 1000000000（10 亿），请核对'],
    ['9007199254740993', '数字太大：件数不能超过 1000000000（10 亿），请核对'],
    ['1000000001', '数字太大：件数不能超过 1000000000（10 亿），请核对'],
    ['1,000,000,001', '数字太大：件数不能超过 1000000000（10 亿），请核对'],
    ['１０００００００００１', '数字太大：件数不能超过 1000000000（10 亿），请核对'],
  ])('rejects %j: %s', (input, reason) => {
    expect(parseCount(input)).toEqual({ ok: false, reason });
  });
});

describe('amounts as typed', () => {
  it('are stored as their canonical decimal, and refused past 9 digits before the point', () => {
    expect(parseYuan('00012.50000')).toEqual({ ok: true, value: '12.5' });
    expect(parseYuan('１２．５')).toEqual({ ok: true, value: '12.5' });
    expect(parseWanYuan('999999999.9999')).toEqual({ ok: true, value: '999999999.9999' });
    expect(parseWanYuan('0001000000000')).toEqual({ ok: false, reason: '数字太大：金额不能达到 10 亿万元，请核对' });
    expect(parseYuan('9'.repeat(400))).toEqual({ ok: false, reason: '数字太大：金额不能达到 10 亿元，请核对' });
    expect(parseWanYuan('12.34567')).toEqual({ ok: false, reason: '金额最多保留 4 位小数（0.0001 万元即 1 元）' });
  });
});

describe('the largest count', () => {
  it('takes 10^9 and refuses one more, typed or stored', () => {
    expect(parseCount('1000000000')).toEqual({ ok: true, value: 1_000_000_000 });
    expect(parseCount('0001000000000')).toEqual({ ok: true, value: 1_000_000_000 });
    expect([1_000_000_000, 1_000_000_001, 2 ** 53, 2 ** 53 + 2, 1e20].map(isValidCount)).toEqual([true, false, false, false, false]);
  });
});

describe('parseWanYuan', () => {
  it.each([
    ['12.5', '12.5'],
    ['0', '0'],
    ['0.0001', '0.0001'],
    ['１２．３４５６', '12.3456'],
    ['12.50万元', '12.5'],
    [' 1,234.5 ', '1234.5'],
    ['12.000', '12'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['0012.3', '12.3'],
    ['1.23450', '1.2345'],
  ])('accepts %j as the canonical %j', (input, value) => {
    expect(parseWanYuan(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.23456', '金额最多保留 4 位小数（0.0001 万元即 1 元）'],
    ['/', '不是数字，没有就填 0'],
    ['无', '不是数字，没有就填 0'],
    ['-1', '不能是负数'],
    ['1e3', '请直接写出数字，不要用科学计数法（如 1e3 应写作 1000）'],
    ['0x10', '请填写十进制的阿拉伯数字'],
    ['12件', '金额的单位是万元，请只填数字'],
    ['1.2.3', '「1.2.3」不是数字，请只填写阿拉伯数字，如 12'],
    ['.', '「.」不是数字，请只填写阿拉伯数字，如 12'],
  ])('rejects %j: %s', (input, reason) => {
    expect(parseWanYuan(input)).toEqual({ ok: false, reason });
  });

  it('reads blank input as not filled in yet', () => {
    expect(parseWanYuan(' ')).toEqual({ ok: true, value: null });
  });
});

describe('parseYuan', () => {
  it('accepts yuan with fen and a trailing 元', () => {
    expect(parseYuan('300.50元')).toEqual({ ok: true, value: '300.5' });
    expect(parseYuan('１００')).toEqual({ ok: true, value: '100' });
  });

  it('rejects more than two decimals', () => {
    expect(parseYuan('1.234')).toEqual({ ok: false, reason: '金额最多保留 2 位小数' });
  });
});

describe('isValidCount', () => {
  it('accepts non-negative integers only', () => {
    expect([0, 5, 1e6].map(isValidCount)).toEqual([true, true, true]);
    expect([-1, 1.5, Number.NaN, Infinity, '5', null].map(isValidCount)).toEqual([false, false, false, false, false, false]);
  });
});
