// The busy report at many lengths of prose, for the rendering tests of the DOCX (LibreOffice) and
// of the web page's print (Chromium): section 五 grown half a line at a time moves the closing
// through every place on its page; section 一 grown a line at a time moves table 三 down a page.
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import type { DraftReport } from '@/lib/report/file/schema';

/** Plain prose with no punctuation and no word of a table label, 24 characters before it repeats. */
const FILLER = '我局持续深化政务公开工作不断提升公开质量和实效';

/** `n` characters of filler. */
export const filler = (n: number) => FILLER.repeat(Math.ceil(n / FILLER.length) + 1).slice(0, n);

export type Variant = { name: string; report: DraftReport };

/** Section 五's improvements longer by 14 characters (half a line) at each of 40 steps. */
export const closingVariants = (): Variant[] =>
  Array.from({ length: 40 }, (_, i) => ({
    name: `closing-${String(i).padStart(2, '0')}`,
    report: setAt(busyReport(), 'problems.improvements', `${busyReport().problems.improvements}${filler(i * 14)}`),
  }));

/** Section 一 longer by one line (28 characters) at each of 24 steps: table 三 starts lower each time. */
export const tableVariants = (): Variant[] =>
  Array.from({ length: 24 }, (_, i) => ({
    name: `table-${String(i).padStart(2, '0')}`,
    report: setAt(busyReport(), 'overview.intro', `${busyReport().overview.intro}${filler(i * 28)}`),
  }));

/** Ten lines of plain prose as a paragraph of its own under 一、总体情况. */
export const PLAIN_PROSE = filler(26 + 28 * 9);
export const plainProseVariant = (): Variant => ({
  name: 'plain-prose',
  report: setAt(busyReport(), 'overview.intro', `${busyReport().overview.intro}\n${PLAIN_PROSE}`),
});

/** The row labels of table 三's group under 「三、本年度办理结果」, one unique piece of each, in order. */
export const GROUP_ROW_MARKS = ['（一）予以公开', '（二）部分公开', '1.属于国家秘密', '8.属于行政查询事项', '1.本机关不掌握', '3.补正后申请内容', '1.信访举报投诉', '5.要求行政机关确认', '1.申请人无正当理由', '2.申请人逾期未按', '（七）总计'];
