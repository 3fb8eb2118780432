// Excel workbooks for the importer's tests, written part by part as Excel writes them: shared
// strings (some with rich runs and a phonetic guide), inline strings, numbers stored plainly but
// shown through a number format (「#,##0」, 「0.00」), numbers typed as text, formulas with their
// cached values, styled empty cells under merges. `officeWorkbook` is the 30号 tables as a county
// office circulates them: a title, the section captions and the three tables on one sheet, or one
// table a sheet. Test helper.
import { strToU8, zipSync } from 'fflate';
import type { DraftReport } from '@/lib/report/file/schema';
import { reportTitle } from '@/lib/report/title';
import type { TableLayout } from '@/lib/report/template/layout';
import { TABLES } from '@/lib/report/template/tables';
import { layoutGrid, printedValues } from './layout-grid';

/** A cell as stored: `t` its type (absent: a number), `v` its value, `f` a formula, `s` its style. */
export type HandCell = { t?: 's' | 'inlineStr' | 'str' | 'b' | 'e' | 'n'; v?: string; f?: string; s?: number; rich?: readonly string[]; phonetic?: string };
export type HandSheet = { name: string; rows: readonly (readonly (HandCell | null)[])[]; merges?: readonly string[]; widths?: readonly number[] };

/** Styles: 0 General, 1 「#,##0」 with borders, 2 「0.00」, 3 Text (「@」), 4 General with borders. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0"/></cellXfs>
</styleSheet>`;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 0-based column → 「A」…「Z」「AA」… */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
export const cellRef = (row: number, column: number) => `${columnName(column)}${row + 1}`;

export const num = (stored: string | number, s = 1): HandCell => ({ v: String(stored), s });
export const text = (value: string, s = 4): HandCell => ({ t: 's', v: value, s });
export const inline = (value: string): HandCell => ({ t: 'inlineStr', v: value, s: 4 });
export const formula = (f: string, cached: number): HandCell => ({ f, v: String(cached), s: 1 });
/** A cell with borders and nothing in it (what Excel writes under a merge). */
export const styledBlank: HandCell = { s: 4 };

function sheetXml(sheet: HandSheet, shared: (text: string, cell: HandCell) => number): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          if (!cell) return '';
          const ref = cellRef(r, c);
          const style = cell.s !== undefined ? ` s="${cell.s}"` : '';
          if (cell.v === undefined && !cell.f) return `<c r="${ref}"${style}/>`;
          const f = cell.f ? `<f>${escapeXml(cell.f)}</f>` : '';
          if (cell.t === 's') return `<c r="${ref}"${style} t="s"><v>${shared(cell.v ?? '', cell)}</v></c>`;
          if (cell.t === 'inlineStr') return `<c r="${ref}"${style} t="inlineStr"><is><t>${escapeXml(cell.v ?? '')}</t></is></c>`;
          const type = cell.t && cell.t !== 'n' ? ` t="${cell.t}"` : '';
          return `<c r="${ref}"${style}${type}>${f}<v>${escapeXml(cell.v ?? '')}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const cols = sheet.widths ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${cols}<sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

/** The archive's parts as text, by name (for tests that change one). */
export function handWorkbookParts(sheets: readonly HandSheet[]): Record<string, string> {
  const strings: string[] = [];
  const items: string[] = [];
  const shared = (value: string, cell: HandCell) => {
    const runs = cell.rich ? cell.rich.map((run) => `<r><t xml:space="preserve">${escapeXml(run)}</t></r>`).join('') : `<t xml:space="preserve">${escapeXml(value)}</t>`;
    const item = `<si>${runs}${cell.phonetic ? `<rPh sb="0" eb="1"><t>${escapeXml(cell.phonetic)}</t></rPh>` : ''}</si>`;
    const at = items.indexOf(item);
    if (at >= 0) return at;
    strings.push(value);
    items.push(item);
    return items.length - 1;
  };
  const parts: Record<string, string> = {};
  sheets.forEach((sheet, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, shared)));
  parts['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  parts['_rels/.rels'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  parts['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  parts['xl/styles.xml'] = STYLES;
  parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  return parts;
}

export const zipParts = (parts: Record<string, string>): Uint8Array => zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));

export const handWorkbook = (sheets: readonly HandSheet[]): Uint8Array => zipParts(handWorkbookParts(sheets));

type Block = { rows: (HandCell | null)[][]; merges: { row: number; column: number; rowSpan: number; colSpan: number }[] };

/**
 * A template table as an office types it into Excel: labels as shared strings (merged as printed),
 * table 二's numbers shown as 「#,##0」 and its 万元 fee as 「0.00」 (12.3456 shows as 12.35), table 三's
 * 自然人 column typed as text, and every 总计 a SUM formula with its cached value.
 */
function tableBlock(table: TableLayout, report: DraftReport): Block {
  const valueOf = printedValues(report);
  const rows: (HandCell | null)[][] = [];
  const merges: Block['merges'] = [];
  const grid = layoutGrid(table, valueOf);
  const occupied = grid.map((row) => row.map(() => false));
  table.rows.forEach((layoutRow, r) => {
    const line: (HandCell | null)[] = grid[r]?.map(() => styledBlank) ?? [];
    let c = 0;
    for (const cell of layoutRow) {
      while (occupied[r]?.[c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) occupied[r + dr]?.fill(true, c, c + cell.colSpan);
      if (cell.rowSpan > 1 || cell.colSpan > 1) merges.push({ row: r, column: c, rowSpan: cell.rowSpan, colSpan: cell.colSpan });
      if (cell.kind === 'label') line[c] = text(cell.text);
      else {
        const shown = valueOf(cell.path);
        // The formula's text is never read: only its cached value is.
        if (cell.computed) line[c] = formula(`SUM(${cellRef(r, 0)}:${cellRef(r, c - 1)})`, Number(shown));
        else if (cell.path === 'proactive.feesWanYuan') line[c] = num(shown, 2);
        else if (cell.path.endsWith('.natural')) line[c] = text(shown, 3);
        else line[c] = num(shown);
      }
      c += cell.colSpan;
    }
    rows.push(line);
  });
  return { rows, merges };
}

/** The busy report's tables in a workbook: `oneSheet` with a title and captions, else one table a sheet (表二 表三 表四). */
export function officeWorkbook(report: DraftReport, layout: 'one-sheet' | 'sheet-per-table'): Uint8Array {
  const blocks = TABLES.map((table) => ({ table, block: tableBlock(table, report) }));
  const mergeRef = (top: number, m: Block['merges'][number]) => `${cellRef(top + m.row, m.column)}:${cellRef(top + m.row + m.rowSpan - 1, m.column + m.colSpan - 1)}`;
  if (layout === 'sheet-per-table') {
    return handWorkbook(blocks.map(({ table, block }) => ({ name: table.shortName, rows: block.rows, merges: block.merges.map((m) => mergeRef(0, m)) })));
  }
  const width = Math.max(...TABLES.map((t) => t.gridColumns));
  const rows: (HandCell | null)[][] = [[text(reportTitle(report.meta), 0)], []];
  const merges = [`A1:${cellRef(0, width - 1)}`];
  for (const { table, block } of blocks) {
    rows.push([text(table.caption, 0)]);
    const top = rows.length;
    rows.push(...block.rows);
    merges.push(...block.merges.map((m) => mergeRef(top, m)));
    rows.push([]);
  }
  return handWorkbook([{ name: '年报表格', rows, merges, widths: Array<number>(width).fill(9) }]);
}
