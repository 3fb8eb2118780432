// What a field's value is made of: blank or not, and which parser reads what a clerk types into
// it. One place, used by the checks, the grid, the fills and the findings of typed text.
import { parseCount, parseWanYuan, parseYuan, type Parsed } from './numbers';
import { CELL_BY_PATH } from './template/tables';

/** Not filled in: null, missing, or text with nothing but spaces. */
export const isBlank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

export type ValueKind = 'count' | 'amount' | 'yuan';

const PARSERS: Record<ValueKind, (text: string) => Parsed<number | string>> = { count: parseCount, amount: parseWanYuan, yuan: parseYuan };

export const parserFor = (kind: ValueKind) => PARSERS[kind];

/** The kind of number a field holds: table cells from the template, and the fee fields of 六. */
export function valueKindOf(path: string): ValueKind {
  if (path === 'other.fees.amountYuan') return 'yuan';
  return CELL_BY_PATH.get(path)?.valueKind ?? 'count';
}
