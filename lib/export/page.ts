// The printed page (GB/T 9704-2012; docs/typography.md), defined once: paper, margins, type area,
// faces with their fallbacks, sizes and the body's line pitch. The DOCX, the web page and its print
// CSS, and the preview all read these; nothing else spells a measure of the page.

/** A4 and the margins, in millimetres: the type area is 156 × 225 mm. */
export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;
export const TYPE_AREA_MM = {
  width: PAGE_MM.width - PAGE_MM.left - PAGE_MM.right,
  height: PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom,
} as const;

/** Sizes in points: 2号 title, 3号 body and headings, 4号 page numbers, 五号 tables, the draft banner. */
export const SIZE_PT = { title: 22, body: 16, pageNumber: 14, table: 10.5, banner: 12 } as const;

/** Points in a millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** GB/T 9704's grid: 22 lines a page, 28 characters of 3号 a line. */
export const GRID = { linesPerPage: 22, charsPerLine: 28 } as const;

/** The body's fixed line pitch: 22 lines in the 225 mm type area (固定值 28.9 磅). */
export const LINE_PITCH_PT = 28.9;

/** The character pitch of the grid: 28 characters in the 156 mm type area, 15.79 pt. */
export const CHAR_PITCH_PT = (TYPE_AREA_MM.width * PT_PER_MM) / GRID.charsPerLine;

/**
 * How much closer than its 16 pt a character of the body is set, in whole twentieths of a point,
 * so that 28 fit a line where the grid is not applied (LibreOffice, a browser's print): −0.3 pt, a
 * twentieth more than the grid's 15.79 pt asks, since LibreOffice wants room to spare.
 */
export const BODY_TRACKING_PT = (Math.floor((CHAR_PITCH_PT - SIZE_PT.body) * 20) - 1) / 20;

/** A table cell's padding left and right, and its line height (single spacing of 五号宋体). */
export const TABLE_CELL = { paddingMm: 1, lineHeight: 1.3 } as const;

/**
 * Where the page number's line starts, from the top edge: 7 mm below the type area (GB/T 9704);
 * it stands one character in from the outer edge, right on odd pages and left on even ones.
 */
export const PAGE_NUMBER_TOP_MM = PAGE_MM.top + TYPE_AREA_MM.height + 7;
/** Where the draft banner's line starts in the top margin, from the top edge. */
export const BANNER_TOP_MM = 15;
/** The draft banner's colour. */
export const BANNER_COLOR = '#c00000';

export type FaceRole = 'body' | 'title' | 'heading1' | 'heading2' | 'table';

/**
 * Each face the document asks for; the name Word and WPS fall back to when it is missing (a face a
 * stock Windows 10/11 has: 仿宋 and 楷体 instead of the _GB2312 faces, 宋体 for the title); then, for
 * the web page and the preview, what a machine without either should use, closest first (macOS,
 * the Noto faces of Linux). The names stand as Word and WPS on government machines list them.
 */
export const FACES: Record<FaceRole, { name: string; altName: string; fallbacks: readonly string[]; generic: 'serif' | 'sans-serif' }> = {
  body: { name: '仿宋_GB2312', altName: '仿宋', fallbacks: ['FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'], generic: 'serif' },
  title: { name: '方正小标宋简体', altName: '宋体', fallbacks: ['FZXiaoBiaoSong-B05S', 'STZhongsong', 'Songti SC', 'Noto Serif CJK SC'], generic: 'serif' },
  // 黑体 falls back to a sans face rather than to 仿宋: a plain sans is what 黑体 looks like.
  heading1: { name: '黑体', altName: 'SimHei', fallbacks: ['SimHei', 'STHeiti', 'Heiti SC', 'Noto Sans CJK SC'], generic: 'sans-serif' },
  heading2: { name: '楷体_GB2312', altName: '楷体', fallbacks: ['KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Kaiti SC', 'Noto Serif CJK SC'], generic: 'serif' },
  table: { name: '宋体', altName: 'SimSun', fallbacks: ['SimSun', 'Songti SC', 'STSong', 'Noto Serif CJK SC'], generic: 'serif' },
};

/** Digits and Latin letters in the DOCX. */
export const LATIN_FACE = 'Times New Roman';

/** A face as a CSS font-family list: the named face, its fallbacks, the generic family. */
export const cssFontFamily = (role: FaceRole): string =>
  [FACES[role].name, ...FACES[role].fallbacks].map((name) => `'${name}'`).join(',') + `,${FACES[role].generic}`;
