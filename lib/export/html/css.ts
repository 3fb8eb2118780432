// The stylesheet of the exported page: the style roles as classes, then what only a whole page
// can do — the phone layout, and A4 print with the page's geometry (lib/export/page.ts): 28
// characters a line at the body's pitch, the draft banner and the page numbers in the margins,
// no page holding only the closing, no table group split.
import { BANNER_COLOR, BANNER_TOP_MM, BODY_TRACKING_PT, LINE_PITCH_PT, PAGE_MM, PAGE_NUMBER_TOP_MM, SIZE_PT, TABLE_CELL, cssFontFamily } from '../page';
import { cssString } from './escape';
import { className, STYLES, type StyleRole } from './style';

const rules = (Object.keys(STYLES) as StyleRole[]).map((role) => `.${className(role)}{${STYLES[role]}}`).join('\n');

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

const pitch = `${LINE_PITCH_PT}pt`;
const BODY_TEXT = ['paragraph', 'heading1', 'heading2', 'closingLine'].map((role) => `.${className(role as StyleRole)}`).join(',');

export function documentCss(banner: string | null): string {
  return `
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;padding:32px 24px;background:#f3f3f3}
.nb-article{padding:48px 56px;box-shadow:0 0 6px rgba(0,0,0,.15)}
${rules}
.nb-table-wrap:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}
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
.nb-title{line-height:${pitch};margin-bottom:${pitch}}
${BODY_TEXT}{line-height:${pitch};letter-spacing:${BODY_TRACKING_PT}pt;orphans:2;widows:2}
.nb-heading1,.nb-heading2{break-after:avoid}
.nb-closing{margin-top:${pitch};break-before:avoid;break-inside:avoid}
.nb-problems{break-before:page}
.nb-table-wrap{overflow:visible;margin:0}
.nb-table{min-width:0 !important}
.nb-table th,.nb-table td{padding:0 ${TABLE_CELL.paddingMm}mm}
.nb-table tr,.nb-table tbody{break-inside:avoid}
}
`;
}
