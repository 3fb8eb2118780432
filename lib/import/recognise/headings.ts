// Headings as published reports write them: the six section headings of format.md §2, with the
// variants clerks print (「五、存在主要问题及改进情况」, 「五、存在的主要问题及整改措施。」, half-width
// 「,」 for 「、」, stray spaces), and the numbered headings of the parts inside a section
// (「（一）主动公开情况」, 「(二) 改进措施」, 「1.存在的主要问题:」), possibly followed by their text on the
// same line (「（一）主动公开情况。坚持…」).
import { SECTION_HEADINGS, SECTION_IDS, type SectionId } from '@/lib/report/template/sections';
import { labelKey, overlap } from './normalise';

const SECTION_NUMBER = /^\s*([一二三四五六])\s*[、,，.．]\s*/;
/** Where a heading ends and its text begins, when both share a line. */
const HEADING_END = /[。：:；;]/;
/** A heading much longer than the template's is a sentence, not a heading. */
const EXTRA_CHARACTERS = 6;
const MIN_OVERLAP = 0.5;

const templateSections = SECTION_IDS.map((id) => {
  const heading = SECTION_HEADINGS[id];
  const match = SECTION_NUMBER.exec(heading);
  return { id, number: match?.[1] ?? '', body: labelKey(heading.slice(match?.[0].length ?? 0)) };
});

export type SectionHeading = { section: SectionId; index: number; rest: string };

/** The section a line is the heading of, and any text after the heading on the same line. */
export function matchSectionHeading(line: string): SectionHeading | null {
  const match = SECTION_NUMBER.exec(line);
  if (!match) return null;
  const after = line.slice(match[0].length);
  const end = after.search(HEADING_END);
  const head = labelKey(end >= 0 ? after.slice(0, end) : after);
  const rest = end >= 0 ? after.slice(end + 1).trim() : '';
  for (const [index, section] of templateSections.entries()) {
    if (section.number !== match[1]) continue;
    if (head.length > section.body.length + EXTRA_CHARACTERS) return null;
    return overlap(head, section.body) >= MIN_OVERLAP ? { section: section.id, index, rest } : null;
  }
  return null;
}

/** Finds section headings in document order: a heading counts only after the ones before it. */
export class SectionTracker {
  private last = -1;

  /** The heading this line is, if it comes after the last one seen; remembers it. */
  next(line: string): SectionHeading | null {
    const heading = matchSectionHeading(line);
    if (!heading || heading.index <= this.last) return null;
    this.last = heading.index;
    return heading;
  }
}

const PARENTHESISED = /^\s*[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*/;
const NUMBERED = /^\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]|[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[.．、](?!\d*\s*[%％万元件条个]))\s*/;

export type NumberedHeading = { head: string; rest: string; text: string };

/**
 * A paragraph that starts with a part number: its heading (up to the first 。：；) and the text after
 * it; `text` is the paragraph without its number. `parenthesisedOnly` accepts only 「（一）」 forms.
 */
export function numberedHeading(paragraph: string, parenthesisedOnly = false): NumberedHeading | null {
  const match = (parenthesisedOnly ? PARENTHESISED : NUMBERED).exec(paragraph);
  if (!match) return null;
  const text = paragraph.slice(match[0].length).trim();
  const end = text.search(HEADING_END);
  return { head: end >= 0 ? text.slice(0, end) : text, rest: end >= 0 ? text.slice(end + 1).trim() : '', text };
}

/** A line that begins a numbered item: 「一、」「（二）」「3.」 (table row labels and prose parts). */
export const startsNumbered = (line: string): boolean => NUMBERED.test(line);
