// Numbers as clerks type them (rules.md CELL-INVALID): full-width digits and signs, thousands
// separators, spaces and a trailing unit are accepted and cleaned; anything else is refused with
// a reason a clerk understands. Blank input is not an error here: it is "not filled in yet".

/**
 * The largest count a cell takes (10 亿件): no agency counts more, and a larger figure is a slip —
 * past 2^53 it would not even keep its digits, and could hide an imbalance.
 */
export const MAX_COUNT = 1_000_000_000;

/** Why a count over MAX_COUNT is refused, wherever it comes from (typed, pasted, imported, in a file). */
export const COUNT_TOO_LARGE = '数字太大：件数不能超过 1000000000（10 亿），请核对';

/** An amount has at most 9 digits before the point (under 10 亿): a 400-digit fee is a slip. */
export const MAX_AMOUNT_DIGITS = 9;

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; reason: string };

type DecimalRule = { unit: string; maxDecimals: number; unitName: string };

/**
 * What clerks write instead of a number (evaluators flag them: 「没有就填 0」), as compared after
 * NFKC, without spaces, in lower case. The importer tells these cells apart from labels by it too.
 */
export const NUMBER_PLACEHOLDERS: ReadonlySet<string> = new Set(['/', '\\', '无', '—', '——', '-', '--', '–', '―', '空', '/件', 'n/a', 'na', '×', 'x', '...', '·']);

/** NFKC turns ０-９ － ． ， and the ideographic space into their ASCII forms. */
function clean(raw: string, unit: string): string {
  let text = raw.normalize('NFKC').replace(/\s+/g, '');
  if (unit && text.endsWith(unit)) text = text.slice(0, -unit.length);
  return text;
}

function refuse(text: string, rule: DecimalRule | null): string | null {
  if (NUMBER_PLACEHOLDERS.has(text.toLowerCase())) return '不是数字，没有就填 0';
  if (/^-/.test(text)) return '不能是负数';
  if (/^[0-9.]+e[+-]?[0-9]+$/i.test(text)) return '请直接写出数字，不要用科学计数法（如 1e3 应写作 1000）';
  if (/^0x/i.test(text)) return '请填写十进制的阿拉伯数字';
  if (rule === null && /^[0-9]+\.[0-9]*$/.test(text)) return '件数必须是整数，不能有小数';
  if (/,/.test(text) && /^[0-9,]+(\.[0-9]*)?$/.test(text)) return '千分位逗号的位置不对，请直接写数字，如 1234';
  if (rule !== null && /件$/.test(text)) return `金额的单位是${rule.unitName}，请只填数字`;
  if (rule === null && /(万元|元)$/.test(text)) return '这里填件数，请只填数字';
  return null;
}

/** Removes thousands separators when they are in the right places (1,234,567.5). */
function withoutThousands(text: string): string {
  return /^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?$/.test(text) ? text.replace(/,/g, '') : text;
}

function notANumber(raw: string): string {
  return `「${raw.trim()}」不是数字，请只填写阿拉伯数字，如 12`;
}

/** A count of 件: a non-negative integer. */
export function parseCount(raw: string): Parsed<number> {
  const text = withoutThousands(clean(raw, '件'));
  if (text === '') return { ok: true, value: null };
  if (/^[0-9]+$/.test(text)) {
    const value = Number(text);
    return value <= MAX_COUNT ? { ok: true, value } : { ok: false, reason: COUNT_TOO_LARGE };
  }
  return { ok: false, reason: refuse(text, null) ?? notANumber(raw) };
}

function parseDecimal(raw: string, rule: DecimalRule): Parsed<string> {
  const text = withoutThousands(clean(raw, rule.unit));
  if (text === '') return { ok: true, value: null };
  const match = /^([0-9]*)(?:\.([0-9]*))?$/.exec(text);
  if (!match || text === '.') return { ok: false, reason: refuse(text, rule) ?? notANumber(raw) };
  const whole = (match[1] ?? '').replace(/^0+(?=[0-9])/, '') || '0';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (whole.length > MAX_AMOUNT_DIGITS) return { ok: false, reason: `数字太大：金额不能达到 10 亿${rule.unitName}，请核对` };
  if ((match[2] ?? '').length > rule.maxDecimals && fraction.length > rule.maxDecimals) {
    return { ok: false, reason: `金额最多保留 ${rule.maxDecimals} 位小数${rule.unit === '万元' ? '（0.0001 万元即 1 元）' : ''}` };
  }
  return { ok: true, value: fraction ? `${whole}.${fraction}` : whole };
}

/** 行政事业性收费 in 万元: a non-negative decimal with at most 4 places, as a canonical string. */
export function parseWanYuan(raw: string): Parsed<string> {
  return parseDecimal(raw, { unit: '万元', maxDecimals: 4, unitName: '万元' });
}

/** 信息处理费 in 元: a non-negative decimal with at most 2 places (分), as a canonical string. */
export function parseYuan(raw: string): Parsed<string> {
  return parseDecimal(raw, { unit: '元', maxDecimals: 2, unitName: '元' });
}

/** A count as stored in a report file is valid when it is an integer from 0 to MAX_COUNT. */
export function isValidCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}
