// The 图解's page measures, defined once: its two layouts (one page, and the taller 长图 for a phone),
// type sizes, colours, the face, and the one text measure both the browser and Node lay out with.
// ECharts measures text to place labels; left to itself it asks a canvas in the browser and guesses
// in Node, so the two would lay out differently. The measure below is handed to it instead
// (render-svg.ts), and every line this module wraps is wrapped with it too.

export type LayoutId = 'page' | 'long';

export type Layout = {
  id: LayoutId;
  /** What the clerk calls it, and the end of the file name: 「图解」, 「长图」. */
  name: string;
  width: number;
  margin: number;
  gap: number;
  /** At most this many cards side by side. */
  cardsPerRow: number;
  /** The results' ring beside the applicants' bars (page) or one under the other (长图). */
  chartsSideBySide: boolean;
  /** Type sizes in px; `small` is the smallest text drawn. */
  size: { title: number; kicker: number; heading: number; label: number; value: number; small: number };
};

/** 1080 px wide, as a WeChat article shows a picture at full width. */
export const INFOGRAPHIC_WIDTH = 1080;

export const LAYOUTS: Record<LayoutId, Layout> = {
  page: {
    id: 'page',
    name: '图解',
    width: INFOGRAPHIC_WIDTH,
    margin: 48,
    gap: 20,
    cardsPerRow: 4,
    chartsSideBySide: true,
    size: { title: 44, kicker: 26, heading: 32, label: 24, value: 50, small: 21 },
  },
  // On a phone 1080 px become about 360: 28 px stay readable (about 9.5 pt).
  long: {
    id: 'long',
    name: '长图',
    width: INFOGRAPHIC_WIDTH,
    margin: 48,
    gap: 24,
    cardsPerRow: 3,
    chartsSideBySide: false,
    size: { title: 54, kicker: 32, heading: 42, label: 34, value: 68, small: 28 },
  },
};

/** The agency's red, sober: text in near-black, rules and boxes in greys. */
export const COLORS = {
  accent: '#b4141b',
  accentText: '#ffffff',
  text: '#1f1f1f',
  muted: '#595959',
  rule: '#d0d0d0',
  card: '#faf7f6',
  track: '#eeeeee',
  draft: '#c00000',
  /** The six results, told apart by lightness as well as hue (a grey print keeps them apart). */
  results: ['#b4141b', '#e06666', '#f4b183', '#7f7f7f', '#bfbfbf', '#404040'],
} as const;

/**
 * 黑体 as the 图解's face: Noto Sans CJK / 思源黑体 (the same face under two names; Debian's
 * fonts-noto-cjk), then what Windows, macOS and Linux machines have.
 */
export const INFOGRAPHIC_FONTS = [
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  '思源黑体',
  'Microsoft YaHei',
  '微软雅黑',
  'SimHei',
  '黑体',
  'PingFang SC',
  'Heiti SC',
  'WenQuanYi Micro Hei',
] as const;
export const FONT_FAMILY = `${INFOGRAPHIC_FONTS.map((f) => `'${f}'`).join(',')},sans-serif`;

// Advance widths in em of Noto Sans CJK SC's proportional Latin glyphs, rounded up a little so a
// face with wider digits (SimHei's are 0.5, YaHei's 0.56) still fits where this one does.
const DIGIT = 0.58;
const NARROW: Record<string, number> = { ' ': 0.26, '.': 0.3, ',': 0.3, ':': 0.3, '·': 0.3, '%': 0.92, '+': 0.6, '−': 0.6, '-': 0.4, '(': 0.36, ')': 0.36 };

/** A character's advance in em: CJK and full-width forms 1, digits 0.58, other Latin about 0.6. */
function advance(char: string): number {
  if (char >= '0' && char <= '9') return DIGIT;
  const narrow = NARROW[char];
  if (narrow !== undefined) return narrow;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x2e80) return code >= 0x41 && code <= 0x5a ? 0.68 : 0.6;
  return 1;
}

/** The width in px of `text` at `fontSize`, bold a little wider: the same everywhere. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * fontSize * (bold ? 1.04 : 1);
}

/** The size in px of a CSS font shorthand as ECharts writes it (「bold 24px 'Noto Sans CJK SC'」). */
export function measureFont(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  return { width: textWidth(text, size, /\bbold\b|\b[6-9]00\b/.test(font ?? '')) };
}

/** `text` broken into lines no wider than `width`, between any two characters (Chinese breaks so). */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line !== '' && textWidth(line + char, fontSize) > width && !'，。；、：）》”'.includes(char)) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line !== '') lines.push(line);
  return lines;
}
