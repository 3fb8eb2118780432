import { describe, expect, it } from 'vitest';
import { docxBody } from './docx/body';
import { MAX_CELL_COLUMNS, MAX_CELL_ROWS } from './grid';
import { readHtml } from './html/read';
import type { ParsedDocument } from '../parsed-document';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const tables = (document: ParsedDocument) => document.blocks.flatMap((block) => (block.kind === 'table' ? [block.rows] : []));
const htmlTable = (rows: string) => tables(readHtml(`<html><body><table>${rows}</table></body></html>`).document)[0] ?? [];
const docxCell = (span: string, text: string) => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const docxTable = (cells: string) => tables(docxBody(`<w:document ${W}><w:body><w:tbl><w:tr>${cells}</w:tr></w:tbl></w:body></w:document>`))[0] ?? [];

describe('a span in an imported table', () => {
  it("reaches at most twice across the template's grid: 30 columns (表四 has 15), 56 rows (表三 has 28)", () => {
    expect([MAX_CELL_COLUMNS, MAX_CELL_ROWS]).toEqual([30, 56]);
  });

  it('of colspan="100000000" in a web page is 30 columns wide, and the cell after it is kept', () => {
    const grid = htmlTable('<tr><td colspan="100000000">总计</td><td>7</td></tr>');
    expect(grid[0]).toHaveLength(31);
    expect(grid[0]?.at(-1)).toBe('7');
  });

  it('of rowspan="100000000" reaches the 56th row at most, within the rows the table has', () => {
    const grid = htmlTable(`<tr><td rowspan="100000000">组</td><td>1</td></tr>${'<tr><td>2</td></tr>'.repeat(80)}`);
    expect(grid.map((row) => row[0])).toEqual([...Array<string>(56).fill('组'), ...Array<string>(25).fill('2')]);
  });

  it('of 1e10 is read as 1, never as an array length', () => {
    expect(htmlTable('<tr><td colspan="1e10" rowspan="1e10">1</td><td>2</td></tr>')).toEqual([['1', '2']]);
  });

  it('of gridSpan 100000000 in a DOCX is 30 columns wide, and of 1e10 is 1', () => {
    const wide = docxTable(`${docxCell('100000000', '总计')}${docxCell('1', '7')}`);
    expect(wide[0]).toHaveLength(31);
    expect(wide[0]?.at(-1)).toBe('7');
    expect(docxTable(`${docxCell('1e10', '1')}${docxCell('1', '2')}`)).toEqual([['1', '2']]);
  });
});
