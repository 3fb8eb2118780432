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
  /**
   * The label's words, where a printed line may break (their concatenation is `text`): 「商业|企业」,
   * never 「商业企|业」. Absent where any break between characters will do (long row labels).
   */
  words?: readonly string[];
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
  /**
   * The body rows in groups, by size, that a page break never splits: each group of rows under one
   * merged label (table 三's 「三、本年度办理结果」 and its （三）…（六）), each block of table 二.
   */
  rowGroups: readonly number[];
  rows: readonly (readonly LayoutCell[])[];
};

/** A label spelled with its words apart: 「商业|企业」 → the text 「商业企业」 and its words. */
export function spelled(words: string): { label: string; words: readonly string[] } {
  const parts = words.split('|');
  return { label: parts.join(''), words: parts };
}

/** 「（三）不予公开」 → 「（三）」 and 「不予公开」: a numbered group label breaks after its number only. */
export function numberedWords(text: string): readonly string[] {
  const number = /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/.exec(text)?.[0];
  return number && number.length < text.length ? [number, text.slice(number.length)] : [text];
}

export function label(
  text: string,
  span: { rowSpan?: number; colSpan?: number; scope?: 'col' | 'row'; words?: readonly string[] } = {},
): LabelCell {
  return { kind: 'label', text, rowSpan: span.rowSpan ?? 1, colSpan: span.colSpan ?? 1, scope: span.scope ?? 'col', ...(span.words ? { words: span.words } : {}) };
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
