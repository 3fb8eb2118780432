// 汇总与核查 (README): many reports of one year → a status per file, the checks across the files
// (duplicates, other years, X-CARRY against last year's file), and the sum of those included.
import { runChecks } from '@/lib/report/checks/checks';
import { carryOver, inForce } from '@/lib/report/checks/cross';
import { sortFindings, type Finding } from '@/lib/report/checks/findings';
import type { DraftReport, ReportScope } from '@/lib/report/file/schema';
import type { SummaryEntry, SummaryRow } from './entries';
import { DEFAULT_SUM_AGENCY } from './labels';
import { agencyKey, commonestYear, findDuplicates, readOf } from './statuses';
import { sumReports, withoutFix } from './sum';

export type SummaryOptions = {
  today: Date;
  /** The year summed; default: the year most files are of. */
  year?: number | null;
  /** The rows summed (their indexes), as the clerk chose; default: every eligible row but duplicates and sums. */
  include?: ReadonlySet<number>;
  /** The sum's 机关名称 and 统计范围. */
  agency?: string;
  scope?: ReportScope;
};

export type Summary = {
  year: number | null;
  rows: SummaryRow[];
  /** The sum as a report file (the included reports' tables added up). */
  sum: DraftReport;
  sumFindings: Finding[];
};

const ACROSS_YEARS = new Set<Finding['id']>(['X-CARRY', 'X-INFORCE']);

/** X-CARRY and X-INFORCE against last year's report of the same agency when its file is among them. */
function againstLastYear(report: DraftReport, last: DraftReport, file: string): Finding[] {
  const baseline = { ...report, lastYear: { year: last.meta.year ?? 0, carriedForward: last.applications.carriedForward, regulationsInForce: last.proactive.regulations.inForce, normativeDocumentsInForce: last.proactive.normativeDocuments.inForce } };
  return [...carryOver(baseline), ...inForce(baseline)].map(withoutFix).map((f) => ({ ...f, message: `对照上年报告「${file}」：${f.message}` }));
}

const count = (findings: readonly Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;

export function summarise(entries: readonly SummaryEntry[], options: SummaryOptions): Summary {
  const reads = entries.map(readOf);
  const year = options.year !== undefined ? options.year : commonestYear(reads.flatMap((r) => (r && !r.isSummary ? [r.year] : [])));
  const { losers, kept } = findDuplicates(reads.flatMap((r) => (r ? [r] : [])));
  // Last year's file of each agency, the one counted when it is there twice.
  const lastYear = new Map<string, number>();
  reads.forEach((r, i) => {
    if (r && year !== null && r.year === year - 1 && !r.isSummary && !losers.has(i) && agencyKey(r.agency)) lastYear.set(agencyKey(r.agency), i);
  });

  const rows = entries.map((entry, index): SummaryRow => {
    const base = { index, file: entry.file, format: entry.format };
    if (!entry.read.ok) {
      return { ...base, source: null, agency: '', year: null, status: 'unreadable', findings: [], errors: 0, warnings: 0, reason: entry.read.problems.join(''), isSummary: false, eligible: false, included: false };
    }
    const report = entry.read.report;
    const { agency, year: own } = report.meta;
    let findings = entry.read.findings ?? runChecks(report, { today: options.today });
    const lastIndex = lastYear.get(agencyKey(agency));
    const last = lastIndex === undefined ? undefined : entries[lastIndex]?.read;
    if (own === year && last?.ok && lastIndex !== undefined) {
      findings = sortFindings([...findings.filter((f) => !ACROSS_YEARS.has(f.id)), ...againstLastYear(report, last.report, entries[lastIndex]?.file ?? '')]);
    }
    const isSummary = report.summary !== undefined;
    const eligible = own === year && year !== null;
    const duplicate = losers.get(index);
    const errors = count(findings, 'error');
    const status = duplicate ? 'duplicate' : !eligible ? 'other-year' : errors > 0 ? 'errors' : 'ok';
    const reasons: string[] = [];
    if (duplicate) {
      const keptFile = entries[duplicate.keptIndex]?.file ?? '';
      reasons.push(`与「${keptFile}」是同一机关同一年度的报告，只计入「${keptFile}」（${duplicate.byTime ? '修改时间较晚' : '排在后面'}）。`);
    }
    const beaten = kept.get(index);
    if (beaten) reasons.push(`另有同一机关同一年度的报告：${beaten.map((i) => `「${entries[i]?.file ?? ''}」`).join('、')}，计入本文件。`);
    if (!eligible && !duplicate) {
      reasons.push(own === null ? '没有填写报告年度，不计入汇总。' : year !== null && own === year - 1 ? `是 ${own} 年度（上年）的报告：不计入汇总，用于核对上年结转。` : `是 ${own} 年度的报告，不是 ${year ?? '所选'} 年度：不计入汇总。`);
    }
    if (isSummary) reasons.push(`本文件本身是汇总（汇总了 ${report.summary?.of.length ?? 0} 份报告），默认不计入，以免重复计算。`);
    const byDefault = eligible && !duplicate && !isSummary;
    const included = eligible && (options.include ? options.include.has(index) : byDefault);
    return { ...base, source: entry.read.source, agency, year: own, status, findings, errors, warnings: count(findings, 'warning'), reason: reasons.join(''), isSummary, eligible, included };
  });

  const summands = rows.flatMap((row) => {
    const read = entries[row.index]?.read;
    if (!row.included || !read?.ok) return [];
    const sha256 = entries[row.index]?.sha256;
    return [{ agency: row.agency, year: row.year, file: row.file, report: read.report, ...(sha256 ? { sha256 } : {}) }];
  });
  const { report: sum, findings: sumFindings } = sumReports(summands, { agency: options.agency?.trim() || DEFAULT_SUM_AGENCY, year, scope: options.scope ?? 'region' });
  return { year, rows, sum, sumFindings };
}
