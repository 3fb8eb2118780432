// What reading a table's rows yields: the values for the report's cells (printed totals among
// them), the cells that held 「/」「无」 or nothing, how many numbers each table printed, the rows
// whose numbers could not be read and why, and notes for the clerk.
import type { TableId } from '@/lib/report/template/layout';
import { CELL_BY_PATH } from '@/lib/report/template/tables';
import { cellKind } from '../normalise';
import { readCell } from './grid-row';
import type { UnreadRow } from '../../parsed-document';

/** The number cells among a row's cells. */
export const numberCount = (cells: readonly string[]): number => cells.filter((cell) => cellKind(cell) === 'number').length;

export class TableWrites {
  readonly values = new Map<string, number | string>();
  /** Cells of rows that were found but held no number (blank, or text such as 「/」), by path. */
  readonly notNumbers = new Map<string, string>();
  private readonly noted = new Set<string>();
  private readonly printedCounts = new Map<TableId, number>();
  private readonly unreadRows = new Map<TableId, UnreadRow[]>();

  /** Reads a cell's text into the cell at `path` (first reading wins: a row printed twice counts once). */
  read(path: string, text: string): void {
    if (this.values.has(path)) return;
    const reading = readCell(text, CELL_BY_PATH.get(path)?.valueKind ?? 'count');
    if (reading.kind === 'value') {
      this.values.set(path, reading.value);
      this.notNumbers.delete(path);
    } else if (!this.notNumbers.has(path)) {
      this.notNumbers.set(path, reading.kind === 'unreadable' ? reading.text : '');
    }
  }

  readRow(paths: readonly string[], cells: readonly string[]): void {
    paths.forEach((path, i) => this.read(path, cells[i] ?? ''));
  }

  /** Counts `count` number cells the document printed in `table`, read or not. */
  printed(table: TableId, count: number): void {
    this.printedCounts.set(table, (this.printedCounts.get(table) ?? 0) + count);
  }

  /** A row whose `numbers` printed numbers were not read, with the reason in the clerk's words. */
  unread(table: TableId, row: UnreadRow): void {
    this.unreadRows.set(table, [...(this.unreadRows.get(table) ?? []), row]);
  }

  printedIn(table: TableId): number {
    return this.printedCounts.get(table) ?? 0;
  }

  unreadIn(table: TableId): UnreadRow[] {
    return this.unreadRows.get(table) ?? [];
  }

  /** The cells of `table` a number was read into, printed totals included. */
  foundIn(table: TableId): number {
    return [...this.values.keys()].filter((path) => CELL_BY_PATH.get(path)?.table.id === table).length;
  }

  note(text: string): void {
    this.noted.add(text);
  }

  get notes(): string[] {
    return [...this.noted];
  }
}

/** A label for messages: the row as printed, shortened. */
export const quoteLabel = (label: string): string => `「${label.length > 24 ? `${label.slice(0, 24)}…` : label}」`;

/** Labels for one note about several rows: the first few quoted, and how many there are. */
export function quoteLabels(labels: readonly string[], shown = 3): string {
  const quoted = labels.slice(0, shown).map(quoteLabel).join('');
  return labels.length > shown ? `${quoted}等 ${labels.length} 行` : quoted;
}
