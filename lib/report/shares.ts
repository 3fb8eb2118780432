// Percentages that add up as printed: largest-remainder rounding (the Hamilton method). Each share
// is rounded down to the printed unit, and the units left over go to the largest remainders, so
// the printed figures of a breakdown always sum to exactly 100.0%.

/**
 * The shares of `counts` in tenths of a per cent (443 = 44.3%). They sum to 1000 when any count
 * is positive, to 0 when none is; a 0 stays 0; each is within 0.1% of the exact share.
 */
export function sharesInTenths(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  // Integer arithmetic: the exact share in tenths is count × 1000 / total.
  const exact = counts.map((count) => ({ floor: Math.floor((count * 1000) / total), remainder: (count * 1000) % total }));
  let left = 1000 - exact.reduce((a, e) => a + e.floor, 0);
  const order = exact.map((e, i) => ({ ...e, i })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const shares = exact.map((e) => e.floor);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/** 443 → 「44.3%」. */
export const formatTenths = (tenths: number) => `${(tenths / 10).toFixed(1)}%`;
