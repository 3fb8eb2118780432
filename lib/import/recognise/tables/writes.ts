// What reading a table's rows yields: the values for the report's cells (printed totals among
// them), the cells that held 「/」「无」 or nothing, and notes for the clerk.
import { CELL_BY_PATH } from '@/lib/report/template/tables';
import { readCell } from './grid-row';

export class TableWrites {
  readonly values = new Map<string, number | string>();
  /** Cells of rows that were found but held no number (blank, or text such as 「/」), by path. */
  readonly notNumbers = new Map<string, string>();
  private readonly noted = new Set<string>();

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
