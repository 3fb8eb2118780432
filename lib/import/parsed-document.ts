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
  /** Per table: cells found (a number read) out of the template's input cells. */
  tables: { table: TableId; found: number; total: number }[];
  /** Input cells left blank because nothing was found for them (never guessed). */
  missing: string[];
  /** Plain-Chinese notes for the review screen (e.g. 「按 2019 年试行格式（国办公开办函〔2019〕60号）识别…」). */
  notes: string[];
};

export type ImportFailure = { ok: false; problems: string[] };
export type ImportOutcome = ({ ok: true } & ImportResult) | ImportFailure;
