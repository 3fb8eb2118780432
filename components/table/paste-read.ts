// What was pasted into a cell, read in the paste event itself: is it one value (an ordinary paste)
// or a block of cells? Reading the block's cells and placing them (./paste) loads on the first
// block pasted, so this decides from the clipboard's shape alone.

/** Tab-separated text as Excel and WPS put it on the clipboard. */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/**
 * Whether a paste is a block of cells rather than one value: copied HTML with a table is a block
 * when that table has more than one row or cell, or its one cell spans columns (./paste reads it
 * as that many slots); otherwise the tab-separated text is, when it has more than one line or
 * column. The same answer as the size of the grid ./paste reads (paste.test.ts holds them together).
 */
export function isBlock(html: Document | null, tsv: readonly (readonly string[])[]): boolean {
  const table = html?.querySelector('table');
  if (!table) return tsv.length > 1 || (tsv[0]?.length ?? 0) > 1;
  const cells = table.querySelectorAll('td, th');
  if (table.querySelectorAll('tr').length > 1 || cells.length > 1) return true;
  return Number.parseInt(cells[0]?.getAttribute('colspan') ?? '', 10) > 1;
}
