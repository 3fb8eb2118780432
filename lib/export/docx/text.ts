// The measures and faces of the printed page (GB/T 9704, shared/domain/typography.md) and the one
// way runs are made: every run names its East-Asian font and Times New Roman for Latin and digits.
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';

/** Millimetres to twips at 56.7 twips a millimetre, as the page is specified. */
export const mm = (millimetres: number) => Math.round(millimetres * 56.7);
/** Points to twips. */
export const pt = (points: number) => Math.round(points * 20);

export const PAGE = { width: 11906, height: 16838, top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
/** The type area's width: what the page leaves between the margins (156 mm). */
export const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const FACE = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  table: '宋体',
} as const;
export const LATIN_FACE = 'Times New Roman';

/** Sizes in points: 2号, 3号, 4号, 五号. */
export const SIZE = { title: 22, body: 16, pageNumber: 14, table: 10.5 } as const;
/** Fixed line pitch of the body: 22 lines in the 225 mm type area. */
export const BODY_LINE = 578;
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
