// A block copied from Excel or WPS, read onto a table of the template by its own labels: the row
// labels a selection often carries (「一、本年新收…」「（三）不予公开」「1.属于国家秘密」) and the column
// headings (自然人 … 总计; 行政复议 · 结果维持 …). Leading and trailing text columns and header rows
// are dropped. A block that cannot be aligned with certainty is refused, saying what was found;
// a block without any label is the clerk's to place (it fills right and down from the cell).
import type { TableLayout, ValueCell } from '@/lib/report/template/layout';
import { cellKind, labelKey } from '../normalise';

/** Where each number of the block goes: a cell of the template (a computed one is compared, not written). */
export type BlockCell = { path: string; text: string; computed: boolean };

export type BlockReading =
  | { kind: 'positional' }
  | { kind: 'aligned'; cells: BlockCell[]; rows: string[]; byHeadings: boolean }
  | { kind: 'refused'; reason: string };

type TemplateRow = { label: string; keys: string[]; cells: ValueCell[] };

/** The template's value rows, each with the keys its label may be printed as (whole, or its own item). */
function templateRows(table: TableLayout): TemplateRow[] {
  return table.rows.flatMap((row): TemplateRow[] => {
    const cells = row.flatMap((cell) => (cell.kind === 'value' ? [cell] : []));
    const first = cells[0];
    if (!first) return [];
    const parts = first.rowLabel.split(' ');
    const keys = [labelKey(first.rowLabel), ...(parts.length > 1 ? [labelKey(parts[parts.length - 1] ?? '')] : [])];
    return [{ label: first.rowLabel, keys, cells }];
  });
}

const TEMPLATE_ROWS = new WeakMap<TableLayout, TemplateRow[]>();
const rowsOf = (table: TableLayout) => TEMPLATE_ROWS.get(table) ?? TEMPLATE_ROWS.set(table, templateRows(table)).get(table) ?? [];

/** The one candidate whose longest key is contained in `key`; null when none is, or two tie. */
function uniqueLongest<T>(candidates: readonly T[], keysOf: (c: T) => readonly string[], key: string): T | null {
  let best: { c: T; length: number; tied: boolean } | null = null;
  for (const c of candidates) {
    const length = Math.max(0, ...keysOf(c).filter((k) => k !== '' && key.includes(k)).map((k) => k.length));
    if (length === 0) continue;
    if (!best || length > best.length) best = { c, length, tied: false };
    else if (length === best.length) best.tied = true;
  }
  return best && !best.tied ? best.c : null;
}

const isValue = (text: string) => cellKind(text) === 'number' || cellKind(text) === 'placeholder';
const isLabel = (text: string) => cellKind(text) === 'label';

/**
 * Each data row's label cells as one label, carrying down the labels a merged cell printed only
 * once (as an outline: a new label clears the deeper ones). Header rows carry nothing.
 */
function rowLabels(block: readonly (readonly string[])[], labelColumns: number, isData: (row: readonly string[]) => boolean): string[] {
  const carried: string[] = Array<string>(labelColumns).fill('');
  return block.map((row) => {
    if (!isData(row)) return '';
    for (let c = 0; c < labelColumns; c++) {
      const text = row[c] ?? '';
      if (text !== '' && isLabel(text)) {
        carried[c] = text;
        carried.fill('', c + 1);
      }
    }
    return carried.filter(Boolean).join(' ');
  });
}

/**
 * Each column's heading: the header cells above it. A merged heading printed once is carried right
 * over the empty cells it covers, but never past where a heading above it ends.
 */
function columnHeadings(header: readonly (readonly string[])[], width: number): string[] {
  let starts: boolean[] = Array<boolean>(width).fill(false);
  const rows = header.map((row) => {
    let carried = '';
    const mine = Array.from({ length: width }, (_, c) => (row[c] ?? '') !== '' || (starts[c] ?? false));
    const texts = Array.from({ length: width }, (_, c) => {
      const text = row[c] ?? '';
      if (mine[c]) carried = isLabel(text) ? text : '';
      return carried;
    });
    starts = mine;
    return texts;
  });
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? '').filter(Boolean).join(' '));
}

