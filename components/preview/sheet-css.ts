// The A4 sheets of the preview (and of 打印), styled from the page's one geometry (lib/export/page.ts):
// GB/T 9704 margins, 公文 faces and sizes, the body's fixed pitch and 28 characters a line, table
// cells as the Word file sets them, the banner and the page number where the Word file puts them.
import { BANNER_COLOR, BANNER_TOP_MM, BODY_TRACKING_PT, LINE_PITCH_PT, PAGE_MM, PAGE_NUMBER_TOP_MM, SIZE_PT, TABLE_CELL, cssFontFamily } from '@/lib/export/page';

const pitch = `${LINE_PITCH_PT}pt`;

export const SHEET_CSS = `
.nb-page{box-sizing:border-box;width:${PAGE_MM.width}mm;height:${PAGE_MM.height}mm;padding:${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm;position:relative;overflow:hidden;background:#fff;color:#000;font-family:${cssFontFamily('body')};font-size:${SIZE_PT.body}pt;line-height:${pitch};text-align:justify;letter-spacing:${BODY_TRACKING_PT}pt}
.nb-page p{text-indent:2em;margin:0}
.nb-title{font-family:${cssFontFamily('title')};font-size:${SIZE_PT.title}pt;line-height:${pitch};letter-spacing:0;text-align:center;margin:0 0 ${pitch};font-weight:normal}
.nb-h1{font-family:${cssFontFamily('heading1')};font-size:${SIZE_PT.body}pt;font-weight:normal;text-indent:2em;margin:0}
.nb-h2{font-family:${cssFontFamily('heading2')};font-size:${SIZE_PT.body}pt;font-weight:normal;text-indent:2em;margin:0}
.nb-closing{text-align:right;padding-right:4em;margin-top:${pitch}}
.nb-closing p{text-indent:0}
.nb-table{width:100%;table-layout:fixed;border-collapse:collapse;font-family:${cssFontFamily('table')};font-size:${SIZE_PT.table}pt;line-height:${TABLE_CELL.lineHeight};letter-spacing:0;text-align:center;margin:0}
.nb-table th,.nb-table td{border:1px solid #000;padding:0 ${TABLE_CELL.paddingMm}mm;font-weight:normal;vertical-align:middle;overflow-wrap:anywhere}
.nb-table th[scope='row']{text-align:left}
.nb-table th[scope='row'][rowspan]{text-align:center}
.nb-page p.nb-banner,.nb-page p.nb-folio{text-indent:0}
.nb-banner{position:absolute;top:${BANNER_TOP_MM}mm;left:0;right:0;letter-spacing:0;text-align:center;color:${BANNER_COLOR};font-family:${cssFontFamily('heading1')};font-size:${SIZE_PT.banner}pt;line-height:1}
.nb-folio{position:absolute;top:${PAGE_NUMBER_TOP_MM}mm;font-family:${cssFontFamily('table')};font-size:${SIZE_PT.pageNumber}pt;line-height:1;letter-spacing:0}
.nb-folio.odd{right:calc(${PAGE_MM.right}mm + 1em)}
.nb-folio.even{left:calc(${PAGE_MM.left}mm + 1em)}
`;
