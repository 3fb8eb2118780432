// Pasting a block copied from Excel or WPS at the focused cell: read by its own labels and headings
// when it carries them (lib/import/recognise/tables/block.ts), else right and down from the cell;
// one message says what was filled, from where to where, what was skipped, and whether the block's
// printed totals agree with the sums.
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, MAX_SPANNED_SLOTS, spanOf } from '@/lib/import/read/grid';
import { readBlock } from '@/lib/import/recognise/tables/block';
import { fillGrid, placeCells, placedWidth } from '@/lib/report/grid';
import { parseCount } from '@/lib/report/numbers';
import type { TableLayout } from '@/lib/report/template/layout';
import { CELL_BY_PATH } from '@/lib/report/template/tables';
import type { Totals } from '@/lib/report/totals';
import { parserFor, type ValueKind } from '@/lib/report/values';
import type { GridModel } from './grid-model';

export { parseTsv } from './paste-read';

export type PastePlan = {
  writes: { path: string; value: number | string | null }[];
  notNumbers: string[];
  /** Numbers the block printed for computed totals: compared with the sums once written, never typed in. */
  printed: { path: string; text: string }[];
  outside: number;
  /** How the block was read: by its own labels (and headings), or right and down from the cell. */
  alignment: { byLabels: false } | { byLabels: true; rows: number; byHeadings: boolean };
  /** Why nothing was pasted, when the block could not be aligned with certainty. */
  refused: string | null;
};

/**
 * The first table of copied HTML, its merged cells placed on the grid with their text in the first
 * slot only. No span reaches further than across the template's grid (`into`, the table pasted
 * into): a copied cell of this report is never wider or taller than the whole table, so
 * 「colspan="100000000"」 is read as the table's width and 「colspan="1e10"」 as 1, and the block stays
 * as small as what was copied.
 */
export function parseHtmlTable(doc: Document, into: Pick<TableLayout, 'gridColumns' | 'rows'>): string[][] | null {
  const table = doc.querySelector('table');
  if (!table) return null;
  const rows = [...table.querySelectorAll('tr')].slice(0, MAX_GRID_ROWS).map((tr) =>
    [...tr.querySelectorAll('td, th')].slice(0, MAX_GRID_COLUMNS).map((cell) => ({
      text: (cell.textContent ?? '').trim(),
      rowSpan: spanOf(cell.getAttribute('rowspan'), into.rows.length),
      colSpan: spanOf(cell.getAttribute('colspan'), into.gridColumns),
    })),
  );
  const placed = placeCells(rows, { columns: MAX_GRID_COLUMNS, slots: MAX_SPANNED_SLOTS });
  return fillGrid(placed, placedWidth(placed), (cell, first) => (first ? cell.text : ''), '');
}

const emptyPlan = (): PastePlan => ({ writes: [], notNumbers: [], printed: [], outside: 0, alignment: { byLabels: false }, refused: null });

function addCell(plan: PastePlan, cell: { path: string; computed: boolean; valueKind: ValueKind }, text: string) {
  if (cell.computed) {
    if (text.trim() !== '') plan.printed.push({ path: cell.path, text });
    return;
  }
  const parsed = parserFor(cell.valueKind)(text);
  if (parsed.ok) plan.writes.push({ path: cell.path, value: parsed.value });
  else plan.notNumbers.push(text.trim());
}

export function planPaste(table: TableLayout, model: GridModel, startPath: string, block: readonly (readonly string[])[]): PastePlan {
  const plan = emptyPlan();
  const start = model.byPath.get(startPath);
  if (!start) return plan;
  const reading = readBlock(table, block, startPath);
  if (reading.kind === 'refused') return { ...plan, refused: reading.reason };
  if (reading.kind === 'aligned') {
    for (const cell of reading.cells) {
      const template = model.byPath.get(cell.path);
      if (template) addCell(plan, { path: cell.path, computed: template.computed !== null, valueKind: template.valueKind }, cell.text);
    }
    return { ...plan, alignment: { byLabels: true, rows: reading.rows.length, byHeadings: reading.byHeadings } };
  }
  block.forEach((line, i) => {
    const row = model.rows[start.row + i];
    line.forEach((text, j) => {
      const cell = row?.[start.index + j];
      if (!cell) plan.outside++;
      else addCell(plan, { path: cell.path, computed: cell.computed !== null, valueKind: cell.valueKind }, text);
    });
  });
  return plan;
}

/** The block's printed totals that differ from the sums of what was pasted. */
export function printedTotalsDiffer(plan: PastePlan, totals: Totals): { path: string; printed: string; sum: number | null }[] {
  return plan.printed.flatMap(({ path, text }) => {
    const parsed = parseCount(text);
    const sum = totals.get(path) ?? null;
    return parsed.ok && parsed.value === sum ? [] : [{ path, printed: text.trim(), sum }];
  });
}

const cellName = (path: string) => CELL_BY_PATH.get(path)?.name ?? path;

/** One message for the clerk: how many cells, from which to which, what was skipped and why, and what the printed totals said. */
export function describePaste(plan: PastePlan, differ: ReturnType<typeof printedTotalsDiffer>): string {
  if (plan.refused) return plan.refused;
  const first = plan.writes[0];
  const last = plan.writes[plan.writes.length - 1];
  if (!first || !last) {
    if (plan.printed.length > 0 && plan.notNumbers.length === 0) return '没有粘贴：总计由各项自动相加得出，不能粘贴或填写。请从要填写的第一格开始粘贴。';
    return `没有粘贴：${plan.notNumbers.length > 0 ? `${plan.notNumbers.length} 格不是数字` : '没有可以填写的数字'}。`;
  }
  const how = plan.alignment.byLabels ? `按粘贴内容中的栏目${plan.alignment.byHeadings ? '和表头' : ''}对应到 ${plan.alignment.rows} 行，` : '';
  const span = first === last ? `「${cellName(first.path)}」` : `从「${cellName(first.path)}」到「${cellName(last.path)}」`;
  const skipped = [
    plan.notNumbers.length ? `${plan.notNumbers.length} 格不是数字（${plan.notNumbers.slice(0, 3).map((t) => `「${t}」`).join('')}${plan.notNumbers.length > 3 ? '等' : ''}）` : '',
    plan.outside ? `${plan.outside} 格超出了表格范围` : '',
  ].filter(Boolean);
  const totals =
    plan.printed.length === 0
      ? ''
      : differ.length === 0
        ? `粘贴内容中的 ${plan.printed.length} 个总计与自动相加的结果一致。`
        : `粘贴内容中有 ${differ.length} 个总计与各项相加不符：${differ
            .slice(0, 3)
            .map((d) => `「${cellName(d.path)}」原表为 ${d.printed}，相加为 ${d.sum ?? '空'}`)
            .join('；')}${differ.length > 3 ? ' 等' : ''}，请核对原表。`;
  return `${how}已粘贴 ${plan.writes.length} 格，${span}。${skipped.length ? `跳过 ${skipped.join('，')}。` : ''}${totals}`;
}
