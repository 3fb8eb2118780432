// The prose of a document exported by 年报助手 and edited afterwards (a leader's corrections in
// Word, a CMS editor's): each prose section's paragraphs as the document prints them, compared with
// the embedded report's paragraphs by their normalised text (white space, full- and half-width
// forms, curly quotes), leaving out what the export prints by itself — the parts' headings, the
// fee sentence, the closing and, in a draft, the unresolved problems after it. Only fields the clerk wrote are compared: the preface and the fee
// sentence are generated. A section that differs is taken from the document: paragraph for
// paragraph into the same fields when the document has as many, else as the recogniser reads it;
// only the prose fields change (the fee stays the data's), and a section the document does not show
// (its heading missing) is not compared.
import type { DraftReport } from '@/lib/report/file/schema';
import { feeStatement } from '@/lib/report/fee-statement';
import { proseParagraphs } from '@/lib/report/paragraphs';
import { getAt, setAt } from '@/lib/report/paths';
import { FEE_HEADING, OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS, type ProsePart } from '@/lib/report/template/sections';
import type { ParsedDocument } from './parsed-document';
import { takeClosing } from './recognise/closing';
import { outlineOf } from './recognise/outline';

const PROSE_PARTS = { overview: OVERVIEW_PARTS, problems: PROBLEMS_PARTS, other: OTHER_PARTS } as const;
export type ProseSectionId = keyof typeof PROSE_PARTS;
const PROSE_SECTIONS = Object.keys(PROSE_PARTS) as ProseSectionId[];

/** 「（二）」「(2)」 before a part's heading: the export numbers the parts anew. */
const PART_NUMBER = /^[(（][一二三四五六七八九十\d]+[)）]/;

/** A paragraph as compared: NFKC (full-width forms folded), without white space, quotes made plain. */
export const normalisedParagraph = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”„‟〝〞]/g, '"')
    .replace(/[‘’‛]/g, "'");

const headingKey = (text: string) => normalisedParagraph(text).replace(PART_NUMBER, '');

/** The clerk's paragraphs of a section, each with the field it stands in. */
function clerkParagraphs(report: DraftReport, section: ProseSectionId): { path: string; text: string }[] {
  return PROSE_PARTS[section].flatMap((part: ProsePart) => {
    const value = getAt(report, part.path);
    return proseParagraphs(typeof value === 'string' ? value : '').map((text) => ({ path: part.path, text }));
  });
}

/** The paragraphs the export prints in a section besides the clerk's: headings and the fee sentence. */
function generatedKeys(report: DraftReport, section: ProseSectionId): { headings: Set<string>; paragraphs: Set<string> } {
  const headings = new Set(PROSE_PARTS[section].map((part) => headingKey(part.label)));
  const paragraphs = new Set<string>();
  if (section === 'other') {
    headings.add(headingKey(FEE_HEADING));
    for (const text of proseParagraphs(feeStatement(report.other.fees))) paragraphs.add(normalisedParagraph(text));
  }
  return { headings, paragraphs };
}

/** The last section's paragraphs up to the closing: a draft prints its unresolved problems after it. */
function withoutClosing(paragraphs: readonly string[], agency: string): string[] {
  const name = normalisedParagraph(agency);
  const at = name ? paragraphs.map(normalisedParagraph).lastIndexOf(name) : -1;
  return at >= 0 ? paragraphs.slice(0, at) : takeClosing(paragraphs, agency).paragraphs;
}

export type EditedProse = { report: DraftReport; sections: ProseSectionId[] };

/**
 * The embedded report with the prose of each section the document shows otherwise taken from the
 * document, and those sections; `recognised` reads the document as the recogniser does (called
 * only when a section's paragraphs cannot be put back field by field).
 */
export function withEditedProse(embedded: DraftReport, document: ParsedDocument, recognised: () => DraftReport): EditedProse {
  // A sum (汇总) prints its tables only: it has no prose to compare.
  if (embedded.summary) return { report: embedded, sections: [] };
  const outline = outlineOf(document.blocks);
  const last = outline.found[outline.found.length - 1];
  if (last) outline.sections[last] = withoutClosing(outline.sections[last], embedded.meta.agency);
  let report = embedded;
  let read: DraftReport | null = null;
  const sections: ProseSectionId[] = [];
  for (const section of PROSE_SECTIONS) {
    // A section whose heading the document does not show cannot be compared: its data stands.
    if (!outline.found.includes(section)) continue;
    const generated = generatedKeys(embedded, section);
    const shown = outline.sections[section].filter((text) => {
      const key = normalisedParagraph(text);
      return !generated.paragraphs.has(key) && !generated.headings.has(headingKey(text));
    });
    const clerk = clerkParagraphs(embedded, section);
    const same = shown.length === clerk.length && shown.every((text, i) => normalisedParagraph(text) === normalisedParagraph(clerk[i]?.text ?? ''));
    if (same) continue;
    sections.push(section);
    if (shown.length === clerk.length) {
      // As many paragraphs as the fields held: each edited paragraph goes back to its field.
      for (const part of PROSE_PARTS[section]) {
        report = setAt(report, part.path, shown.filter((_, i) => clerk[i]?.path === part.path).join('\n'));
      }
    } else {
      // The section's text as the recogniser reads it; its numbers (六's fee) stay the data's.
      read ??= recognised();
      for (const part of PROSE_PARTS[section]) report = setAt(report, part.path, getAt(read, part.path));
    }
  }
  return { report, sections };
}
