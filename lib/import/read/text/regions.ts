// Pasted text cut into regions: tab-separated table rows, one-cell-per-line 「 |」 tables, and
// plain lines, each plain line knowing the section it stands in (tables stand in 二、三、四).
import type { SectionId } from '@/lib/report/template/sections';
import { matchSectionHeading, SectionTracker } from '../../recognise/headings';
import { endsWithBar, isTabLine, startsWithBar } from './lines';

export type Region =
  | { kind: 'tab' | 'bar'; lines: string[]; section: SectionId | null }
  | { kind: 'heading'; line: string; section: SectionId }
  | { kind: 'plain'; lines: string[]; section: SectionId | null };

const isBlankLine = (line: string | undefined) => line !== undefined && line.trim() === '';

/** A heading copied from a table-like layout may trail tabs or bars: its text, if the line is one. */
function headingText(line: string): string | null {
  const filled = line.split(/[\t|]/).filter((cell) => cell.trim() !== '');
  const text = filled.length === 1 ? (filled[0] ?? '').trim() : '';
  return text && matchSectionHeading(text) ? text : null;
}

function barAt(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (line.trim() === '') return false;
  return endsWithBar(line) || startsWithBar(line) || startsWithBar(lines[i + 1] ?? '');
}

/** The end (exclusive) of a run of lines passing `test`, blank lines inside the run included. */
function runEnd(lines: readonly string[], start: number, test: (i: number) => boolean): number {
  let end = start;
  let i = start;
  while (i < lines.length) {
    if (test(i)) end = i + 1;
    else if (!isBlankLine(lines[i])) break;
    i++;
  }
  return end;
}

export function regionsOf(lines: readonly string[]): Region[] {
  const regions: Region[] = [];
  const tracker = new SectionTracker();
  let section: SectionId | null = null;
  let plain: string[] = [];
  const flushPlain = () => {
    if (plain.some((line) => line.trim() !== '')) regions.push({ kind: 'plain', lines: plain, section });
    plain = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const text = headingText(line);
    const heading = text ? tracker.next(text) : null;
    if (text && heading) {
      flushPlain();
      section = heading.section;
      regions.push({ kind: 'heading', line: text, section });
      i++;
      continue;
    }
    const tab = isTabLine(line);
    if (tab || barAt(lines, i)) {
      const inRun = tab ? (j: number) => isTabLine(lines[j] ?? '') : (j: number) => barAt(lines, j);
      const end = runEnd(lines, i, (j) => inRun(j) && headingText(lines[j] ?? '') === null);
      // NOTE: a heading-like line that is not the next heading (a repeat, out of order) starts no
      // run: it is text. Without this the loop would not move on.
      if (end > i) {
        flushPlain();
        regions.push({ kind: tab ? 'tab' : 'bar', lines: lines.slice(i, end), section });
        i = end;
        continue;
      }
    }
    plain.push(line);
    i++;
  }
  flushPlain();
  return regions;
}
