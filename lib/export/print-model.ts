// The document to print, from a report: one pure function behind the preview, the DOCX and the
// HTML. Every label comes from the template definition and the section list; the adapters only
// lay the blocks out.
import { runChecks } from '@/lib/report/checks/checks';
import { feeStatement } from '@/lib/report/fee-statement';
import type { Finding } from '@/lib/report/checks/findings';
import type { TableId, TableLayout } from '@/lib/report/template/layout';
import { getAt } from '@/lib/report/paths';
import { prefaceOf, reportTitle } from '@/lib/report/preface';
import type { DraftReport } from '@/lib/report/file/schema';
import { FEE_HEADING, OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS, SECTION_HEADINGS, TITLE_SUFFIX, type ProsePart } from '@/lib/report/template/sections';
import { TABLES } from '@/lib/report/template/tables';
import { computeTotals, type Totals } from '@/lib/report/totals';

export type PrintCell = { text: string; rowSpan: number; colSpan: number; header: boolean; scope: 'col' | 'row' | null; numeric: boolean };
export type PrintTable = { id: TableId; caption: string; columnWidths: readonly number[]; headerRows: number; rows: PrintCell[][] };
export type PrintBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: PrintTable };
export type PrintDocument = {
  /** Two centred lines: the agency, then 「{年度}年政府信息公开工作年度报告」. */
  title: readonly [string, string];
  /** 「{机关}{年度}年政府信息公开工作年度报告」: the document's name and file name. */
  name: string;
  blocks: PrintBlock[];
  closing: { agency: string; date: string };
  /** While any error stands: the banner on every page and the problems listed at the end. */
  draft: { banner: string; problems: string[] } | null;
};

export const DRAFT_BANNER = '草稿 · 校验未通过';
export const DRAFT_PROBLEMS_HEADING = '尚未解决的问题';

/** Relative column widths (summing to 1): label columns wide enough for the template's labels. */
const COLUMN_WIDTHS: Record<TableId, readonly number[]> = {
  table2: [0.28, 0.24, 0.24, 0.24],
  table3: [0.07, 0.12, 0.25, ...Array<number>(7).fill(0.08)],
  table4: Array<number>(15).fill(1 / 15),
};

const NUMERALS = '一二三四五六七八九十';
const numbered = (label: string, n: number) => `（${NUMERALS[n - 1] ?? n}）${label.replace(/^（[一二三四五六七八九十]+）/, '')}`;

export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

const textAt = (report: DraftReport, path: string) => {
  const value = getAt(report, path);
  return typeof value === 'string' ? value : '';
};

function cellText(report: DraftReport, totals: Totals, path: string): string {
  const value = totals.has(path) ? totals.get(path) : getAt(report, path);
  return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}

function printTable(table: TableLayout, report: DraftReport, totals: Totals): PrintTable {
  return {
    id: table.id,
    caption: table.caption,
    columnWidths: COLUMN_WIDTHS[table.id],
    headerRows: table.headerRows,
    rows: table.rows.map((row) =>
      row.map((cell): PrintCell =>
        cell.kind === 'label'
          ? { text: cell.text, rowSpan: cell.rowSpan, colSpan: cell.colSpan, header: true, scope: cell.scope, numeric: false }
          : { text: cellText(report, totals, cell.path), rowSpan: 1, colSpan: cell.colSpan, header: false, scope: null, numeric: true },
      ),
    ),
  };
}

/** Parts with text, numbered anew so that a part left out leaves no gap: （一）（二）（三）. */
function parts(report: DraftReport, list: readonly ProsePart[], first = 1): PrintBlock[] {
  return list
    .filter((part) => paragraphsOf(textAt(report, part.path)).length > 0)
    .flatMap((part, i): PrintBlock[] => [
      { kind: 'heading', level: 2, text: numbered(part.label, first + i) },
      ...paragraphsOf(textAt(report, part.path)).map((text): PrintBlock => ({ kind: 'paragraph', text })),
    ]);
}

const paragraphs = (text: string): PrintBlock[] => paragraphsOf(text).map((t) => ({ kind: 'paragraph', text: t }));

/** 2026-01-16 → 2026年1月16日 (no leading zeros). */
export function chineseDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

export function printModel(report: DraftReport, findings: readonly Finding[]): PrintDocument {
  const totals = computeTotals(report);
  const [table2, table3, table4] = TABLES;
  const [intro, ...overviewParts] = OVERVIEW_PARTS;
  const fee = feeStatement(report.other.fees);
  const tableBlock = (t: TableLayout | undefined): PrintBlock[] => (t ? [{ kind: 'table', table: printTable(t, report, totals) }] : []);
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    title: [report.meta.agency.trim() || '××', `${report.meta.year ?? '××'}${TITLE_SUFFIX}`],
    name: reportTitle(report.meta),
    blocks: [
      ...paragraphs(prefaceOf(report)),
      { kind: 'heading', level: 1, text: SECTION_HEADINGS.overview },
      ...paragraphs(intro ? textAt(report, intro.path) : ''),
      ...parts(report, overviewParts),
      { kind: 'heading', level: 1, text: SECTION_HEADINGS.proactive },
      ...tableBlock(table2),
      { kind: 'heading', level: 1, text: SECTION_HEADINGS.applications },
      ...tableBlock(table3),
      { kind: 'heading', level: 1, text: SECTION_HEADINGS.review },
      ...tableBlock(table4),
      { kind: 'heading', level: 1, text: SECTION_HEADINGS.problems },
      ...PROBLEMS_PARTS.flatMap((part) => paragraphs(textAt(report, part.path))),
      { kind: 'heading', level: 1, text: SECTION_HEADINGS.other },
      ...(fee ? [{ kind: 'heading', level: 2, text: FEE_HEADING } as const, ...paragraphs(fee)] : []),
      ...parts(report, OTHER_PARTS, fee ? 2 : 1),
    ],
    closing: { agency: report.meta.agency.trim(), date: chineseDate(report.meta.issuedOn) },
    draft: errors.length > 0 ? { banner: DRAFT_BANNER, problems: errors.map((f) => f.message) } : null,
  };
}

/** The print model with the findings of the checks as of `today` (browser and command line alike). */
export const printModelOf = (report: DraftReport, today: Date) => printModel(report, runChecks(report, { today }));
