// An Excel workbook as the importer reads it: each sheet's grid, merged cells expanded as a DOCX
// table's are (a merged cell repeats its text in every slot it covers), so that it goes through the
// same table recognition. A sheet often carries a title and the section captions as rows of one
// text: those are also given as paragraphs, for the section headings to be found. Never throws.
import type { DocumentBlock, ParsedDocument } from '../../parsed-document';
import { MAX_SPANNED_SLOTS } from '../grid';
import type { CellValue, Worksheet } from './sheet';
import { readWorkbook } from './workbook';
import { documentTooLarge } from '../../limits';

export type XlsxRead = { ok: true; document: ParsedDocument; sheets: number } | { ok: false; problems: string[] };

const textOf = (value: CellValue | undefined): string =>
  value === undefined ? '' : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value).trim();

/** The sheet's used range as rows of texts, merges expanded, leading blank columns dropped. */
export function sheetGrid(sheet: Worksheet): string[][] {
  let height = 0;
  let width = 0;
  for (const [r, line] of sheet.cells) {
    height = Math.max(height, r + 1);
    for (const c of line.keys()) width = Math.max(width, c + 1);
  }
  // A merged cell covers its whole range, as a DOCX cell merged down covers its rows.
  for (const merge of sheet.merges) {
    if (!textOf(sheet.cells.get(merge.row)?.get(merge.column))) continue;
    height = Math.max(height, merge.row + merge.rowSpan);
    width = Math.max(width, merge.column + merge.colSpan);
  }
  const rows = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => textOf(sheet.cells.get(r)?.get(c))));
  let budget = MAX_SPANNED_SLOTS;
  for (const merge of sheet.merges) {
    const text = rows[merge.row]?.[merge.column];
    if (!text) continue;
    for (let r = merge.row; r < Math.min(height, merge.row + merge.rowSpan); r++) {
      for (let c = merge.column; c < Math.min(width, merge.column + merge.colSpan) && budget > 0; c++, budget--) {
        const line = rows[r];
        if (line) line[c] = text;
      }
    }
  }
  const first = Math.min(width, ...rows.map((row) => row.findIndex((text) => text !== '')).filter((c) => c >= 0));
  return rows.map((row) => row.slice(first));
}

const distinctTexts = (row: readonly string[]) => new Set(row.filter((text) => text !== ''));
const SECTION_CAPTION = /^[一二三四五六]\s*[、,，.．]/;

/** Rows of one text above the first table row (a title) or numbered as a section: 「二、主动公开政府信息情况」. */
export function sheetBlocks(grid: readonly (readonly string[])[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let table: string[][] = [];
  let tableSeen = false;
  const endTable = () => {
    if (table.length > 0) blocks.push({ kind: 'table', rows: table });
    table = [];
  };
  for (const row of grid) {
    const texts = [...distinctTexts(row)];
    if (texts.length === 0) {
      endTable();
      continue;
    }
    const only = texts.length === 1 ? texts[0] : undefined;
    if (only !== undefined && (!tableSeen || SECTION_CAPTION.test(only))) {
      endTable();
      blocks.push({ kind: 'paragraph', text: only });
    }
    if (only === undefined) tableSeen = true;
    table.push([...row]);
  }
  endTable();
  return blocks;
}

export function readXlsx(bytes: Uint8Array): XlsxRead {
  const large = documentTooLarge(bytes.byteLength);
  if (large) return { ok: false, problems: [large] };
  const workbook = readWorkbook(bytes);
  if (!workbook.ok) return workbook;
  const blocks = workbook.sheets.flatMap((sheet) => sheetBlocks(sheetGrid(sheet)));
  return { ok: true, document: { blocks }, sheets: workbook.sheets.length };
}