/** `focused`: the cell pasted at; rows without a label go to its row and the rows below it. */
export function readBlock(table: TableLayout, raw: readonly (readonly string[])[], focused?: string): BlockReading {
  const width = Math.max(0, ...raw.map((row) => row.length));
  const block = raw.map((row) => Array.from({ length: width }, (_, c) => (row[c] ?? '').trim()));
  if (!block.some((row) => row.some(isLabel))) return { kind: 'positional' };

  const isDataRow = (row: readonly string[]) => row.some(isValue);
  // Label columns: those before the first column that holds a number in any data row.
  const firstValueColumn = Math.min(...block.filter(isDataRow).map((row) => row.findIndex(isValue)).filter((c) => c >= 0));
  const labelColumns = Number.isFinite(firstValueColumn) ? firstValueColumn : width;
  const labels = rowLabels(block, labelColumns, isDataRow);
  const templateRowsAll = rowsOf(table);
  // Rows without a label: the table's only row (表四), or the focused cell's row and those below.
  let unlabelled = templateRowsAll.length === 1 ? 0 : templateRowsAll.findIndex((t) => t.cells.some((c) => c.path === focused));

  const cells: BlockCell[] = [];
  const rowsFound: string[] = [];
  const unknownRows: string[] = [];
  let header: string[][] = [];
  let byHeadings = false;
  let dataRows = 0;
  for (const [r, row] of block.entries()) {
    if (!isDataRow(row)) {
      // A run of rows without numbers heads the rows below it (table 二 repeats its heading per block).
      header = r > 0 && isDataRow(block[r - 1] ?? []) ? [row] : [...header, row];
      continue;
    }
    dataRows++;
    const label = labels[r] ?? '';
    const template =
      label === '' ? (unlabelled >= 0 ? templateRowsAll[templateRowsAll.length === 1 ? 0 : unlabelled++] ?? null : null) : uniqueLongest(templateRowsAll, (t) => t.keys, labelKey(label));
    if (!template) {
      unknownRows.push(label || `第 ${r + 1} 行`);
      continue;
    }
    const values = row.slice(labelColumns);
    const headings = columnHeadings(header, width).slice(labelColumns);
    const headed = headings.some((h) => h !== '');
    let placed: (ValueCell | null)[];
    if (headed) {
      byHeadings = true;
      placed = headings.map((h, i) => {
        if ((values[i] ?? '') === '') return null;
        return uniqueLongest(template.cells, (cell) => [labelKey(cell.name), labelKey(cell.columnLabel)], labelKey(h));
      });
      const lost = values.findIndex((v, i) => v !== '' && placed[i] === null);
      if (lost >= 0) return { kind: 'refused', reason: `「${template.label}」这一行的第 ${labelColumns + lost + 1} 列${headings[lost] ? `表头「${headings[lost]}」` : '没有表头'}，对不上本表的哪一列，没有粘贴。请连同本表的表头一起复制，或只复制数字部分。` };
    } else {
      let end = values.length;
      while (end > 0 && (values[end - 1] ?? '') === '') end--;
      const core = values.slice(0, end);
      const inputs = template.cells.filter((c) => !c.computed);
      const order = core.length === template.cells.length ? template.cells : core.length === inputs.length ? inputs : null;
      // A one-number row printed over merged cells (表二 行政许可): its number, then the merge's empty cells.
      const single = template.cells.length === 1 && core.filter((v) => v !== '').length === 1 && core[0] !== '' ? template.cells : null;
      if (!order && !single) {
        return {
          kind: 'refused',
          reason: `「${template.label}」这一行有 ${core.length} 个数字，本表这一行有 ${template.cells.length} 格（不含总计 ${inputs.length} 格），分不清对应哪几列，没有粘贴。请连同表头一起复制，或只复制数字部分。`,
        };
      }
      placed = single ? [single[0] ?? null] : (order ?? []);
    }
    placed.forEach((cell, i) => {
      if (cell) cells.push({ path: cell.path, text: values[i] ?? '', computed: cell.computed !== null });
    });
    rowsFound.push(template.label);
  }
  if (unknownRows.length > 0) {
    const named = unknownRows.slice(0, 3).map((l) => `「${l.length > 20 ? `${l.slice(0, 20)}…` : l}」`).join('');
    return { kind: 'refused', reason: `粘贴的内容中${named}${unknownRows.length > 3 ? `等 ${unknownRows.length} 行` : ''}认不出是本表的哪一行，没有粘贴。请只复制本表的栏目和数字。` };
  }
  if (dataRows === 0) return { kind: 'refused', reason: '粘贴的内容只有文字、没有数字，没有粘贴。' };
  return { kind: 'aligned', cells, rows: rowsFound, byHeadings };
}
