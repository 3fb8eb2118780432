// 「以上年报告为基础新建」: a new draft for year N+1 from the report of year N. 二、上年结转 is last
// year's 四、结转下年度继续办理, column by column; last year's 现行有效件数 and texts become the
// baseline of X-INFORCE and X-COPY; the texts are offered as a starting point to rewrite; its key
// figures are kept for the year-over-year figures and X-CHANGE.
import { emptyReport } from './empty-report';
import { keyFigures } from './key-figures';
import { getAt, setAt } from './paths';
import type { Applicants, DraftReport } from './file/schema';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS, fieldLabel } from './template/sections';
import { APPLICANT_COLUMNS, CARRIED_FORWARD, CARRIED_OVER } from './template/table3';
import { CELL_BY_PATH } from './template/tables';

const joined = (report: DraftReport, parts: readonly { path: string }[]) =>
  parts
    .map((p) => getAt(report, p.path))
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .join('\n');

export function nextYearReport(last: DraftReport): DraftReport {
  const year = last.meta.year === null ? null : last.meta.year + 1;
  let next = emptyReport({ agency: last.meta.agency, year, agencyKind: last.meta.agencyKind });
  next = { ...next, meta: { ...next.meta, website: last.meta.website, contact: last.meta.contact } };
  const carriedForward = last.applications.carriedForward;
  for (const column of APPLICANT_COLUMNS) next = setAt(next, `applications.carriedOver.${column.key}`, carriedForward[column.key]);
  for (const part of [...OVERVIEW_PARTS, ...PROBLEMS_PARTS, ...OTHER_PARTS]) next = setAt(next, part.path, getAt(last, part.path));
  // Last year's printed 总计 is not carried: the checks compare the columns.
  const lastForward: Applicants = { ...carriedForward, total: undefined };
  return {
    ...next,
    lastYear: {
      year: last.meta.year ?? 0,
      carriedForward: lastForward,
      regulationsInForce: last.proactive.regulations.inForce,
      normativeDocumentsInForce: last.proactive.normativeDocuments.inForce,
      texts: { overview: joined(last, OVERVIEW_PARTS), problems: joined(last, PROBLEMS_PARTS), other: joined(last, OTHER_PARTS) },
      keyFigures: keyFigures(last),
    },
  };
}

/** What was carried over, in the clerk's words, for the screen that opens the new draft. */
export function carryOverSummary(last: DraftReport): string[] {
  const forward = APPLICANT_COLUMNS.map((c) => `${c.label} ${last.applications.carriedForward[c.key] ?? '（空）'}`).join('，');
  const inForce = (path: string) => `${CELL_BY_PATH.get(path)?.rowLabel} ${getAt(last, path) ?? '（空）'}`;
  return [
    `${CARRIED_OVER.label}：按上年${CARRIED_FORWARD.label}填入（${forward}）。`,
    `上年现行有效件数（${inForce('proactive.regulations.inForce')}，${inForce('proactive.normativeDocuments.inForce')}）作为本年核对的基准。`,
    '上年各部分文字已填入作为起点，请按本年实际情况改写；与上年雷同的部分检查时会提示。',
    carriedMeta(last.meta),
  ];
}

/** 发布网站 and 联系方式, field by field: what was carried, and what last year's report did not state. */
const CARRIED_META = ['meta.website.name', 'meta.website.url', 'meta.contact.unit', 'meta.contact.address', 'meta.contact.postcode', 'meta.contact.phone', 'meta.contact.fax', 'meta.contact.email'];

function carriedMeta(meta: DraftReport['meta']): string {
  const stated = (path: string) => {
    const value = getAt({ meta }, path);
    return typeof value === 'string' && value.trim() !== '';
  };
  const missing = CARRIED_META.filter((path) => !stated(path));
  if (missing.length === 0) return '机关名称、机关类型、发布网站和联系方式沿用上年，请核对。';
  const carried = CARRIED_META.filter(stated).map(fieldLabel);
  return `机关名称、机关类型${carried.length ? `和${carried.join('、')}` : ''}沿用上年，请核对；上年报告没有写明${missing.map(fieldLabel).join('、')}，请在基本信息中填写。`;
}
