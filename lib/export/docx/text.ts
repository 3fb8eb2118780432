// The page of lib/export/page.ts in Word's units (twips), and the one way runs and paragraphs are
// made: every run names its East-Asian font and a Latin one; body text stands on the document grid
// (28 characters a line), everything else off it.
import type { Paragraph} from 'docx';
import { AlignmentType, LineRuleType, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { BODY_TRACKING_PT, FACES, GRID, LATIN_FACE, LINE_PITCH_PT, PAGE_MM, SIZE_PT } from '../page';
import { OffGridParagraph } from './ooxml';

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

/**
 * The section's document grid (w:docGrid linesAndChars): 22 lines of 28.9 pt and 28 characters a
 * line. charSpace is the character pitch less the Normal style's 16 pt, in 4096ths of a point,
 * rounded down so that 28 characters never overrun the type area.
 */
export const DOC_GRID = {
  linePitch: BODY_LINE,
  // From the type area as written in twips (8844), which is what Word divides.
  charSpace: Math.floor(((TYPE_AREA_WIDTH / GRID.charsPerLine - BODY_CHAR) / 20) * 4096),
  charsPerLine: GRID.charsPerLine,
} as const;

export const fontOf = (eastAsia: string, latin = LATIN_FACE) => ({ eastAsia, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' });

/** `latin`: the face for digits and Latin letters (Times New Roman unless the page number's 宋体). */
export type RunStyle = { face: string; size: number; color?: string; latin?: string };

type RunOptions = Omit<IRunOptions, 'font' | 'size' | 'color' | 'characterSpacing'>;

export function run(text: string, style: RunStyle, options: RunOptions = {}): TextRun {
  return new TextRun({ ...options, text, font: fontOf(style.face, style.latin), size: style.size * 2, ...(style.color ? { color: style.color } : {}) });
}

/**
 * A run of body text, set BODY_TRACKING_PT closer: where the grid is applied (Word, WPS) each
 * character still takes one cell of the grid; where it is not (LibreOffice), 28 still fit a line.
 */
const gridRun = (text: string, style: RunStyle) =>
  new TextRun({ text, font: fontOf(style.face, style.latin), size: style.size * 2, characterSpacing: pt(BODY_TRACKING_PT) });

type BodyOptions = Omit<IParagraphOptions, 'children' | 'text' | 'spacing' | 'widowControl'>;

/** A paragraph of the body grid: fixed pitch, no space before or after, never one line alone on a page. */
export function bodyParagraph(text: string, style: RunStyle, options: BodyOptions = {}): Paragraph {
  return new OffGridParagraph({
    alignment: AlignmentType.JUSTIFIED,
    ...options,
    widowControl: true,
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: text ? [gridRun(text, style)] : [],
  });
}

/** A paragraph off the grid: the title (at the body's pitch), table cells, the header and the footer. */
export const offGridParagraph = (options: IParagraphOptions) => new OffGridParagraph(options);

/** First line indented two characters, as body text and headings are. */
export const INDENT_TWO = { firstLine: 2 * BODY_CHAR, firstLineChars: 200 } as const;
