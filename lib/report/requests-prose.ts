// 「根据表格生成文字」: the standard sentences of 一（二）依申请公开情况 written from tables 三 and 四, so
// the prose cannot contradict them (X-PROSE reads them back as the tables say). Shares add up to
// 100.0% as printed (shares.ts); a count of 0 is said in words, never 「0件，占0%」.
import type { DraftReport } from './file/schema';
import { isValidCount } from './numbers';
import { getAt } from './paths';
import { formatTenths, sharesInTenths } from './shares';
import { RESULT_GROUPS } from './template/table3';
import { REVIEW_COLUMNS } from './template/table4';
import { computeTotals, totalsAsPrinted, type Totals } from './totals';

// The group labels without their numbers and notes: 「（二）部分公开（区分处理的…）」 → 部分公开.
const resultName = (label: string) => label.replace(/^（[一二三四五六七八九十]+）/, '').replace(/（.*$/, '');
/** The six results of 三 by name, each with the 总计 cells it sums (the 图解 draws the same six). */
export const REQUEST_RESULTS = RESULT_GROUPS.map((g) => ({
  name: resultName(g.label),
  totals: g.items ? g.items.map((item) => `applications.${g.key}.${item.key}.total`) : [`applications.${g.key}.total`],
}));

const count = (totals: Totals, path: string) => totals.get(path) ?? 0;

function applicationsSentence(report: DraftReport, totals: Totals): string {
  const received = count(totals, 'applications.received.total');
  const carriedOver = count(totals, 'applications.carriedOver.total');
  const handled = count(totals, 'applications.resultsTotal.total');
  const carriedForward = count(totals, 'applications.carriedForward.total');
  const year = report.meta.year === null ? '本年度' : `${report.meta.year}年`;
  if (received === 0 && carriedOver === 0 && handled === 0 && carriedForward === 0) {
    return `${year}，本机关未收到政府信息公开申请，也没有上年结转的申请。`;
  }
  const flow = [
    received > 0 ? `新收政府信息公开申请${received}件` : '未收到新的政府信息公开申请',
    carriedOver > 0 ? `上年结转${carriedOver}件` : '没有上年结转的申请',
    handled > 0 ? `办结${handled}件` : '本年没有办结的申请',
    carriedForward > 0 ? `结转下年度${carriedForward}件` : '没有结转下年度的申请',
  ];
  let text = `${year}，本机关${flow.join('，')}`;
  if (handled > 0) {
    const counts = REQUEST_RESULTS.map((r) => r.totals.reduce((sum, path) => sum + count(totals, path), 0));
    const shares = sharesInTenths(counts);
    const stated = REQUEST_RESULTS.flatMap((r, i) => ((counts[i] ?? 0) > 0 ? [`${r.name}${counts[i]}件，占${formatTenths(shares[i] ?? 0)}`] : []));
    const none = REQUEST_RESULTS.filter((_, i) => counts[i] === 0).map((r) => r.name);
    text += `；其中${stated.join('，')}`;
    if (none.length > 0) text += `；未发生${none.join('、')}的情形`;
  }
  return `${text}。${receivedChange(report, received)}`;
}

/** 「新收申请数量较上年增长12.3%。」 when last year's figure is known. */
function receivedChange(report: DraftReport, received: number): string {
  const before = report.lastYear?.keyFigures?.['applications.received.total'];
  if (before === undefined) return '';
  if (before === received) return '新收申请数量与上年持平。';
  if (before === 0) return '上年未收到政府信息公开申请。';
  const tenths = Math.round((Math.abs(received - before) * 1000) / before);
  return `新收申请数量较上年${received > before ? '增长' : '下降'}${formatTenths(tenths)}。`;
}

const GROUP_PATHS = {
  reconsideration: ['review.reconsideration'],
  litigation: ['review.litigationDirect', 'review.litigationAfterReview'],
} as const;

/** 「其中结果维持72件，结果纠正64件…」: the results that are not 0, summed over the groups. */
function outcomes(report: DraftReport, groups: readonly string[]): string {
  const parts = REVIEW_COLUMNS.flatMap((c) => {
    const n = groups.reduce((sum, g) => {
      const value = getAt(report, `${g}.${c.key}`);
      return sum + (isValidCount(value) ? value : 0);
    }, 0);
    return n > 0 ? [`${c.label}${n}件`] : [];
  });
  return `其中${parts.join('，')}`;
}

function reviewSentence(report: DraftReport, totals: Totals): string {
  const reconsideration = count(totals, 'review.reconsideration.total');
  const direct = count(totals, 'review.litigationDirect.total');
  const afterReview = count(totals, 'review.litigationAfterReview.total');
  const litigation = direct + afterReview;
  if (reconsideration === 0 && litigation === 0) return '未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。';
  const first =
    reconsideration > 0
      ? `因政府信息公开工作被申请行政复议${reconsideration}件，${outcomes(report, GROUP_PATHS.reconsideration)}`
      : '未发生因政府信息公开工作被申请行政复议的情况';
  let second = '未发生因政府信息公开工作被提起行政诉讼的情况';
  if (litigation > 0) {
    const kinds = direct > 0 && afterReview > 0 ? `（未经复议直接起诉${direct}件，复议后起诉${afterReview}件）` : direct > 0 ? '（均为未经复议直接起诉）' : '（均为复议后起诉）';
    second = `${reconsideration > 0 ? '' : '因政府信息公开工作'}被提起行政诉讼${litigation}件${kinds}，${outcomes(report, GROUP_PATHS.litigation)}`;
  }
  return `${first}；${second}。`;
}

/** The sentences of 一（二） from the tables, as the document prints them. */
export function requestsProse(report: DraftReport): string {
  const totals = totalsAsPrinted(report, computeTotals(report));
  return `${applicationsSentence(report, totals)}${reviewSentence(report, totals)}`;
}

export type Insertion = { text: string; how: 'replaced' | 'inserted' | 'insertedAgain' };

/**
 * The clerk's text with `generated` in it: in place of the text inserted last time when that is
 * still there verbatim (the clerk's own words around it stay), otherwise at the start —
 * `insertedAgain` when the last insertion was edited and so is no longer found.
 */
export function insertGenerated(current: string, previous: string | undefined, generated: string): Insertion {
  if (previous && current.includes(previous)) return { text: current.replace(previous, () => generated), how: 'replaced' };
  const text = current.trim() === '' ? generated : `${generated}\n${current}`;
  return { text, how: previous ? 'insertedAgain' : 'inserted' };
}
