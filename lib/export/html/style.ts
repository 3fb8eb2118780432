// The look of the exported HTML, close to the printed report (typography.md: GB/T 9704 sizes and
// the fonts named, with fallbacks for machines without them). One list of styles serves both
// outputs: the page's stylesheet (as classes) and the pasteable fragment (inline, because CMS
// editors drop <style> and classes but keep style attributes).

const FALLBACK = "FangSong,STFangsong,SimSun,'Noto Serif CJK SC',serif";
const FONTS = {
  body: `'仿宋_GB2312',${FALLBACK}`,
  title: `'方正小标宋简体','FZXiaoBiaoSong-B05S',STZhongsong,'Songti SC','Noto Serif CJK SC',${FALLBACK}`,
  // 黑体 falls back to a sans face rather than to 仿宋: a plain sans is what 黑体 looks like.
  heading1: "'黑体',SimHei,STHeiti,'Heiti SC','Noto Sans CJK SC',sans-serif",
  heading2: `'楷体_GB2312',KaiTi,STKaiti,'Kaiti SC',${FALLBACK}`,
  table: `'宋体',SimSun,'Songti SC',STSong,'Noto Serif CJK SC',serif`,
};

const BORDER = 'border:1px solid #000';
// Left-aligned rather than justified: CJK glyphs line up anyway, and justifying before a long
// e-mail address or URL would spread a line's characters apart.
const PROSE = 'margin:0;font-size:16pt;line-height:1.8;text-indent:2em;text-align:left;overflow-wrap:anywhere';
const CELL = `${BORDER};padding:2px 4px;vertical-align:middle;line-height:1.4;font-weight:normal;overflow-wrap:anywhere`;

/** Every styled element of the report, by role. */
export const STYLES = {
  article: `max-width:210mm;margin:0 auto;color:#000;background:#fff;font-family:${FONTS.body};font-size:16pt;line-height:1.8`,
  banner: 'margin:0 0 1em;padding:4px 8px;border:2px solid #c00;color:#c00;font-size:12pt;font-weight:bold;text-align:center;line-height:1.6',
  title: `margin:0 0 1em;font-family:${FONTS.title};font-size:22pt;font-weight:bold;line-height:1.5;text-align:center;text-wrap:balance;overflow-wrap:anywhere`,
  paragraph: `${PROSE};font-family:${FONTS.body}`,
  heading1: `${PROSE};text-wrap:pretty;font-family:${FONTS.heading1};font-weight:normal`,
  heading2: `${PROSE};text-wrap:pretty;font-family:${FONTS.heading2};font-weight:normal`,
  tableWrap: 'overflow-x:auto;margin:0.5em 0 1em',
  table: `border-collapse:collapse;width:100%;table-layout:fixed;font-family:${FONTS.table};font-size:10.5pt;${BORDER}`,
  // The caption repeats the section heading just above it: there for screen readers, not twice on the page.
  caption: 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap',
  columnHead: `${CELL};text-align:center`,
  rowHead: `${CELL};text-align:left`,
  value: `${CELL};text-align:center`,
  closing: 'margin:2em 0 0;text-align:right',
  closingBlock: 'display:inline-block;margin-right:4em;text-align:center',
  closingLine: 'margin:0;font-size:16pt;line-height:1.8',
  problems: 'margin:2em 0 0;padding:0.5em 1em;border:2px solid #c00',
  problemsHeading: `margin:0;color:#c00;font-size:16pt;line-height:1.8;font-family:${FONTS.heading1};font-weight:normal`,
  problemsList: 'margin:0;padding-left:2em;font-size:12pt;line-height:1.6',
} as const;

export type StyleRole = keyof typeof STYLES;

export const className = (role: StyleRole) => `nb-${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** How an element gets its style: a class of the page's stylesheet, or the style inline; `own` is inline in both. */
export type Styler = (role: StyleRole, own?: string) => string;
export const byClass: Styler = (role, own) => ` class="${className(role)}"${own ? ` style="${own}"` : ''}`;
export const inline: Styler = (role, own) => ` style="${STYLES[role]}${own ? `;${own}` : ''}"`;
