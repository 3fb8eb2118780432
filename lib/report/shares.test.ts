import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTenths, sharesInTenths } from './shares';

describe('shares by largest remainder', () => {
  it('adds up to 100.0% as printed where rounding each would not', () => {
    // 1/3 each: rounded one by one 33.3 × 3 = 99.9.
    expect(sharesInTenths([1, 1, 1]).map(formatTenths)).toEqual(['33.4%', '33.3%', '33.3%']);
    // The 2024 results of 淮安 (fixtures/published/005): 予以公开 … 其他处理 of 3050.
    expect(sharesInTenths([1362, 454, 178, 781, 88, 187]).map(formatTenths)).toEqual(['44.7%', '14.9%', '5.8%', '25.6%', '2.9%', '6.1%']);
    expect(sharesInTenths([2, 1, 0]).map(formatTenths)).toEqual(['66.7%', '33.3%', '0.0%']);
  });

  it('gives nothing when there is nothing to share', () => {
    expect(sharesInTenths([0, 0, 0])).toEqual([0, 0, 0]);
    expect(sharesInTenths([])).toEqual([]);
  });

  it('always sums to 1000 tenths, keeps zeros at zero and stays within 0.1% of the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 21 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const shares = sharesInTenths(counts);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : 1000);
        counts.forEach((count, i) => {
          const share = shares[i] ?? -1;
          if (count === 0) expect(share).toBe(0);
          if (total > 0) expect(Math.abs(share - (count * 1000) / total)).toBeLessThan(1);
        });
      }),
    );
  });
});
