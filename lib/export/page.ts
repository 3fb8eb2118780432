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

/** The body's fixed line pitch: 22 lines in the 225 mm type area (固定值 28.9 磅). */
export const LINE_PITCH_PT = 28.9;

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
 * Each face the document asks for, then what a machine without it should use, closest first. The
 * names stand as Word and WPS on government machines list them (typography.md); the fallbacks are
 * the Windows 10/11 faces (仿宋, 楷体, 宋体), macOS and the Noto faces of Linux.
 */
export const FACES: Record<FaceRole, { name: string; fallbacks: readonly string[]; generic: 'serif' | 'sans-serif' }> = {
  body: { name: '仿宋_GB2312', fallbacks: ['FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'], generic: 'serif' },
  title: { name: '方正小标宋简体', fallbacks: ['FZXiaoBiaoSong-B05S', 'STZhongsong', 'Songti SC', 'Noto Serif CJK SC'], generic: 'serif' },
  // 黑体 falls back to a sans face rather than to 仿宋: a plain sans is what 黑体 looks like.
  heading1: { name: '黑体', fallbacks: ['SimHei', 'STHeiti', 'Heiti SC', 'Noto Sans CJK SC'], generic: 'sans-serif' },
  heading2: { name: '楷体_GB2312', fallbacks: ['KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Kaiti SC', 'Noto Serif CJK SC'], generic: 'serif' },
  table: { name: '宋体', fallbacks: ['SimSun', 'Songti SC', 'STSong', 'Noto Serif CJK SC'], generic: 'serif' },
};

/** Digits and Latin letters in the DOCX. */
export const LATIN_FACE = 'Times New Roman';

/** A face as a CSS font-family list: the named face, its fallbacks, the generic family. */
export const cssFontFamily = (role: FaceRole): string =>
  [FACES[role].name, ...FACES[role].fallbacks].map((name) => `'${name}'`).join(',') + `,${FACES[role].generic}`;
