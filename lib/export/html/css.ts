// The stylesheet of the exported page: the style roles as classes, then what only a whole page
// can do — the phone layout, scroll shadows on wide tables, and A4 print with the draft banner
// and the page numbers in the page margins.
import { BANNER_COLOR, BANNER_TOP_MM, LINE_PITCH_PT, PAGE_MM, PAGE_NUMBER_TOP_MM, SIZE_PT, cssFontFamily } from '../page';
import { cssString } from './escape';
import { className, STYLES, type StyleRole } from './style';

const rules = (Object.keys(STYLES) as StyleRole[]).map((role) => `.${className(role)}{${STYLES[role]}}`).join('\n');

// Shadows at an edge where a wide table scrolls on (gradients only: the page loads nothing).
const SCROLL_SHADOWS =
  'background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)),linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) 100% 0,' +
  'radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.25),rgba(0,0,0,0)),radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.25),rgba(0,0,0,0)) 100% 0;' +
  'background-repeat:no-repeat;background-size:40px 100%,40px 100%,14px 100%,14px 100%;background-attachment:local,local,scroll,scroll';

// 「— 1 —」 in 4号 宋体, odd pages right, even pages left, one character in (typography.md), its line
// starting where the page's geometry puts it (the bottom margin box starts at the type area's foot).
const PAGE_NUMBER_PADDING_MM = PAGE_NUMBER_TOP_MM - (PAGE_MM.height - PAGE_MM.bottom);
const PAGE_NUMBER = `content:"— " counter(page) " —";font-family:${cssFontFamily('table')};font-size:${SIZE_PT.pageNumber}pt;vertical-align:top;padding-top:${PAGE_NUMBER_PADDING_MM}mm`;

/**
 * In print the draft banner stands in the top margin of every page. A margin box does that in
 * Chromium; a fixed element cannot: Chromium repeats it per page only inside the type area,
 * over the text. The banner above the title stays too, for browsers without margin boxes.
 */
const bannerBox = (banner: string | null) =>
  banner === null
    ? ''
    : `@top-center{content:${cssString(banner)};color:${BANNER_COLOR};font-size:${SIZE_PT.banner}pt;font-weight:bold;vertical-align:top;padding-top:${BANNER_TOP_MM}mm}`;

export function documentCss(banner: string | null): string {
  return `
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;padding:32px 24px;background:#f3f3f3}
.nb-article{padding:48px 56px;box-shadow:0 0 6px rgba(0,0,0,.15)}
${rules}
.nb-table-wrap{${SCROLL_SHADOWS}}
.nb-table tr:not(:has([rowspan])){break-inside:avoid}
@media (max-width:640px){
body{padding:0;background:#fff}
.nb-article{padding:20px 16px;box-shadow:none;font-size:13pt}
.nb-title{font-size:16pt}
.nb-paragraph,.nb-heading1,.nb-heading2,.nb-closing-line,.nb-problems-heading{font-size:13pt}
.nb-closing-block{margin-right:0}
}
@page{size:A4;margin:${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm;${bannerBox(banner)}}
@page :right{@bottom-right{${PAGE_NUMBER};padding-right:1em;text-align:right}}
@page :left{@bottom-left{${PAGE_NUMBER};padding-left:1em;text-align:left}}
@media print{
body{padding:0;background:#fff}
.nb-article{max-width:none;padding:0;box-shadow:none}
.nb-paragraph,.nb-heading1,.nb-heading2{line-height:${LINE_PITCH_PT}pt}
.nb-heading1,.nb-heading2{break-after:avoid}
.nb-table-wrap{overflow:visible;background:none}
.nb-table{min-width:0 !important}
}
`;
}
