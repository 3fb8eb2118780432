// The document to print, from a report: one pure function behind the preview, the DOCX and the
// HTML. Every label comes from the template definition and the section list; the adapters only
// lay the blocks out.
import { runChecks } from '@/lib/report/checks/checks';
import { isIsoDate } from '@/lib/report/dates';
import { feeStatement } from '@/lib/report/fee-statement';
import { SEVERITY_LABELS, type Finding } from '@/lib/report/checks/findings';
import { placeCells } from '@/lib/report/grid';
import type { TableId, TableLayout } from '@/lib/report/template/layout';
import { proseParagraphs } from '@/lib/report/paragraphs';
import { getAt } from '@/lib/report/paths';
import { prefaceOf } from '@/lib/report/preface';
import { reportTitle, summaryTitle, summaryTitleLines, titleLines } from '@/lib/report/title';
import type { DraftReport } from '@/lib/report/file/schema';
import { FEE_HEADING, FORMAT_NAME, OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS, SCOPE_LABEL, SCOPE_LABELS, SECTION_HEADINGS, SECTION_IDS, type ProsePart, type SectionId } from '@/lib/report/template/sections';
import { TABLES, tableOfSection } from '@/lib/report/template/tables';
import { computeTotals, totalsAsPrinted, type Totals } from '@/lib/report/totals';
import { labelLines, lineCapacity } from './label-lines';
import { TYPE_AREA_MM } from './page';

export type PrintCell = {
  text: string;
  /** The lines a label is printed in (its words as its column holds them); `[text]` where any break will do. */
  lines: readonly string[];
  rowSpan: number;
  colSpan: number;
  header: boolean;
  scope: 'col' | 'row' | null;
  numeric: boolean;
};
export type PrintTable = {
  id: TableId;
  caption: string;
  columnWidths: readonly number[];
  headerRows: number;
  /** The body rows in groups, by size, that a page break never splits (the template's). */
  rowGroups: readonly number[];
  rows: PrintCell[][];
};
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
  /**
   * While any error stands: the banner on every page, and after the closing a page headed
   * 「尚未解决的问题」: how many errors and warnings, then each, numbered, errors first (「1.【错误】…」).
   */
  draft: { banner: string; heading: string; summary: string; problems: string[]; errors: number; warnings: number } | null;
};

export const DRAFT_BANNER = '草稿 · 校验未通过';
export const DRAFT_PROBLEMS_HEADING = '尚未解决的问题';

const NUMERALS = '一二三四五六七八九十';
const numbered = (label: string, n: number) => `（${NUMERALS[n - 1] ?? n}）${label.replace(/^（[一二三四五六七八九十]+）/, '')}`;

const textAt = (report: DraftReport, path: string) => {
  const value = getAt(report, path);
  return typeof value === 'string' ? value : '';
};

function cellText(report: DraftReport, totals: Totals, path: string): string {
  const value = totals.has(path) ? totals.get(path) : getAt(report, path);
  return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}

function printTable(table: TableLayout, report: DraftReport, totals: Totals): PrintTable {
  const widthMm = (column: number, span: number) =>
    table.columnWidths.slice(column, column + span).reduce((a, b) => a + b, 0) * TYPE_AREA_MM.width;
  return {
    id: table.id,
    caption: table.caption,
    columnWidths: table.columnWidths,
    headerRows: table.headerRows,
    rowGroups: table.rowGroups,
    rows: placeCells(table.rows, { columns: table.gridColumns }).map((row) =>
      row.map(({ cell, column }): PrintCell => {
        if (cell.kind === 'value') {
          const text = cellText(report, totals, cell.path);
          return { text, lines: [text], rowSpan: 1, colSpan: cell.colSpan, header: false, scope: null, numeric: true };
        }
        const lines = cell.words ? labelLines(cell.words, lineCapacity(widthMm(column, cell.colSpan))) : [cell.text];
        return { text: cell.text, lines, rowSpan: cell.rowSpan, colSpan: cell.colSpan, header: true, scope: cell.scope, numeric: false };
      }),
    ),
  };
}

const paragraphs = (text: string): PrintBlock[] => proseParagraphs(text).map((t) => ({ kind: 'paragraph', text: t }));

/** Parts with text, numbered anew so that a part left out leaves no gap: （一）（二）（三）. */
function parts(report: DraftReport, list: readonly ProsePart[], first = 1): PrintBlock[] {
  return list
    .filter((part) => proseParagraphs(textAt(report, part.path)).length > 0)
    .flatMap((part, i): PrintBlock[] => [{ kind: 'heading', level: 2, text: numbered(part.label, first + i) }, ...paragraphs(textAt(report, part.path))]);
}

