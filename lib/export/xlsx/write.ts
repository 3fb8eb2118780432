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
const fitToWidth = (sheets: readonly XlsxSheet[]): Feature<Blob> => ({
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transform: (xml, _options, { sheetIndex }) => {
          if (!sheets[sheetIndex]?.fitToPageWidth || xml.includes('<sheetPr') || xml.includes('<pageSetup')) return xml;
          return xml
            .replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
            .replace('</worksheet>', '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/></worksheet>');
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
  const data: Sheet<Blob>[] = sheets.map((sheet) => ({
    sheet: sheetName(sheet.name),
    columns: sheet.columns.map((width) => ({ width })),
    ...(sheet.stickyRows ? { stickyRowsCount: sheet.stickyRows } : {}),
    data: sheet.rows.map((row, r) => {
      // A row's height is set on its first cell (the library's way); an empty row gets one for it.
      const height = sheet.heights?.get(r);
      const first = row.findIndex((cell) => cell !== null);
      return row.map((cell, c) => (cell ? cellObject(cell, c === first ? height : undefined) : c === 0 && first < 0 && height ? { value: '', height } : null));
    }),
  }));
  const blob = await writeExcelFile(data, { fontFamily: FACES.table.name, fontSize: SIZE_PT.table, features: [fitToWidth(sheets)] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
