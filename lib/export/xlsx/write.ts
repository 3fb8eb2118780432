// Sheets of cells → the bytes of an .xlsx, in the browser and in Node alike. The only file that
// loads write-excel-file, and only when a workbook is written (a dynamic import: the page that
// never writes one never downloads it). Its "universal" build writes a Blob in both.
import { assertXmlSafe } from '@/lib/report/xml-characters';
import type { CellObject, Feature, Sheet } from 'write-excel-file/universal';
import { FACES, SIZE_PT } from '../page';

/** A cell where it starts: its value (a number stays a number) and how it looks. */
export type XlsxCell = {
  value: string | number;
  rowSpan?: number;
  colSpan?: number;
  header?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Drawn with thin borders, as the printed tables are. */
  ruled?: boolean;
  bold?: boolean;
};

export type XlsxSheet = {
  name: string;
  /** Column widths in Excel's units (digits of the default face). */
  columns: readonly number[];
  /** Dense rows: null where no cell starts (a slot covered by a merge, or an empty one). */
  rows: readonly (readonly (XlsxCell | null)[])[];
  /** Row heights in points, where a row needs one (wrapped labels). */
  heights?: ReadonlyMap<number, number>;
  /** Rows kept in view when scrolling (the header). */
  stickyRows?: number;
  /** Printed on A4, scaled to the page's width (a table as it is printed in the report). */
  fitToPageWidth?: boolean;
};

/**
 * A4, scaled to one page wide (as many tall as it takes): sheetPr comes first in a worksheet,
 * pageSetup after the merges, and the library writes neither.
 */
function fitToWidth(xml: string): string {
  if (xml.includes('<sheetPr') || xml.includes('<pageSetup')) return xml;
  return xml
    .replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
    .replace('</worksheet>', '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/></worksheet>');
}

// A long sheet (分机关明细: 177 cells a row, a row per agency — 177,000 cells for 1,000 reports) is
// not handed to the library cell by cell, which spends ~10 µs on each (its style lookup, its XML
// helpers). The library writes its first row and one exemplar of each distinct look of the other
// cells, so that it defines their styles; the rows are then written here with those style ids.
// Same cells, same styles; a tenth of the time.
const LONG_SHEET_ROWS = 100;

/** What decides a cell's style in cellObject (a row height or a span makes a sheet not "long"). */
const lookOf = (cell: XlsxCell) => `${typeof cell.value === 'number' ? 'n' : cell.value === '' ? 'e' : 's'}|${cell.align ?? 'center'}|${cell.bold ? 'b' : ''}|${cell.ruled ? 'r' : ''}`;

type LongSheet = { looks: Map<string, number>; exemplars: XlsxCell[] };

function longSheetOf(sheet: XlsxSheet): LongSheet | null {
  if (sheet.rows.length < LONG_SHEET_ROWS || [...(sheet.heights?.keys() ?? [])].some((r) => r > 0)) return null;
  const looks = new Map<string, number>();
  const exemplars: XlsxCell[] = [];
  for (const row of sheet.rows.slice(1)) {
    for (const cell of row) {
      if (!cell) continue;
      if ((cell.rowSpan ?? 1) > 1 || (cell.colSpan ?? 1) > 1) return null;
      const look = lookOf(cell);
      if (!looks.has(look)) {
        looks.set(look, exemplars.length);
        exemplars.push(cell);
      }
    }
  }
  return exemplars.length > 0 ? { looks, exemplars } : null;
}

/** 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Text as XML character data (writeWorkbook refuses the characters XML cannot hold before this). */
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellXml(cell: XlsxCell, ref: string, style: string | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof cell.value === 'number') return `<c r="${ref}"${s}><v>${cell.value}</v></c>`;
  if (cell.value === '') return `<c r="${ref}"${s}/>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.value)}</t></is></c>`;
}

/** The library's exemplar row (row 2) replaced by the sheet's own rows, with the exemplars' styles. */
function writeLongRows(xml: string, sheet: XlsxSheet, long: LongSheet): string {
  const start = xml.search(/<row r="2"[ >]/);
  const end = start < 0 ? -1 : xml.indexOf('</row>', start);
  const styles = end < 0 ? [] : [...xml.slice(start, end).matchAll(/<c r="[A-Z]+2"(?: s="(\d+)")?/g)].map((m) => m[1]);
  if (styles.length !== long.exemplars.length) throw new Error('write-excel-file did not write the exemplar row as expected');
  const columns = sheet.rows.reduce((n, row) => Math.max(n, row.length), 0);
  const names = Array.from({ length: columns }, (_, c) => columnName(c));
  const rows: string[] = [];
  sheet.rows.forEach((row, r) => {
    if (r === 0) return;
    const cells = row.map((cell, c) => (cell ? cellXml(cell, `${names[c]}${r + 1}`, styles[long.looks.get(lookOf(cell)) ?? -1]) : '')).join('');
    rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  return xml.slice(0, start) + rows.join('') + xml.slice(end + '</row>'.length);
}

/** The worksheets' own XML: long sheets' rows written here, and A4 fitted to the page's width. */
const worksheets = (sheets: readonly XlsxSheet[], long: readonly (LongSheet | null)[]): Feature<Blob> => ({
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transform: (xml, _options, { sheetIndex }) => {
          const sheet = sheets[sheetIndex];
          const plan = long[sheetIndex];
          const written = sheet && plan ? writeLongRows(xml, sheet, plan) : xml;
          return sheet?.fitToPageWidth ? fitToWidth(written) : written;
        },
      },
    },
  },
});

function cellObject(cell: XlsxCell, height: number | undefined): CellObject {
  return {
    value: cell.value,
    ...(typeof cell.value === 'number' ? { type: Number } : { type: String }),
    ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(height !== undefined ? { height } : {}),
    align: cell.align ?? 'center',
    alignVertical: 'center',
    wrap: typeof cell.value === 'string',
    ...(cell.bold ? { fontWeight: 'bold' as const } : {}),
    ...(cell.ruled ? { borderStyle: 'thin', borderColor: '#000000' } : {}),
  };
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);

export async function writeWorkbook(sheets: readonly XlsxSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  assertXmlSafe(sheets, 'Excel 工作簿');
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const long = sheets.map(longSheetOf);
  const data: Sheet<Blob>[] = sheets.map((sheet, i) => {
    const plan = long[i];
    // A long sheet: its first row, then one row of exemplars (replaced by its rows, see above).
    const rows = plan ? [sheet.rows[0] ?? [], plan.exemplars] : sheet.rows;
    return {
      sheet: sheetName(sheet.name),
      columns: sheet.columns.map((width) => ({ width })),
      ...(sheet.stickyRows ? { stickyRowsCount: sheet.stickyRows } : {}),
      data: rows.map((row, r) => {
        // A row's height is set on its first cell (the library's way); an empty row gets one for it.
        const height = sheet.heights?.get(r);
        const first = row.findIndex((cell) => cell !== null);
        return row.map((cell, c) => (cell ? cellObject(cell, c === first ? height : undefined) : c === 0 && first < 0 && height ? { value: '', height } : null));
      }),
    };
  });
  const blob = await writeExcelFile(data, { fontFamily: FACES.table.name, fontSize: SIZE_PT.table, features: [worksheets(sheets, long)] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
