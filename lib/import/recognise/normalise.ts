// Text as published reports spell it, reduced to what recognition compares: full-width and
// half-width forms folded, brackets, punctuation, quotes, spaces and line breaks dropped. A label
// typed 「(二) 部分公开 (区分处理的, 只计这一情形…」 and the template's 「（二）部分公开（区分处理的，只计这一情形…」
// have the same key.
import { NUMBER_PLACEHOLDERS } from '@/lib/report/numbers';

/** Letters and digits only, after NFKC (０-９ → 0-9, （ → (, ideographic space → space). */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The text without any white space (PDF text puts stray spaces inside words and numbers). */
export const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

/** What a table cell holds, as far as recognition is concerned. */
export type CellKind = 'empty' | 'number' | 'placeholder' | 'label';

const NUMBER = /^(?:\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?:件|万元|元)?$/;

export function cellKind(text: string): CellKind {
  const t = withoutSpaces(text.normalize('NFKC'));
  if (t === '') return 'empty';
  if (NUMBER.test(t)) return 'number';
  if (NUMBER_PLACEHOLDERS.has(t.toLowerCase())) return 'placeholder';
  return 'label';
}

/** A cell that stands where a number belongs: a number, a placeholder such as 「/」, or nothing. */
export const isValueCell = (text: string): boolean => cellKind(text) !== 'label';

/**
 * How much two keys share, 0 … 1: characters in common (as a multiset) over the longer length.
 * 「存在主要问题及改进情况」 and 「存在的主要问题及改进情况」 share 11 of 12.
 */
export function overlap(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of b) {
    const left = counts.get(ch) ?? 0;
    if (left > 0) {
      common++;
      counts.set(ch, left - 1);
    }
  }
  return common / longer;
}
