// The 图解 (一图读懂) of a report, as content: every number it shows, with its label and, when last
// year's key figures are known, its change against last year. Pure: the charts (options.ts) and
// the web section (html.ts) lay this out; nothing here knows a pixel. The numbers are the ones the
// document prints (an imported report's own totals included), read by cell path, never retyped.
import { feeStatement } from '@/lib/report/fee-statement';
import type { DraftReport } from '@/lib/report/file/schema';
import { changeLabel } from '@/lib/report/key-figures';
import { isValidCount } from '@/lib/report/numbers';
import { getAt } from '@/lib/report/paths';
import { REQUEST_RESULTS } from '@/lib/report/requests-prose';
import { formatTenths, sharesInTenths } from '@/lib/report/shares';
import { SECTION_HEADINGS } from '@/lib/report/template/sections';
import { TABLE2_BLOCKS } from '@/lib/report/template/table2';
import { APPLICANT_COLUMNS, CARRIED_FORWARD, CARRIED_OVER, RECEIVED, RESULTS_TOTAL } from '@/lib/report/template/table3';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '@/lib/report/template/table4';
import { computeTotals, totalsAsPrinted, type Totals } from '@/lib/report/totals';
import type { PrintDocument } from '../print-model';

/** A number of the picture: what it counts, the cells it sums, its value (null while a cell is blank). */
export type Figure = {
  label: string;
  /** The template's words for it, smaller under the label (「本年制发件数」, 「（七）总计」). */
  sub: string | null;
  paths: readonly string[];
  value: number | null;
  /** As printed: the digits, or 「—」 while blank. */
  text: string;
  /** 「较上年 +12.3%」, 「与上年持平」, 「上年为 0」; null without last year's figures. */
  change: string | null;
};
export type Share = Figure & { share: string | null };
/** 行政复议, or 行政诉讼 with 未经复议直接起诉 / 复议后起诉 as its `total.sub`. */
export type ReviewGroup = { total: Figure; results: Figure[] };

export type InfographicModel = {
  kicker: string;
  /** The agency, then 「{年度}年政府信息公开工作年度报告」 (the print model's title lines). */
  title: readonly [string, string];
  draft: { banner: string; summary: string } | null;
  proactive: { heading: string; rows: Figure[][] };
  requests: {
    heading: string;
    flow: Figure[];
    results: { heading: string; items: Share[]; handled: Figure };
    applicants: { heading: string; items: Figure[] };
  };
  review: { heading: string; groups: ReviewGroup[] };
  fee: { heading: string; text: string };
  /** 「数据来源：…」 and, when changes are shown, what they compare. */
  notes: string[];
};

export const INFOGRAPHIC_KICKER = '一图读懂';
export const UNIT = '件';
const BLANK = '—';
/** 「二、主动公开政府信息情况」 → 「主动公开政府信息情况」. */
const unnumbered = (heading: string) => heading.replace(/^[一二三四五六七八九十]+、/, '');

function sumOf(values: readonly (number | null | undefined)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

type Reader = { count: (path: string) => number | null; lastYear: (path: string) => number | null | undefined };

function reader(report: DraftReport): Reader {
  const totals: Totals = totalsAsPrinted(report, computeTotals(report));
  const before = report.lastYear?.keyFigures;
  return {
    count: (path) => {
      const value = totals.has(path) ? totals.get(path) : getAt(report, path);
      return isValidCount(value) ? value : null;
    },
    // undefined: no key figures at all (no change is said); null: that figure unknown last year.
    lastYear: (path) => (before ? (before[path] ?? null) : undefined),
  };
}

function figure(read: Reader, label: string, sub: string | null, paths: readonly string[], withChange = true): Figure {
  const value = sumOf(paths.map(read.count));
  const before = paths.map(read.lastYear);
  const known = withChange && before.every((v) => v !== undefined);
  const lastYear = known ? sumOf(before) : null;
  const percent = value !== null && lastYear !== null && lastYear !== 0 ? ((value - lastYear) / lastYear) * 100 : null;
  return {
    label,
    sub,
    paths,
    value,
    text: value === null ? BLANK : String(value),
    change: known ? changeLabel({ thisYear: value, lastYear, percent }) : null,
  };
}

function proactiveRows(read: Reader): Figure[][] {
  const [documents, licensing, enforcement] = TABLE2_BLOCKS;
  // 规章 and 行政规范性文件: issued and in force (the first and last column of their block).
  const issuedAndInForce = (documents?.rows ?? []).flatMap((row) =>
    [0, 2].map((i) => figure(read, row.label, documents?.columns[i] ?? null, [row.paths[i] ?? ''])),
  );
  const decisions = [licensing, enforcement].flatMap((block) => (block?.rows ?? []).map((row) => figure(read, row.label, block?.columns[0] ?? null, row.paths)));
  return [issuedAndInForce, decisions];
}

const FLOW = [
  { row: RECEIVED, label: '本年新收' },
  { row: CARRIED_OVER, label: '上年结转' },
  { row: RESULTS_TOTAL, label: '本年办结' },
  { row: CARRIED_FORWARD, label: '结转下年度' },
] as const;

function fee(report: DraftReport): string {
  const statement = feeStatement({ ...report.other.fees, note: undefined });
  return statement || '信息处理费情况尚未填写。';
}

/** The picture of the report `doc` prints (its title and its draft mark). */
export function infographicModel(doc: PrintDocument, report: DraftReport): InfographicModel {
  const read = reader(report);
  const results = REQUEST_RESULTS.map((r) => figure(read, r.name, null, r.totals));
  const tenths = sharesInTenths(results.map((r) => r.value ?? 0));
  const complete = results.every((r) => r.value !== null) && results.some((r) => (r.value ?? 0) > 0);
  const anyChange = report.lastYear?.keyFigures !== undefined;
  return {
    kicker: INFOGRAPHIC_KICKER,
    title: doc.title,
    draft: doc.draft ? { banner: doc.draft.banner, summary: doc.draft.summary } : null,
    proactive: { heading: unnumbered(SECTION_HEADINGS.proactive), rows: proactiveRows(read) },
    requests: {
      heading: unnumbered(SECTION_HEADINGS.applications),
      // 办结 is the row 「（七）总计」 of 表三, and says so.
      flow: FLOW.map(({ row, label }) => figure(read, label, row === RESULTS_TOTAL ? row.label : null, [`applications.${row.key}.total`])),
      results: {
        heading: '办理结果',
        items: results.map((r, i) => ({ ...r, share: complete ? formatTenths(tenths[i] ?? 0) : null })),
        handled: figure(read, '办结', RESULTS_TOTAL.label, [`applications.${RESULTS_TOTAL.key}.total`]),
      },
      applicants: {
        heading: '新收申请的申请人',
        // Last year's key figures hold each row's 总计, not its columns: no change per applicant.
        items: APPLICANT_COLUMNS.map((c) => figure(read, c.label, null, [`applications.${RECEIVED.key}.${c.key}`], false)),
      },
    },
    review: {
      heading: unnumbered(SECTION_HEADINGS.review),
      groups: REVIEW_GROUPS.map((g) => ({
        total: figure(read, g.labels[0], g.labels[1] ?? null, [`review.${g.key}.total`]),
        results: REVIEW_COLUMNS.map((c) => figure(read, c.label, null, [`review.${g.key}.${c.key}`], false)),
      })),
    },
    fee: { heading: '信息处理费', text: fee(report) },
    notes: [
      `数据来源：《${doc.name}》`,
      ...(anyChange ? ['「较上年」为与上年年度报告相应数字的比较。'] : []),
    ],
  };
}
