// Where a table label breaks into lines when printed: between its words only (「商业｜企业」, never
// 「商业企｜业」), as many words a line as its column holds at 五号. The DOCX, the web page and the
// preview all draw these lines, so the label reads the same wherever the column is a little wider.
import { PT_PER_MM, SIZE_PT, TABLE_CELL } from './page';

/** Half a character for Latin letters, digits and half-width punctuation; one for the rest. */
export const widthOf = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);

/** How many 五号 characters a line of a cell `widthMm` wide holds, inside its padding. */
export const lineCapacity = (widthMm: number): number =>
  Math.floor((widthMm - 2 * TABLE_CELL.paddingMm) / (SIZE_PT.table / PT_PER_MM) + 1e-6);

/**
 * The label's lines: its words filled greedily into lines of `capacity` characters. A word longer
 * than a line stands on a line of its own (the renderer then breaks it wherever it must).
 */
export function labelLines(words: readonly string[], capacity: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && widthOf(line) + widthOf(word) > capacity) {
      lines.push(line);
      line = '';
    }
    line += word;
  }
  return line === '' ? lines : [...lines, line];
}
