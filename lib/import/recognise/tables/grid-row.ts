// One row of a table grid as recognition sees it: the label (every text cell, joined and keyed)
// and the cells after the last label, lined up with the template's columns when that can be told
// without guessing.
import { parserFor } from '@/lib/report/values';
import { cellKind, labelKey } from '../normalise';

export type GridRow = { key: string; label: string; values: string[] };

export function gridRow(cells: readonly string[]): GridRow {
  let last = -1;
  cells.forEach((cell, i) => {
    if (cellKind(cell) === 'label') last = i;
  });
  const label = cells
    .slice(0, last + 1)
    .filter((cell) => cell.trim() !== '')
    .join(' ');
  return { key: labelKey(label), label: label.replace(/\s+/g, ' ').trim(), values: cells.slice(last + 1) };
}

const isEmpty = (cell: string | undefined) => cell === undefined || cellKind(cell) === 'empty';

/** The value cells without the empty cells a layout leaves around them. */
export function coreValues(values: readonly string[]): string[] {
  let start = 0;
  let end = values.length;
  while (start < end && isEmpty(values[start])) start++;
  while (end > start && isEmpty(values[end - 1])) end--;
  return values.slice(start, end);
}

/**
 * The row's value cells for `width` columns, or null when their columns cannot be told: a grid
 * row of exactly `width` cells; the cells between the empty ones a layout leaves around them; or
 * cells starting right after the label whose last columns were left empty.
 */
export function alignValues(values: readonly string[], width: number): string[] | null {
  const core = coreValues(values);
  if (core.length === width) return core;
  if (values.length === width) return [...values];
  if (core.length < width && !isEmpty(values[0])) return [...core, ...Array<string>(width - core.length).fill('')];
  return null;
}

/** What a cell read as: a value for the report, blank, or text that is not a number (「/」「无」). */
export type CellReading = { kind: 'value'; value: number | string } | { kind: 'blank' } | { kind: 'unreadable'; text: string };

export function readCell(text: string, valueKind: 'count' | 'amount'): CellReading {
  const parsed = parserFor(valueKind)(text);
  if (!parsed.ok) return { kind: 'unreadable', text: text.trim() };
  return parsed.value === null ? { kind: 'blank' } : { kind: 'value', value: parsed.value };
}
