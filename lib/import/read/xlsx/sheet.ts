// One worksheet's XML (xl/worksheets/sheetN.xml) as the values its cells store — the number a cell
// holds, never the text its number format shows (a cell shown as 「1,234」 or 「12.50」 holds 1234 or
// 12.5), a formula's cached value, shared and inline strings — with its merged ranges and column
// widths. Cells beyond the grid's bounds are dropped; everything is kept in arrays and Maps, so
// no name or text from the file ever becomes a property of an object.
import { decodeXmlEntities } from '../markup/entities';
import { markupTokens, type MarkupDialect } from '../markup/tokens';
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS } from '../grid';

const XML: MarkupDialect = { lowerCase: false, decode: decodeXmlEntities, rawText: new Set() };

/** What a cell stores: a number (as a number), a text, or a truth value. */
export type CellValue = number | string | boolean;

/** A merged range, 0-based, cut at the grid's bounds. */
export type Merge = { row: number; column: number; rowSpan: number; colSpan: number };

/** The cells kept: the grid's bounds for import; a read-back of a wide sheet may ask for more. */
export type SheetLimits = { rows: number; columns: number };
export const IMPORT_LIMITS: SheetLimits = { rows: MAX_GRID_ROWS, columns: MAX_GRID_COLUMNS };

export type Worksheet = {
  name: string;
  /** Row → column → value; blank cells are absent. */
  cells: Map<number, Map<number, CellValue>>;
  merges: Merge[];
  /** Column index → width in Excel's character units, where the sheet sets one. */
  columnWidths: Map<number, number>;
};

/** 「AB12」 → row 11, column 27 (0-based); null when it is not a cell reference. */
export function cellPosition(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(ref.toUpperCase());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/** A stored number as Excel shows it at full precision (15 significant digits): 0.1+0.2 → 0.3. */
export function storedNumber(raw: string): number | null {
  const n = Number(raw.trim());
  return raw.trim() !== '' && Number.isFinite(n) ? Number(n.toPrecision(15)) : null;
}

type OpenCell = { row: number; column: number; type: string; value: string; inline: string; inValue: boolean; inInline: number; phonetic: number };

function cellValue(cell: OpenCell, sharedStrings: readonly string[]): CellValue | null {
  switch (cell.type) {
    case 's': {
      const index = storedNumber(cell.value);
      return index !== null && Number.isInteger(index) && index >= 0 ? (sharedStrings[index] ?? null) : null;
    }
    case 'inlineStr':
      return cell.inline;
    case 'str':
      return cell.value;
    case 'b':
      return cell.value.trim() === '1';
    // An error (#DIV/0!, #REF!) is no value at all: the importer leaves the cell blank.
    case 'e':
      return null;
    case 'd':
      return cell.value.trim();
    default:
      return storedNumber(cell.value);
  }
}

function mergeOf(ref: string, limits: SheetLimits): Merge | null {
  const [from, to] = ref.split(':');
  const a = cellPosition(from ?? '');
  const b = cellPosition(to ?? from ?? '');
  if (!a || !b || a.row >= limits.rows || a.column >= limits.columns) return null;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowSpan: Math.min(Math.max(a.row, b.row), limits.rows - 1) - row + 1,
    colSpan: Math.min(Math.max(a.column, b.column), limits.columns - 1) - column + 1,
  };
}

function columnWidths(attributes: ReadonlyMap<string, string>, widths: Map<number, number>, limits: SheetLimits): void {
  const min = Number(attributes.get('min'));
  const max = Math.min(Number(attributes.get('max')), limits.columns);
  const width = Number(attributes.get('width'));
  if (!Number.isInteger(min) || min < 1 || !Number.isFinite(width)) return;
  for (let c = min; c <= max; c++) widths.set(c - 1, width);
}

export function readWorksheet(name: string, xml: string, sharedStrings: readonly string[], limits: SheetLimits = IMPORT_LIMITS): Worksheet {
  const sheet: Worksheet = { name, cells: new Map(), merges: [], columnWidths: new Map() };
  let row = -1;
  let column = -1;
  let cell: OpenCell | null = null;
  for (const token of markupTokens(xml, XML)) {
    if (token.kind === 'open') {
      const local = token.name.slice(token.name.indexOf(':') + 1);
      if (local === 'row') {
        const r = Number(token.attributes.get('r'));
        row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
        column = -1;
      } else if (local === 'c') {
        const at = cellPosition(token.attributes.get('r') ?? '');
        if (at) row = at.row;
        column = at ? at.column : column + 1;
        cell = { row, column, type: token.attributes.get('t') ?? 'n', value: '', inline: '', inValue: false, inInline: 0, phonetic: 0 };
        if (token.selfClosing) cell = null;
      } else if (cell && local === 'v') {
        cell.inValue = !token.selfClosing;
      } else if (cell && local === 't' && !token.selfClosing) {
        cell.inInline++;
      } else if (cell && local === 'rPh' && !token.selfClosing) {
        cell.phonetic++;
      } else if (local === 'mergeCell') {
        const merge = mergeOf(token.attributes.get('ref') ?? '', limits);
        if (merge) sheet.merges.push(merge);
      } else if (local === 'col') {
        columnWidths(token.attributes, sheet.columnWidths, limits);
      }
    } else if (token.kind === 'text' && cell) {
      if (cell.inValue) cell.value += token.text;
      else if (cell.inInline > 0 && cell.phonetic === 0) cell.inline += token.text;
    } else if (token.kind === 'close') {
      const local = token.name.slice(token.name.indexOf(':') + 1);
      if (cell && local === 'v') cell.inValue = false;
      else if (cell && local === 't') cell.inInline = Math.max(0, cell.inInline - 1);
      else if (cell && local === 'rPh') cell.phonetic = Math.max(0, cell.phonetic - 1);
      else if (cell && local === 'c') {
        const value = cellValue(cell, sharedStrings);
        const blank = value === null || (typeof value === 'string' && value.trim() === '');
        if (!blank && cell.row < limits.rows && cell.column < limits.columns) {
          const line = sheet.cells.get(cell.row) ?? new Map<number, CellValue>();
          line.set(cell.column, value);
          sheet.cells.set(cell.row, line);
        }
        cell = null;
      }
    }
  }
  return sheet;
}
