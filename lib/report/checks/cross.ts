// Checks across sections and years: they warn, they never block a clean export.
import type { CheckContext } from './content';
import type { Finding } from './findings';
import { isValidCount, parseYuan } from '../numbers';
import { describePath, getAt } from '../paths';
import type { DraftReport } from '../file/schema';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS, PUBLICATION_DEADLINES, SECTION_HEADINGS } from '../template/sections';
import { APPLICANT_COLUMNS, CARRIED_FORWARD, CARRIED_OVER } from '../template/table3';
import { CELL_BY_PATH } from '../template/tables';
import type { Totals } from '../totals';

/** X-CARRY (rules.md): 二、上年结转 equals last year's 四、结转下年度继续办理, column by column. */
export function carryOver(report: DraftReport): Finding[] {
  const last = report.lastYear;
  if (!last) return [];
  return APPLICANT_COLUMNS.flatMap((column): Finding[] => {
    const path = `applications.carriedOver.${column.key}`;
    const now = getAt(report, path);
    const before = last.carriedForward[column.key];
    if (!isValidCount(now) || !isValidCount(before) || now === before) return [];
    return [
      {
        id: 'X-CARRY',
        severity: 'warning',
        path,
        message: `表三·${column.label}列：${CARRIED_OVER.shortLabel}填的是 ${now}，但上年（${last.year}年）报告的${CARRIED_FORWARD.label}为 ${before}。两者应当一致，请核对。`,
        fix: { kind: 'set', path, value: before, label: `${CARRIED_OVER.shortLabel}·${column.label}改为 ${before}` },
      },
    ];
  });
}

/** X-INFORCE (rules.md): 现行有效 = last year's 现行有效 + 本年制发 − 本年废止 (may be legitimate: ask, don't insist). */
export function inForce(report: DraftReport): Finding[] {
  const last = report.lastYear;
  if (!last) return [];
  const kinds = [
    { key: 'regulations', before: last.regulationsInForce },
    { key: 'normativeDocuments', before: last.normativeDocumentsInForce },
  ] as const;
  return kinds.flatMap(({ key, before }): Finding[] => {
    const [issued, repealed, now] = (['issued', 'repealed', 'inForce'] as const).map((c) => report.proactive[key][c]);
    if (!isValidCount(before) || !isValidCount(issued) || !isValidCount(repealed) || !isValidCount(now)) return [];
    const expected = before + issued - repealed;
    if (expected === now) return [];
    const cell = (c: string) => CELL_BY_PATH.get(`proactive.${key}.${c}`);
    const [issuedCell, repealedCell, inForceCell] = [cell('issued'), cell('repealed'), cell('inForce')];
    return [
      {
        id: 'X-INFORCE',
        severity: 'warning',
        path: `proactive.${key}.inForce`,
        message:
          `表二「${inForceCell?.rowLabel}」：上年${inForceCell?.columnLabel} ${before} + ${issuedCell?.columnLabel} ${issued} − ${repealedCell?.columnLabel} ${repealed} = ${expected}，` +
          `但${inForceCell?.columnLabel}填的是 ${now}。如因清理、修订或上级统一废止等原因不一致，请在${SECTION_HEADINGS.overview}中说明。`,
      },
    ];
  });
}

// A statement that no fee notice was issued — not the table's own 「逾期未按收费通知要求缴纳费用」.
const NO_FEE_NOTICE =
  /(?:(?:未|没有|从未)(?:向[^。；;，,]{0,12})?(?:发出|出具|送达|制发|下发|开具|发放|作出)过?(?:任何)?(?:信息处理费)?|无(?:信息处理费)?)收费通知/;

/** X-FEE (rules.md): fee notices and fees agree with table 三. */
export function feeConsistency(report: DraftReport, totals: Totals): Finding[] {
  const findings: Finding[] = [];
  const unpaidPath = 'applications.otherDisposal.unpaidFee.total';
  const unpaid = totals.get(unpaidPath) ?? 0;
  if (unpaid > 0) {
    for (const part of OTHER_PARTS) {
      const said = NO_FEE_NOTICE.exec(String(getAt(report, part.path) ?? ''));
      if (!said) continue;
      findings.push({
        id: 'X-FEE',
        severity: 'warning',
        path: part.path,
        message: `${describePath(part.path)}写的是“${said[0]}”，但${describePath(unpaidPath)}为 ${unpaid}，说明本年发出过收费通知。请核对。`,
      });
    }
  }
  const fees = report.other.fees;
  const amount = fees.amountYuan === null ? null : parseYuan(fees.amountYuan);
  const collected = fees.charged === true || (amount?.ok === true && amount.value !== null && Number(amount.value) > 0);
  const handled = totals.get('applications.resultsTotal.total') ?? 0;
  if (collected && handled === 0) {
    findings.push({
      id: 'X-FEE',
      severity: 'warning',
      path: 'other.fees.charged',
      message: `${SECTION_HEADINGS.other}：填写了收取信息处理费，但${describePath('applications.resultsTotal.total')}为 0，本年没有办理政府信息公开申请，不应产生信息处理费。请核对。`,
    });
  }
  return findings;
}

const GOV_TERMS = ['工作考核', '社会评议', '责任追究'] as const;

/** X-GOV (rules.md, 条例 art. 50(四)): a people's government reports 工作考核、社会评议和责任追究结果. */
export function governmentAccountability(report: DraftReport): Finding[] {
  if (report.meta.agencyKind !== 'government') return [];
  const text = [...OVERVIEW_PARTS, ...PROBLEMS_PARTS, ...OTHER_PARTS].map((p) => String(getAt(report, p.path) ?? '')).join('\n');
  const missing = GOV_TERMS.filter((term) => !text.includes(term));
  if (missing.length === 0) return [];
  return [
    {
      id: 'X-GOV',
      severity: 'warning',
      path: 'overview.oversight',
      message: `本机关是人民政府，按《条例》第五十条应报告工作考核、社会评议和责任追究结果情况（可写在${describePath('overview.oversight')}），目前没有提到：${missing.join('、')}。`,
    },
  ];
}

const DEADLINE_NEAR_DAYS = 45;
const DAY_MS = 86_400_000;

/** X-DEADLINE (rules.md; 条例 art. 49): publish by 1月31日 (a people's government: 3月31日) of the next year. */
export function publicationDeadline(report: DraftReport, ctx: CheckContext): Finding[] {
  const { year, agencyKind } = report.meta;
  if (year === null) return [];
  const { month, day } = PUBLICATION_DEADLINES[agencyKind];
  const deadline = Date.UTC(year + 1, month - 1, day);
  const today = Date.UTC(ctx.today.getFullYear(), ctx.today.getMonth(), ctx.today.getDate());
  const daysLeft = Math.round((deadline - today) / DAY_MS);
  if (daysLeft > DEADLINE_NEAR_DAYS) return [];
  const due = `按《条例》第四十九条，${year}年度报告应于${year + 1}年${month}月${day}日前公布`;
  const message = daysLeft < 0 ? `${due}，这一期限已过。` : daysLeft === 0 ? `${due}，今天是最后一天。` : `${due}，还剩 ${daysLeft} 天。`;
  return [{ id: 'X-DEADLINE', severity: 'info', path: 'meta.year', message }];
}
