// The three tables as sheets: each in the template's own geometry (the print model's cells, placed
// by the one placement, merged where the template merges), its columns as wide as printed, and its
// numbers as numbers; and, for many reports, one row per report with every cell of a table as a
// column named by its group, row and column labels (ValueCell.name).
import { placeCells } from '@/lib/report/grid';
import type { DraftReport } from '@/lib/report/file/schema';
import type { TableLayout } from '@/lib/report/template/layout';
import { TABLES } from '@/lib/report/template/tables';
import { computeTotals, totalsAsPrinted } from '@/lib/report/totals';
import { getAt } from '@/lib/report/paths';
import { lineCapacity, widthOf } from '../label-lines';
import { PT_PER_MM, SIZE_PT, TABLE_CELL, TYPE_AREA_MM } from '../page';
import { printModel, type PrintCell, type PrintTable } from '../print-model';
import type { XlsxCell, XlsxSheet } from './write';

/** Excel measures a column in digits of the default face: a digit of 五号 宋体 is half a character. */
const DIGIT_MM = SIZE_PT.table / 2 / PT_PER_MM;
/** A printed line of a table cell, in points, and the cell's padding above and below. */
const LINE_PT = SIZE_PT.table * TABLE_CELL.lineHeight;
const PADDING_PT = 4;

export const SHEET_LABELS = { sum: '汇总', detail: '分机关明细', findings: '问题清单', agency: '机关', file: '文件' } as const;

/** A printed width in millimetres as an Excel column width (two decimals). */
export const columnWidthOf = (mm: number) => Math.round((mm / DIGIT_MM) * 100) / 100;

/** The number a printed cell holds (counts, and 万元 amounts such as 「12.5」), or its text. */
export function cellValue(text: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** How many printed lines a cell of this width takes: its label's lines, or its text wrapped. */
function linesOf(cell: PrintCell, widthMm: number): number {
  const capacity = Math.max(1, lineCapacity(widthMm));
  return Math.max(cell.lines.length, Math.ceil(widthOf(cell.text) / capacity), 1);
}

/** A title (and a caption) over the table, merged across it, then the table as printed. */
export function templateSheet(name: string, table: PrintTable, headings: readonly string[]): XlsxSheet {
  const columns = table.columnWidths.length;
  const widthsMm = table.columnWidths.map((share) => share * TYPE_AREA_MM.width);
  const spanMm = (column: number, span: number) => widthsMm.slice(column, column + span).reduce((a, b) => a + b, 0);
  const top = headings.length;
  const rows: (XlsxCell | null)[][] = [
    ...headings.map((text, i) => [{ value: text, colSpan: columns, bold: i === 0 }, ...Array<null>(columns - 1).fill(null)]),
    ...table.rows.map(() => Array<XlsxCell | null>(columns).fill(null)),
  ];
  const heights = new Map<number, number>();
  for (const p of placeCells(table.rows, { columns }).flat()) {
    const cell = p.cell;
    const line = rows[top + p.row];
    if (!line) continue;
    line[p.column] = {
      // A label breaks between its words, as printed (「商业↵企业」), wherever the face is wider.
      value: cell.numeric ? cellValue(cell.text) : cell.lines.join('\n'),
      rowSpan: p.rowSpan,
      colSpan: p.colSpan,
      header: cell.header,
      align: cell.scope === 'row' && cell.rowSpan === 1 ? 'left' : 'center',
      ruled: true,
    };
    if (p.rowSpan === 1) {
      const height = linesOf(cell, spanMm(p.column, p.colSpan)) * LINE_PT + PADDING_PT;
      heights.set(top + p.row, Math.max(heights.get(top + p.row) ?? 0, Math.round(height * 10) / 10));
    }
  }
  return { name, columns: widthsMm.map(columnWidthOf), rows, heights, stickyRows: top + table.headerRows, fitToPageWidth: true };
}

/** The three tables of a report as printed, one sheet each: 「表二 汇总」… */
export function reportTableSheets(report: DraftReport, title: string, suffix: string): XlsxSheet[] {
  const printed = printModel(report, []).blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
  return printed.map((table) => {
    const layout = TABLES.find((t) => t.id === table.id);
    const short = layout?.shortName ?? table.id;
    return templateSheet(suffix ? `${short} ${suffix}` : short, table, [title, table.caption]);
  });
}

const HEADER_WIDTH = 12;
const NAME_WIDTH = 24;

/** A header of `width` units: its lines (a character is two units) times the line. */
const headerHeight = (texts: readonly string[], width: number) =>
  Math.max(...texts.map((text) => Math.ceil((widthOf(text) * 2) / (width - 1)))) * LINE_PT + PADDING_PT;

export type DetailRow = { agency: string; file: string; report: DraftReport };

/** One row per report: 机关, 文件, then every cell of the table, the computed ones as printed; the sum last. */
export function detailSheet(table: TableLayout, rows: readonly DetailRow[], sum: DraftReport): XlsxSheet {
  const cells = table.rows.flatMap((row) => row.flatMap((cell) => (cell.kind === 'value' ? [cell] : [])));
  const header: XlsxCell[] = [SHEET_LABELS.agency, SHEET_LABELS.file, ...cells.map((cell) => cell.name)].map((value) => ({ value, header: true, ruled: true, bold: true }));
  const line = (agency: string, file: string, report: DraftReport, bold = false): XlsxCell[] => {
    const totals = totalsAsPrinted(report, computeTotals(report));
    return [
      { value: agency, align: 'left', ruled: true, bold },
      { value: file, align: 'left', ruled: true, bold },
      ...cells.map((cell): XlsxCell => {
        const value = totals.has(cell.path) ? totals.get(cell.path) : getAt(report, cell.path);
        return { value: typeof value === 'number' ? value : typeof value === 'string' ? cellValue(value) : '', ruled: true, bold };
      }),
    ];
  };
  return {
    name: `${table.shortName} ${SHEET_LABELS.detail}`,
    columns: [NAME_WIDTH, NAME_WIDTH, ...cells.map(() => HEADER_WIDTH)],
    rows: [header, ...rows.map((row) => line(row.agency, row.file, row.report)), line(SHEET_LABELS.sum, '', sum, true)],
    heights: new Map([[0, headerHeight(cells.map((cell) => cell.name), HEADER_WIDTH)]]),
    stickyRows: 1,
  };
}
