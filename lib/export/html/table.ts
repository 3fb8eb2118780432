// A table of the print model as a semantic HTML table: caption, column widths, header rows in
// <thead>, labels as <th> with their scope, numbers as <td>, the template's merges as spans.
import { escapeHtml } from './escape';
import type { Styler } from './style';
import type { PrintCell, PrintTable } from '../print-model';

const span = (name: string, n: number) => (Number.isInteger(n) && n > 1 ? ` ${name}="${n}"` : '');

function renderCell(cell: PrintCell, style: Styler): string {
  const spans = `${span('rowspan', cell.rowSpan)}${span('colspan', cell.colSpan)}`;
  const text = escapeHtml(cell.text);
  if (!cell.header) return `<td${spans}${style('value')}>${text}</td>`;
  const scope = cell.scope ? ` scope="${cell.scope}"` : '';
  // A row label spanning several rows heads a group and stands centred, as in the printed form.
  const role = cell.scope === 'row' && cell.rowSpan === 1 ? 'rowHead' : 'columnHead';
  return `<th${scope}${spans}${style(role)}>${text}</th>`;
}

const renderRows = (rows: readonly PrintCell[][], style: Styler) =>
  rows.map((row) => `<tr>${row.map((cell) => renderCell(cell, style)).join('')}</tr>`).join('\n');

const percent = (width: number) => `${Number((width * 100).toFixed(3))}%`;

/** Wide enough that no column is narrower than three characters: on a phone the table scrolls. */
const minWidth = (widths: readonly number[]) => `${Math.ceil(Math.max(20, 3 / Math.min(...widths)))}em`;

export function renderTable(table: PrintTable, style: Styler): string {
  const head = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  return [
    `<div${style('tableWrap')}>`,
    `<table${style('table', `min-width:${minWidth(table.columnWidths)}`)}>`,
    `<caption${style('caption')}>${escapeHtml(table.caption)}</caption>`,
    `<colgroup>${table.columnWidths.map((w) => `<col style="width:${percent(w)}">`).join('')}</colgroup>`,
    ...(head.length > 0 ? ['<thead>', renderRows(head, style), '</thead>'] : []),
    '<tbody>',
    renderRows(body, style),
    '</tbody>',
    '</table>',
    '</div>',
  ].join('\n');
}