/** What stands under a section's heading: its table, or its prose in parts. */
function sectionBody(section: SectionId, report: DraftReport, totals: Totals): PrintBlock[] {
  const table = tableOfSection(section);
  if (table) return [{ kind: 'table', table: printTable(table, report, totals) }];
  if (section === 'overview') {
    const [intro, ...overviewParts] = OVERVIEW_PARTS;
    return [...paragraphs(intro ? textAt(report, intro.path) : ''), ...parts(report, overviewParts)];
  }
  if (section === 'problems') return PROBLEMS_PARTS.flatMap((part) => paragraphs(textAt(report, part.path)));
  const fee = feeStatement(report.other.fees);
  return [...(fee ? [{ kind: 'heading', level: 2, text: FEE_HEADING } as const, ...paragraphs(fee)] : []), ...parts(report, OTHER_PARTS, fee ? 2 : 1)];
}

/** 2026-01-16 → 2026年1月16日 (no leading zeros). */
export function chineseDate(iso: string | undefined): string {
  // A day the calendar does not have (「2025-13-45」, META-FORMAT) prints nothing rather than 「2025年13月45日」.
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m && isIsoDate(m[0]) ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** 「错误 2 项，须改正后才能发布；警告 1 项，请逐项核实。」 */
function problemSummary(errors: number, warnings: number): string {
  const mustFix = `${SEVERITY_LABELS.error} ${errors} 项，须改正后才能发布`;
  return warnings > 0 ? `${mustFix}；${SEVERITY_LABELS.warning} ${warnings} 项，请逐项核实。` : `${mustFix}。`;
}

function draftOf(findings: readonly Finding[]): PrintDocument['draft'] {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return null;
  const warnings = findings.filter((f) => f.severity === 'warning');
  return {
    banner: DRAFT_BANNER,
    heading: DRAFT_PROBLEMS_HEADING,
    summary: problemSummary(errors.length, warnings.length),
    problems: [...errors, ...warnings].map((f, i) => `${i + 1}.【${SEVERITY_LABELS[f.severity]}】${f.message}`),
    errors: errors.length,
    warnings: warnings.length,
  };
}

export function printModel(report: DraftReport, findings: readonly Finding[]): PrintDocument {
  // The totals as the report carries them (README, 「Printed totals」), so the page says what the
  // embedded report and the list of problems say.
  const totals = totalsAsPrinted(report, computeTotals(report));
  return {
    title: titleLines(report.meta),
    name: reportTitle(report.meta),
    blocks: [
      ...paragraphs(prefaceOf(report)),
      ...SECTION_IDS.flatMap((section): PrintBlock[] => [{ kind: 'heading', level: 1, text: SECTION_HEADINGS[section] }, ...sectionBody(section, report, totals)]),
    ],
    closing: { agency: report.meta.agency.trim(), date: chineseDate(report.meta.issuedOn) },
    draft: draftOf(findings),
  };
}

/** The print model with the findings of the checks as of `today` (browser and command line alike). */
export const printModelOf = (report: DraftReport, today: Date) => printModel(report, runChecks(report, { today }));

/** The heading of the list of reports a sum adds up, after its tables. */
export const SUMMED_REPORTS_HEADING = '汇总的报告';

/** 「本汇总逐格加总文末所列 12 份2024年度报告的表二、表三、表四…」: what a sum is, in one paragraph. */
function summaryIntro(sum: DraftReport): string {
  const count = sum.summary?.of.length ?? 0;
  const year = sum.meta.year === null ? '' : `${sum.meta.year}年度`;
  const scope = sum.meta.scope ? `，${SCOPE_LABEL}为${SCOPE_LABELS[sum.meta.scope]}` : '';
  const tables = TABLES.map((t) => t.shortName).join('、');
  return `本汇总逐格加总文末所列 ${count} 份${year}报告的${tables}（${FORMAT_NAME}格式）${scope}；合计数按同一方法重新计算，行政事业性收费金额（万元）按十进制精确相加。`;
}

/** 「3. 某某县司法局（部门/司法局.docx）」 */
const summedLine = ({ agency, file }: { agency: string; file: string }, i: number) => `${i + 1}. ${agency.trim() || '（未填写机关名称）'}（${file}）`;

/**
 * The summed tables (汇总与核查) as a document, through the same blocks and tables as a report:
 * the title 「{机关}」/「{年度}年度…数据汇总」, what it covers, the headings 二、三、四 with the three
 * tables in the template's geometry, then the reports it sums. `findings` are the sum's own (its
 * balance naming the reports that cause it): an error makes it a draft, as a report's does.
 */
export function summaryPrintModel(sum: DraftReport, findings: readonly Finding[]): PrintDocument {
  const totals = computeTotals(sum);
  const of = sum.summary?.of ?? [];
  return {
    title: summaryTitleLines(sum.meta),
    name: summaryTitle(sum.meta),
    blocks: [
      { kind: 'paragraph', text: summaryIntro(sum) },
      ...TABLES.flatMap((table): PrintBlock[] => [
        { kind: 'heading', level: 1, text: SECTION_HEADINGS[table.section] },
        { kind: 'table', table: printTable(table, sum, totals) },
      ]),
      { kind: 'heading', level: 1, text: `${SUMMED_REPORTS_HEADING}（${of.length} 份）` },
      ...of.map((entry, i): PrintBlock => ({ kind: 'paragraph', text: summedLine(entry, i) })),
    ],
    closing: { agency: '', date: '' },
    draft: draftOf(findings),
  };
}
