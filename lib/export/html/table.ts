// A table of the print model as an HTML table: header rows in <thead>, each group of body rows
// (the rows under one merged label) a <tbody> that print never splits, labels as <th> with their
// scope, numbers as <td>, the template's merges as spans, a label's printed lines joined by <br>.
// On the page every data cell also names its headers (`headers`), for a screen reader to read
// 「（三）不予公开 1.属于国家秘密 商业企业」; the fragment carries its borders and widths in
// attributes and inline styles, which CMS editors keep.
import { placeCells } from '@/lib/report/grid';
import { escapeHtml } from './escape';
import type { Target } from './style';
import type { PrintCell, PrintTable } from '../print-model';

const span = (name: string, n: number) => (Number.isInteger(n) && n > 1 ? ` ${name}="${n}"` : '');
const percent = (width: number) => `${Number((width * 100).toFixed(3))}%`;

/** Wide enough that no column is narrower than three characters: on a phone the table scrolls. */
const minWidth = (widths: readonly number[]) => `${Math.ceil(Math.max(20, 3 / Math.min(...widths)))}em`;

type Placed = { cell: PrintCell; row: number; column: number; rowSpan: number; colSpan: number; id: string };

/** Where the body's groups start, by row index: the header rows first. */
function groupStarts(table: PrintTable): number[] {
  const starts = [table.headerRows];
  for (const size of table.rowGroups) starts.push((starts[starts.length - 1] ?? 0) + size);
  return starts;
}

const covers = (p: Placed, row: number, column: number) => p.row <= row && row < p.row + p.rowSpan && p.column <= column && column < p.column + p.colSpan;

/** The row labels to the left of a cell, outermost first: 「三、本年度办理结果」「（三）不予公开」「1.属于国家秘密」. */
const rowHeadsOf = (target: Placed, all: readonly Placed[]) =>
  all.filter((p) => p.cell.scope === 'row' && p.column < target.column && covers(p, target.row, p.column)).sort((a, b) => a.column - b.column);

/**
 * The headers of a data cell: the column labels above it — the header rows, and in table 二 the
 * labels of its own block — then its row labels.
 */
function headersOf(target: Placed, all: readonly Placed[], blockStart: number, headerRows: number): string[] {
  const columnHeads = all.filter(
    (p) => p.cell.scope === 'col' && p.row < target.row && (p.row < headerRows || p.row >= blockStart) && covers(p, p.row, target.column),
  );
  return [...columnHeads.sort((a, b) => a.row - b.row), ...rowHeadsOf(target, all)].map((p) => p.id);
}

function renderCell(placed: Placed, table: PrintTable, target: Target, headers: readonly string[], starts: readonly number[]): string {
  const { cell } = placed;
  const spans = `${span('rowspan', cell.rowSpan)}${span('colspan', cell.colSpan)}`;
  const text = cell.lines.map(escapeHtml).join('<br>');
  const width = table.columnWidths.slice(placed.column, placed.column + cell.colSpan).reduce((a, b) => a + b, 0);
  // The fragment's widths and alignment stand in attributes too: an editor that strips <col> or styles keeps them.
  const sized = target.kind === 'fragment' && cell.colSpan === 1 ? ` width="${percent(width)}"` : '';
  const own = target.kind === 'fragment' && cell.colSpan === 1 ? `width:${percent(width)}` : undefined;
  const rowLabel = cell.scope === 'row' && cell.rowSpan === 1;
  const align = target.kind === 'fragment' ? ` align="${rowLabel ? 'left' : 'center'}" valign="middle"` : '';
  if (!cell.header) {
    const named = target.kind === 'page' && headers.length > 0 ? ` headers="${headers.join(' ')}"` : '';
    return `<td${spans}${named}${sized}${align}${target.style('value', own)}>${text}</td>`;
  }
  // A row label over a whole group of rows (「三、本年度办理结果」) heads its <tbody>.
  const groupLabel = cell.scope === 'row' && cell.rowSpan > 1 && starts.some((start, i) => start === placed.row && (starts[i + 1] ?? 0) - start === cell.rowSpan);
  const scope = cell.scope ? ` scope="${groupLabel ? 'rowgroup' : cell.scope}"` : '';
  const id = target.kind === 'page' ? ` id="${placed.id}"` : '';
  const named = target.kind === 'page' && cell.scope === 'row' && headers.length > 0 ? ` headers="${headers.join(' ')}"` : '';
  // A row label spanning several rows heads a group and stands centred, as in the printed form.
  return `<th${id}${scope}${spans}${named}${sized}${align}${target.style(rowLabel ? 'rowHead' : 'columnHead', own)}>${text}</th>`;
}

export function renderTable(table: PrintTable, target: Target, labelledBy: string | null): string {
  const placed: Placed[][] = placeCells(table.rows, { columns: table.columnWidths.length }).map((row) =>
    row.map((p) => ({ ...p, id: `${table.id}-r${p.row + 1}c${p.column + 1}` })),
  );
  const everyCell = placed.flat();
  const starts = groupStarts(table);
  const blockStart = (row: number) => [...starts].reverse().find((start) => start <= row) ?? 0;
  const headers = (p: Placed) =>
    !p.cell.header ? headersOf(p, everyCell, blockStart(p.row), table.headerRows) : p.cell.scope === 'row' ? rowHeadsOf(p, everyCell).map((h) => h.id) : [];
  const renderRow = (row: readonly Placed[]) => `<tr>${row.map((p) => renderCell(p, table, target, headers(p), starts)).join('')}</tr>`;
  const head = placed.slice(0, table.headerRows);
  const groups = starts.slice(0, -1).map((start, i) => placed.slice(start, starts[i + 1]));
  const fragment = target.kind === 'fragment';
  const named = labelledBy && !fragment ? ` aria-labelledby="${labelledBy}"` : '';
  // The page's wrapper scrolls a wide table on a phone: it can take the focus so that the keyboard scrolls it too.
  const wrap = fragment ? target.style('tableWrap') : `${target.style('tableWrap')} role="region"${named} tabindex="0"`;
  const attributes = fragment ? ' border="1" cellspacing="0" cellpadding="4" width="100%"' : '';
  return [
    `<div${wrap}>`,
    `<table${named}${attributes}${target.style('table', `min-width:${minWidth(table.columnWidths)}${fragment ? '' : ';table-layout:fixed'}`)}>`,
    ...(fragment ? [] : [`<colgroup>${table.columnWidths.map((w) => `<col style="width:${percent(w)}">`).join('')}</colgroup>`]),
    ...(head.length > 0 ? ['<thead>', ...head.map(renderRow), '</thead>'] : []),
    ...groups.flatMap((rows) => ['<tbody>', ...rows.map(renderRow), '</tbody>']),
    '</table>',
    '</div>',
  ].join('\n');
}
