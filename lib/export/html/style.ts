// The look of the exported HTML, close to the printed report (the page of ../page.ts: GB/T 9704
// sizes and the faces named, with fallbacks for machines without them). One list of styles serves
// both outputs: the page's stylesheet (as classes) and the pasteable fragment (inline, because CMS
// editors drop <style> and classes but keep style attributes).
import { BANNER_COLOR, PAGE_MM, SIZE_PT, TABLE_CELL, cssFontFamily } from '../page';

const FONTS = {
  body: cssFontFamily('body'),
  title: cssFontFamily('title'),
  heading1: cssFontFamily('heading1'),
  heading2: cssFontFamily('heading2'),
  table: cssFontFamily('table'),
};
const BODY_SIZE = `${SIZE_PT.body}pt`;

const BORDER = 'border:1px solid #000';
// Justified like the Word file. A web address, an e-mail or a telephone number breaks at the end of
// a line like the characters around it (word-break), rather than leave the line before it spread.
const PROSE = `margin:0;font-size:${BODY_SIZE};line-height:1.8;text-indent:2em;text-align:justify;word-break:break-all;overflow-wrap:anywhere`;
const CELL = `${BORDER};padding:2px ${TABLE_CELL.paddingMm}mm;vertical-align:middle;line-height:${TABLE_CELL.lineHeight};font-weight:normal;overflow-wrap:anywhere`;

/** Every styled element of the report, by role. */
export const STYLES = {
  article: `max-width:${PAGE_MM.width}mm;margin:0 auto;color:#000;background:#fff;font-family:${FONTS.body};font-size:${BODY_SIZE};line-height:1.8`,
  banner: `margin:0 0 1em;padding:4px 8px;border:2px solid ${BANNER_COLOR};color:${BANNER_COLOR};font-size:${SIZE_PT.banner}pt;font-weight:bold;text-align:center;line-height:1.6`,
  title: `margin:0 0 1em;font-family:${FONTS.title};font-size:${SIZE_PT.title}pt;font-weight:bold;line-height:1.5;text-align:center;text-wrap:balance;overflow-wrap:anywhere`,
  paragraph: `${PROSE};font-family:${FONTS.body}`,
  heading1: `${PROSE};text-align:left;text-wrap:pretty;font-family:${FONTS.heading1};font-weight:normal`,
  heading2: `${PROSE};text-align:left;text-wrap:pretty;font-family:${FONTS.heading2};font-weight:normal`,
  tableWrap: 'overflow-x:auto;margin:0.5em 0 1em',
  table: `border-collapse:collapse;width:100%;font-family:${FONTS.table};font-size:${SIZE_PT.table}pt;${BORDER}`,
  columnHead: `${CELL};text-align:center`,
  rowHead: `${CELL};text-align:left`,
  value: `${CELL};text-align:center`,
  closing: 'margin:2em 0 0;text-align:right',
  closingBlock: 'display:inline-block;margin-right:4em;text-align:center',
  closingLine: `margin:0;font-size:${BODY_SIZE};line-height:1.8;text-indent:0`,
  problems: `margin:2em 0 0;padding:0.5em 1em;border:2px solid ${BANNER_COLOR}`,
  problemsHeading: `margin:0;color:${BANNER_COLOR};font-size:${BODY_SIZE};line-height:1.8;font-family:${FONTS.heading1};font-weight:normal`,
  problem: `margin:0;font-size:${SIZE_PT.banner}pt;line-height:1.6`,
} as const;

export type StyleRole = keyof typeof STYLES;

export const className = (role: StyleRole) => `nb-${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** How an element gets its style: a class of the page's stylesheet, or the style inline; `own` is inline in both. */
export type Styler = (role: StyleRole, own?: string) => string;
export const byClass: Styler = (role, own) => ` class="${className(role)}"${own ? ` style="${own}"` : ''}`;
export const inline: Styler = (role, own) => ` style="${STYLES[role]}${own ? `;${own}` : ''}"`;

/**
 * What is written for: the page (its stylesheet, ids that tie a table's cells to their headers)
 * or the fragment for a CMS editor, which strips classes, ids and <style> and often <colgroup> and
 * <thead> too — so its look stands in attributes and inline styles on every table and cell.
 */
export type Target = { kind: 'page' | 'fragment'; style: Styler };
export const PAGE_TARGET: Target = { kind: 'page', style: byClass };
export const FRAGMENT_TARGET: Target = { kind: 'fragment', style: inline };
