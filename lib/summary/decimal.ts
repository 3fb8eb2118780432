// Exact sums of decimal amounts (表二 行政事业性收费, 万元 with up to 4 places): the strings are read
// as integers of 1/10⁴ 万元 (BigInt), never as binary floating point, where 0.1 + 0.2 ≠ 0.3.
import { parseWanYuan } from '@/lib/report/numbers';

const PLACES = 4;
const SCALE = BigInt(10 ** PLACES);

/** An amount as it stands in a report (a canonical or typed 万元 string) in 1/10⁴ 万元, or null when it is no amount. */
export function scaledWanYuan(amount: string | null | undefined): bigint | null {
  if (amount === null || amount === undefined) return null;
  const parsed = parseWanYuan(amount);
  if (!parsed.ok || parsed.value === null) return null;
  const [whole = '0', fraction = ''] = parsed.value.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(PLACES, '0'));
}

/** 1/10⁴ 万元 back to a canonical decimal string: 123456n → 「12.3456」, 50000n → 「5」. */
export function formatWanYuan(scaled: bigint): string {
  const whole = scaled / SCALE;
  const fraction = (scaled % SCALE).toString().padStart(PLACES, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}
