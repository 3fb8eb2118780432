// A report rendered as text copied from a PDF (sample 003): lines broken at the page width with a
// blank line between them, table cells separated by spaces, long labels broken over lines with
// their numbers on a line of their own, table headers written vertically, stray spaces, and page
// numbers 「— 2 —」 between lines, in the middle of paragraphs and tables. Test helper.
import type { DraftReport } from '@/lib/report/file/schema';
import { documentParts, type RenderedPart } from './render-text';
import { originCells } from './layout-grid';

const LINE = 28;
const LABEL_LINE = 18;
const GROUP_LABEL_LINE = 4;
const HEADER_WORD = 2;
const LONG_HEADER = 8;
const PAGE_LINES = 40;

/** The text cut every `n` characters. */
function broken(text: string, n: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += n) lines.push(chars.slice(i, i + n).join(''));
  return lines;
}

function tableLines(part: Extract<RenderedPart, { kind: 'table' }>): string[] {
  return part.grid.flatMap((row, r) => {
    const cells = originCells(row);
    const labels = cells.filter((cell) => cell.kind === 'label').map((cell) => cell.text);
    const values = cells.filter((cell) => cell.kind === 'value').map((cell) => cell.text);
    if (values.length === 0) {
      if (part.table.id === 'table2' || r === 0) return [labels.join(' ')];
      return labels.flatMap((label) => broken(label, label.length > LONG_HEADER ? LINE : HEADER_WORD));
    }
    const groups = labels.slice(0, -1).flatMap((label) => broken(label, GROUP_LABEL_LINE));
    const label = broken(labels[labels.length - 1] ?? '', LABEL_LINE);
    const numbers = values.join(' ');
    if (label.length <= 1) return [...groups, [label[0] ?? '', numbers].filter(Boolean).join(' ')];
    return [...groups, ...label, numbers];
  });
}

export function renderPdfText(report: DraftReport): string {
  const lines = documentParts(report, false).flatMap((part, i): string[] => {
    if (part.kind === 'table') return tableLines(part);
    if (i === 1) return [part.text.replace(/^(\d{4})/, '$1 ')];
    if (part.heading) return [` ${part.text}`];
    return broken(part.text, LINE);
  });
  const paged = lines.flatMap((line, i) => (i > 0 && i % PAGE_LINES === 0 ? [`— ${i / PAGE_LINES + 1} —`, line] : [line]));
  return paged.join('\n\n');
}
