// The shape every table of the template is described in: rows of cells as printed, each cell
// placed where it starts (as in HTML), with its spans. Grid, checks, preview, DOCX, HTML and the
// importers all walk these layouts; nothing else spells a table out.

import type { SectionId } from './sections';

export type TableId = 'table2' | 'table3' | 'table4';

/** A printed label: a header or a row label. */
export type LabelCell = {
  kind: 'label';
  text: string;
  rowSpan: number;
  colSpan: number;
  /** `col`: heads the columns below it; `row`: heads the cells to its right. */
  scope: 'col' | 'row';
};

/** A cell holding a number of the report, addressed by its JSON path. */
export type ValueCell = {
  kind: 'value';
  path: string;
  /** Accessible name: group label, row label, column label, single spaces between. */
  name: string;
  /** Row and column labels, for messages (`表三·自然人列`). */
  rowLabel: string;
  columnLabel: string;
  valueKind: 'count' | 'amount';
  /** Computed cells are never typed: they are the sum of `addends`, in this order. */
  computed: null | { rule: 'T3-ROWTOTAL' | 'T3-RESULTS' | 'T4-TOTAL'; addends: readonly string[] };
  rowSpan: 1;
  colSpan: number;
};

export type LayoutCell = LabelCell | ValueCell;

export type TableLayout<Section extends SectionId = SectionId> = {
  id: TableId;
  /** The section the table stands in (and the wizard step it is filled in on). */
  section: Section;
  /** Short name used in messages: 表二, 表三, 表四. */
  shortName: string;
  /** The section heading the table stands under. */
  caption: string;
  gridColumns: number;
  /** Printed width of each grid column, as a share of the type area (the shares sum to 1). */
  columnWidths: readonly number[];
  /** How many of `rows` are header rows (repeated on a new page). */
  headerRows: number;
  rows: readonly (readonly LayoutCell[])[];
};

export function label(text: string, span: { rowSpan?: number; colSpan?: number; scope?: 'col' | 'row' } = {}): LabelCell {
  return { kind: 'label', text, rowSpan: span.rowSpan ?? 1, colSpan: span.colSpan ?? 1, scope: span.scope ?? 'col' };
}

export function value(
  path: string,
  nameParts: readonly string[],
  options: { valueKind?: 'count' | 'amount'; colSpan?: number; computed?: ValueCell['computed'] } = {},
): ValueCell {
  return {
    kind: 'value',
    path,
    name: nameParts.join(' '),
    rowLabel: nameParts.slice(0, -1).join(' '),
    columnLabel: nameParts[nameParts.length - 1] ?? '',
    valueKind: options.valueKind ?? 'count',
    computed: options.computed ?? null,
    rowSpan: 1,
    colSpan: options.colSpan ?? 1,
  };
}
