// word/document.xml as its reader sees it: the body's paragraphs and tables in order. A paragraph
// is the text of its runs (w:t; w:tab a tab; w:br, w:cr a line break); a table is a grid with
// gridSpan and vMerge expanded; a table inside a cell becomes text in that cell. Everything else
// (properties, fields' codes, deleted text, drawings' fallbacks) is left out.
import { decodeXmlEntities } from '../markup/entities';
import { MAX_CELL_COLUMNS, MAX_GRID_COLUMNS, MAX_GRID_ROWS, MAX_TABLE_DEPTH, flattenTable, padGrid, spanOf } from '../grid';
import { markupTokens, type MarkupDialect } from '../markup/tokens';
import type { DocumentBlock, ParsedDocument } from '../../parsed-document';

const XML: MarkupDialect = { lowerCase: false, decode: decodeXmlEntities, rawText: new Set() };

type Cell = { paragraphs: string[]; span: number; vMerge: 'restart' | 'continue' | null };
type Row = { before: number; cells: Cell[] };
type Table = { rows: Row[]; cell: Cell | null; full: boolean };

const cellText = (cell: Cell) => cell.paragraphs.filter((p) => p.trim() !== '').join('\n');

/** A vMerge continue cell shows the text of the cell above it, which (expanded) is the restart's. */
function gridOf(rows: readonly Row[]): string[][] {
  const grid: string[][] = [];
  for (const row of rows.slice(0, MAX_GRID_ROWS)) {
    const line: string[] = Array<string>(row.before).fill('');
    const above = grid[grid.length - 1];
    for (const cell of row.cells) {
      if (line.length >= MAX_GRID_COLUMNS) break;
      const text = cell.vMerge === 'continue' ? (above?.[line.length] ?? '') : cellText(cell);
      for (let k = 0; k < cell.span; k++) line.push(text);
    }
    grid.push(line);
  }
  return padGrid(grid);
}

const RUN_BREAKS: Readonly<Record<string, string>> = { 'w:tab': '\t', 'w:ptab': '\t', 'w:br': '\n', 'w:cr': '\n' };

const wholeNumber = (value: string | undefined, max: number) => Math.min(max, Math.max(0, Number.parseInt(value ?? '', 10) || 0));

class BodyReader {
  readonly blocks: DocumentBlock[] = [];
  private readonly tables: Table[] = [];
  /** Names of the elements open around the current token. */
  private readonly open: string[] = [];
  private paragraph: string[] = [];
  private paragraphDepth = 0;
  private inText = false;
  /** Inside mc:Fallback: another rendering of content already read from mc:Choice. */
  private fallback = 0;
  /** Tables open beyond MAX_TABLE_DEPTH, read as text of the deepest cell. */
  private tooDeep = 0;

  private get table(): Table | undefined {
    return this.tables[this.tables.length - 1];
  }

  text(text: string) {
    if (this.inText && this.fallback === 0 && this.paragraphDepth > 0) this.paragraph.push(text);
  }

  close(name: string) {
    // Well-formed XML closes the innermost element; a stray end tag is looked for only so far.
    for (let i = this.open.length - 1; i >= Math.max(0, this.open.length - 64); i--) {
      if (this.open[i] === name) {
        this.open.length = i;
        break;
      }
    }
    if (name === 'mc:Fallback') this.fallback = Math.max(0, this.fallback - 1);
    if (this.fallback > 0) return;
    if (name === 'w:t') {
      this.inText = false;
    } else if (name === 'w:p' && this.paragraphDepth > 0) {
      this.paragraphDepth--;
      if (this.paragraphDepth === 0) this.finishParagraph();
      else this.lineBreak();
    } else if (name === 'w:tbl' && this.tooDeep > 0) {
      this.tooDeep--;
    } else if (name === 'w:tc' && this.table && this.tooDeep === 0) {
      this.table.cell = null;
    } else if (name === 'w:tbl') {
      this.finishTable();
    }
  }

  start(name: string, attributes: ReadonlyMap<string, string>, selfClosing: boolean) {
    const parent = this.open[this.open.length - 1];
    if (!selfClosing) this.open.push(name);
    if (name === 'mc:Fallback' && !selfClosing) this.fallback++;
    if (this.fallback > 0) return;
    if (name === 'w:tbl' && !selfClosing && (this.tooDeep > 0 || this.tables.length >= MAX_TABLE_DEPTH)) this.tooDeep++;
    const table = this.tooDeep === 0 ? this.table : undefined;
    const row = table?.rows[table.rows.length - 1];
    const val = attributes.get('w:val');
    if (name === 'w:p') {
      // A paragraph inside a paragraph (a text box) is a line of its own in the outer one.
      if (!selfClosing && this.paragraphDepth++ > 0) this.lineBreak();
      else if (selfClosing && this.paragraphDepth === 0) this.finishParagraph();
    } else if (name === 'w:t') this.inText = !selfClosing;
    else if (name === 'w:tbl' && !selfClosing && this.tooDeep === 0) this.tables.push({ rows: [], cell: null, full: false });
    else if (name === 'w:tr' && table) this.startRow(table);
    else if (name === 'w:gridBefore' && row && parent === 'w:trPr') row.before = wholeNumber(val, MAX_GRID_COLUMNS);
    else if (name === 'w:tc' && table) this.startCell(table, row);
    else if (name === 'w:gridSpan' && table?.cell && parent === 'w:tcPr') table.cell.span = spanOf(val, MAX_CELL_COLUMNS);
    else if (name === 'w:vMerge' && table?.cell && parent === 'w:tcPr') table.cell.vMerge = val === 'restart' ? 'restart' : 'continue';
    else if (parent === 'w:r' && this.paragraphDepth > 0 && RUN_BREAKS[name]) this.paragraph.push(RUN_BREAKS[name]);
  }

  private startRow(table: Table) {
    if (table.rows.length < MAX_GRID_ROWS) table.rows.push({ before: 0, cells: [] });
    else table.full = true;
  }

  /** A cell past the grid's limits is not kept, and its text goes with it. */
  private startCell(table: Table, row: Row | undefined) {
    table.cell = { paragraphs: [], span: 1, vMerge: null };
    if (row && !table.full && row.cells.length < MAX_GRID_COLUMNS) row.cells.push(table.cell);
  }

  private lineBreak() {
    const last = this.paragraph[this.paragraph.length - 1];
    if (last !== undefined && !last.endsWith('\n')) this.paragraph.push('\n');
  }

  private finishParagraph() {
    const text = this.paragraph.join('').replace(/\n+$/, '');
    this.paragraph = [];
    if (this.table) this.table.cell?.paragraphs.push(text);
    else if (text.trim() !== '') this.blocks.push({ kind: 'paragraph', text });
  }

  finishTable() {
    const table = this.tables.pop();
    if (!table) return;
    if (this.table) this.table.cell?.paragraphs.push(flattenTable(table.rows.map((row) => row.cells.map(cellText))));
    else if (table.rows.length > 0) this.blocks.push({ kind: 'table', rows: gridOf(table.rows) });
  }

  get openTables(): number {
    return this.tables.length;
  }
}

export function docxBody(xml: string): ParsedDocument {
  const reader = new BodyReader();
  for (const token of markupTokens(xml, XML)) {
    if (token.kind === 'text') reader.text(token.text);
    else if (token.kind === 'open') reader.start(token.name, token.attributes, token.selfClosing);
    else if (token.kind === 'close') reader.close(token.name);
  }
  while (reader.openTables > 0) reader.finishTable();
  return { blocks: reader.blocks };
}
