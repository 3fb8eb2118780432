// The page of lib/export/page.ts in Word's units (twips), and the one way runs are made: every run
// names its East-Asian font and Times New Roman for Latin and digits.
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { FACES, LATIN_FACE, LINE_PITCH_PT, PAGE_MM, SIZE_PT } from '../page';

/** Millimetres to twips at 56.7 twips a millimetre, as the page is specified. */
export const mm = (millimetres: number) => Math.round(millimetres * 56.7);
/** Points to twips. */
export const pt = (points: number) => Math.round(points * 20);

// NOTE: A4 as Word writes it (11906 × 16838 twips), not mm(210) × mm(297), which is off by a twip.
export const PAGE = { width: 11906, height: 16838, top: mm(PAGE_MM.top), bottom: mm(PAGE_MM.bottom), left: mm(PAGE_MM.left), right: mm(PAGE_MM.right) } as const;
/** The type area's width: what the page leaves between the margins (156 mm). */
export const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const FACE = {
  body: FACES.body.name,
  title: FACES.title.name,
  heading1: FACES.heading1.name,
  heading2: FACES.heading2.name,
  table: FACES.table.name,
} as const;

export const SIZE = SIZE_PT;
/** Fixed line pitch of the body: 22 lines in the 225 mm type area. */
export const BODY_LINE = pt(LINE_PITCH_PT);
/** One character of body text (3号). */
export const BODY_CHAR = pt(SIZE.body);

export const fontOf = (eastAsia: string) => ({ eastAsia, ascii: LATIN_FACE, hAnsi: LATIN_FACE, cs: LATIN_FACE, hint: 'eastAsia' });

type RunStyle = { face: string; size: number; color?: string };

export function run(text: string, style: RunStyle, options: Omit<IRunOptions, 'font' | 'size' | 'color'> = {}): TextRun {
  return new TextRun({ ...options, text, font: fontOf(style.face), size: style.size * 2, ...(style.color ? { color: style.color } : {}) });
}

/** A paragraph of the body grid: fixed pitch, no space before or after. */
export function bodyParagraph(text: string, style: RunStyle, options: Omit<IParagraphOptions, 'children' | 'text' | 'spacing'> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    ...options,
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: text ? [run(text, style)] : [],
  });
}

/** First line indented two characters, as body text and headings are. */
export const INDENT_TWO = { firstLine: 2 * BODY_CHAR, firstLineChars: 200 } as const;
