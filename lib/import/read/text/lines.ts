// Pasted text as lines, with what copying from a web page or a PDF leaves behind removed: page
// numbers 「— 3 —」「- 3 -」「第 3 页 共 9 页」「3/9」, form feeds, zero-width characters, Windows line ends.

const PAGE_NUMBER_LINES = [
  /^[-—–―]+\s*\d{1,3}\s*[-—–―]+$/,
  /^第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];

const isPageNumberLine = (line: string): boolean => PAGE_NUMBER_LINES.some((re) => re.test(line.trim()));

/** A line holding nothing but a small number: a page number when it stands between prose lines. */
export const isLonePageNumber = (line: string): boolean => /^\s*\d{1,3}\s*$/.test(line);

export function textLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/[\u200B-\u200D\u2060\u00AD]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029]/g, '\n')
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .filter((line) => !isPageNumberLine(line));
}

/** A row of a tab-separated table: a tab between cells, not just a paragraph's indent. */
export function isTabLine(line: string): boolean {
  const tabs = line.split('\t').length - 1;
  return tabs >= 2 || (tabs === 1 && !/^\s*\t/.test(line));
}

/** A line of the one-cell-per-line shape: the cell ends with 「|」, or the line is only bars. */
export const endsWithBar = (line: string): boolean => /\|\s*$/.test(line);
export const startsWithBar = (line: string): boolean => /^\s*\|/.test(line);
