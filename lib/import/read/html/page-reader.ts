// An HTML page as its reader sees it: the text of its blocks as paragraphs and its tables as grids
// (rowspan and colspan expanded), in order — fed one token at a time, with no recursion and no
// element stack, so that unclosed tags and markup nested ten thousand deep read as a browser shows
// them. Text outside a table's cells (a caption, stray text) stands before the table, as a browser
// puts it. Head, template and embedded objects are left out.
import { MAX_CELL_COLUMNS, MAX_CELL_ROWS, MAX_GRID_COLUMNS, MAX_GRID_ROWS, MAX_TABLE_DEPTH, expandSpans, flattenTable, spanOf, type SpanCell } from '../grid';
import type { DocumentBlock, ParsedDocument } from '../../parsed-document';

/** Elements that start and end a line of text. */
const BLOCKS = new Set(
  (
    'p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre address center section article aside header footer main nav ' +
    'figure figcaption form fieldset legend hr table caption thead tbody tfoot tr td th details summary body html'
  ).split(' '),
);
/** Elements whose content is not part of the page's text. */
const IGNORED = new Set(['template', 'svg', 'math', 'object', 'select', 'button', 'audio', 'video']);
const HEAD_CONTENT = new Set(['head', 'meta', 'link', 'base', 'title', 'style', 'script', 'noscript', 'template']);

type Cell = Omit<SpanCell, 'text'> & { paragraphs: string[] };
type Table = { rows: Cell[][]; cell: Cell | null; full: boolean };

const collapse = (line: string) => line.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();

export class HtmlDocumentReader {
  private readonly blocks: DocumentBlock[] = [];
  private readonly tables: Table[] = [];
  /** The text since the last block boundary, one entry per <br>-separated line. */
  private lines: string[] = [''];
  private ignored = 0;
  private inHead = false;
  /** Tables open beyond MAX_TABLE_DEPTH, read as text of the deepest cell. */
  private tooDeep = 0;

  text(text: string) {
    if (this.ignored > 0 || this.inHead) return;
    this.lines[this.lines.length - 1] += text;
  }

  open(name: string, attributes: ReadonlyMap<string, string>, selfClosing = false) {
    if (name === 'head') this.inHead = true;
    else if (!HEAD_CONTENT.has(name)) this.inHead = false;
    // <svg/> closes itself in a page; an ignored element left open would hide the rest of it.
    if (IGNORED.has(name) && !selfClosing) this.ignored++;
    if (this.ignored > 0) return;
    if (name === 'table' && (this.tooDeep > 0 || this.tables.length >= MAX_TABLE_DEPTH)) this.tooDeep++;
    const table = this.tooDeep === 0 ? this.tables[this.tables.length - 1] : undefined;
    if (name === 'br') {
      this.lines.push('');
    } else if (name === 'table' && this.tooDeep === 0) {
      this.flush();
      // A table opened straight inside another one's rows, not in a cell, ends that table.
      if (table && !table.cell) this.closeTable();
      this.tables.push({ rows: [], cell: null, full: false });
    } else if (table && (name === 'tr' || name === 'td' || name === 'th')) {
      this.flush();
      table.cell = null;
      if (name === 'tr' || table.rows.length === 0) {
        if (table.rows.length < MAX_GRID_ROWS) table.rows.push([]);
        else table.full = true;
      }
      if (name !== 'tr') {
        const cell: Cell = {
          paragraphs: [],
          rowSpan: spanOf(attributes.get('rowspan'), MAX_CELL_ROWS),
          colSpan: spanOf(attributes.get('colspan'), MAX_CELL_COLUMNS),
        };
        // A cell past the grid's limits is not kept, and its text goes with it.
        const row = table.rows[table.rows.length - 1];
        if (row && !table.full && row.length < MAX_GRID_COLUMNS) row.push(cell);
        table.cell = cell;
      }
    } else if (BLOCKS.has(name)) {
      this.flush();
    }
  }

  close(name: string) {
    if (name === 'head') this.inHead = false;
    if (IGNORED.has(name) && this.ignored > 0) this.ignored--;
    if (this.ignored > 0) return;
    const table = this.tooDeep === 0 ? this.tables[this.tables.length - 1] : undefined;
    if (name === 'br') {
      this.lines.push('');
    } else if (name === 'table' && this.tooDeep > 0) {
      this.tooDeep--;
      this.flush();
    } else if (name === 'table') {
      if (table) this.closeTable();
    } else if (table && (name === 'tr' || name === 'td' || name === 'th')) {
      this.flush();
      table.cell = null;
    } else if (BLOCKS.has(name)) {
      this.flush();
    }
  }

  finish(): ParsedDocument {
    while (this.tables.length > 0) this.closeTable();
    this.flush();
    return { blocks: this.blocks };
  }

  /** The innermost open cell: where text and nested tables go (none: the document). */
  private destination(): Cell | null {
    for (let i = this.tables.length - 1; i >= 0; i--) {
      const cell = this.tables[i]?.cell;
      if (cell) return cell;
    }
    return null;
  }

  private flush() {
    const text = this.lines.map(collapse).filter(Boolean).join('\n');
    this.lines = [''];
    if (text === '') return;
    const cell = this.destination();
    if (cell) cell.paragraphs.push(text);
    else this.blocks.push({ kind: 'paragraph', text });
  }

  private closeTable() {
    this.flush();
    const table = this.tables.pop();
    if (!table || table.rows.length === 0) return;
    const rows = table.rows.map((row) => row.map((cell) => ({ ...cell, text: cell.paragraphs.join('\n') })));
    const cell = this.destination();
    if (cell) {
      const text = flattenTable(rows.map((row) => row.map((c) => c.text)));
      if (text !== '') cell.paragraphs.push(text);
    } else {
      this.blocks.push({ kind: 'table', rows: expandSpans(rows) });
    }
  }
}
