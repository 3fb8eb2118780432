import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatWanYuan, scaledWanYuan } from './decimal';

describe('exact 万元 amounts', () => {
  it('reads an amount as integer ten-thousandths of 万元', () => {
    expect(scaledWanYuan('12.3456')).toBe(123456n);
    expect(scaledWanYuan('０.５万元')).toBe(5000n);
    expect(scaledWanYuan('')).toBeNull();
    expect(scaledWanYuan('约10')).toBeNull();
    expect(scaledWanYuan(null)).toBeNull();
  });

  it('writes the canonical string back', () => {
    expect(formatWanYuan(50000n)).toBe('5');
    expect(formatWanYuan(123450n)).toBe('12.345');
    expect(formatWanYuan(1n)).toBe('0.0001');
    expect(formatWanYuan(0n)).toBe('0');
  });

  it('round-trips every canonical amount (under 10 亿万元, the largest one takes)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n - 1n }), (n) => {
        expect(scaledWanYuan(formatWanYuan(n))).toBe(n);
      }),
    );
  });
});
