// A published report as its reader finds it — paragraphs of text and tables as grids of cell
// texts, in document order — whatever it came from: pasted text, a DOCX, an HTML page.
import type { TableId } from '@/lib/report/template/layout';
import type { DraftReport } from '@/lib/report/file/schema';

export type DocumentBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** Tables have their merged cells expanded: a cell spanning n rows or columns repeats its text n times. */
export type ParsedDocument = { blocks: DocumentBlock[] };

export type ReportFormat = '30号' | '60号' | '未识别';

/** What an import made of a document, for the clerk to review before working on it. */
export type ImportResult = {
  report: DraftReport;
  format: ReportFormat;
  /** How it was read: our own embedded data, or recognised from the text and tables. */
  source: 'embedded' | 'recognised';
  /** Read from our embedded data, but these sections' prose from the document (edited after export). */
  proseFromDocument?: readonly string[];
  tables: TableReading[];
  /** Input cells left blank because nothing was found for them (never guessed). */
  missing: string[];
  /** Plain-Chinese notes for the review screen (e.g. 「按 2019 年试行格式（国办公开办函〔2019〕60号）识别…」). */
  notes: string[];
};

/** A row of a printed table whose numbers were not read into the report, and why, in the clerk's words. */
export type UnreadRow = {
  /** The row as the template names it (verbatim) or, when it was not recognised, as printed; null when the numbers stood under no row label. */
  label: string | null;
  reason: string;
  /** How many printed numbers of the row were left out. */
  numbers: number;
};

/**
 * One table of an import. Recognised from a document: `found` counts the cells a printed number
 * was read into (printed totals included) and `printed` the number cells the document printed in
 * the table, so a table printed with blank 总计 cells or without some rows reads 153 / 153, not
 * of 175. Read whole (embedded data, a report file): `found` counts the input cells with a number,
 * out of `total`, and `printed` is null.
 */
export type TableReading = {
  table: TableId;
  found: number;
  printed: number | null;
  /** The template's input cells. */
  total: number;
  unread: UnreadRow[];
};

export type ImportFailure = { ok: false; problems: string[] };
export type ImportOutcome = ({ ok: true } & ImportResult) | ImportFailure;
