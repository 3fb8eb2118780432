// X-PROSE (rules.md): numbers stated in the prose that contradict the tables — evaluators compare
// 「收到…申请N件」, 「未收到…申请」, 「结转…N件」 and 「行政复议/行政诉讼N件」 with tables 三 and 四.
import type { Finding } from './findings';
import { describePath, getAt } from './paths';
import type { DraftReport } from './schema';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS } from './sections';
import { CELL_BY_PATH } from './tables';
import type { Totals } from './totals';

export type ClaimKind = 'received' | 'carriedOver' | 'carriedForward' | 'reconsideration' | 'litigation';
export type Claim = { kind: ClaimKind; value: number; quote: string };

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** 12 → 12, 十二 → 12, 二十 → 20, 一百零五 → 105; null when it is not a number. */
export function readNumber(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const unit = UNITS[ch];
    if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
      digit = null;
    } else if (unit) {
      section += (digit ?? 1) * unit;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

const NUM = '([0-9]+|[零〇一二两三四五六七八九十百千万]+)';
const GAP = '[^。；;，,0-9零〇一二两三四五六七八九十百千万]';
const RECEIVE = '(?:收到|新收|接收|接到)';
const patterns = {
  received: new RegExp(`${RECEIVE}[^。；;]{0,20}?申请${GAP}{0,8}?${NUM}\\s*件`, 'g'),
  noneReceived: new RegExp(`(?:未|没有|无)${RECEIVE}[^。；;]{0,20}?申请`, 'g'),
  carried: new RegExp(`结转${GAP}{0,14}?${NUM}\\s*件`, 'g'),
  reconsideration: new RegExp(`行政复议${GAP}{0,10}?${NUM}\\s*(?:件|起|宗|个|次)`, 'g'),
  litigation: new RegExp(`行政诉讼${GAP}{0,10}?${NUM}\\s*(?:件|起|宗|个|次)`, 'g'),
  noReconsideration: /(?:未|没有|无)[^。；;]{0,30}?行政复议/,
  noLitigation: /(?:未|没有|无)[^。；;]{0,30}?行政诉讼/,
};
// A count of one kind of outcome, not of all cases: 「行政复议决定维持2件」.
const PARTIAL = /维持|纠正|审结|撤销|确认|驳回|其中/;
const OTHER_PROCEEDINGS = /复议|诉讼/;

function* matches(re: RegExp, sentence: string) {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) yield m;
}

/** The numeric statements about tables 三 and 四 in a piece of prose. */
export function proseClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  const normalized = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  for (const sentence of normalized.split(/[。；;！!？?\n]/)) {
    const add = (kind: ClaimKind, value: number | null, quote: string) => {
      if (value !== null) claims.push({ kind, value, quote });
    };
    for (const m of matches(patterns.received, sentence)) {
      if (!OTHER_PROCEEDINGS.test(m[0]) && !/(未|没有|无)$/.test(sentence.slice(0, m.index))) add('received', readNumber(m[1] ?? ''), m[0]);
    }
    for (const m of matches(patterns.noneReceived, sentence)) {
      if (!OTHER_PROCEEDINGS.test(m[0])) add('received', 0, m[0]);
    }
    for (const m of matches(patterns.carried, sentence)) {
      const before = sentence.slice(Math.max(0, m.index - 4), m.index);
      const kind = /下/.test(m[0]) || !/上年|上一年|去年/.test(before) ? 'carriedForward' : 'carriedOver';
      add(kind, readNumber(m[1] ?? ''), kind === 'carriedOver' ? `${before.slice(before.search(/上|去/))}${m[0]}` : m[0]);
    }
    const review = [
      { kind: 'reconsideration' as const, counted: patterns.reconsideration, none: patterns.noReconsideration },
      { kind: 'litigation' as const, counted: patterns.litigation, none: patterns.noLitigation },
    ];
    for (const { kind, counted, none } of review) {
      let stated = false;
      for (const m of matches(counted, sentence)) {
        stated = true;
        if (!PARTIAL.test(m[0])) add(kind, readNumber(m[1] ?? ''), m[0]);
      }
      const negated = !stated ? none.exec(sentence) : null;
      if (negated) add(kind, 0, negated[0]);
    }
  }
  return claims;
}

const PROSE_FIELDS = [...OVERVIEW_PARTS, ...PROBLEMS_PARTS, ...OTHER_PARTS].map((p) => p.path);

const tableCell: Record<Exclude<ClaimKind, 'litigation'>, string> = {
  received: 'applications.received.total',
  carriedOver: 'applications.carriedOver.total',
  carriedForward: 'applications.carriedForward.total',
  reconsideration: 'review.reconsideration.total',
};
const LITIGATION_CELLS = ['review.litigationDirect.total', 'review.litigationAfterReview.total'] as const;

function tableValue(kind: ClaimKind, totals: Totals): { value: number; where: string } | null {
  if (kind === 'litigation') {
    const [direct, after] = LITIGATION_CELLS.map((p) => totals.get(p) ?? null);
    if (direct === null && after === null) return null;
    const names = LITIGATION_CELLS.map((p) => CELL_BY_PATH.get(p)?.rowLabel ?? p);
    return { value: (direct ?? 0) + (after ?? 0), where: `表四「${names[0]}」与「${names[1]}」的总计之和` };
  }
  const path = tableCell[kind];
  const value = totals.get(path) ?? null;
  return value === null ? null : { value, where: `表三「${CELL_BY_PATH.get(path)?.name ?? path}」` };
}

export function proseContradictions(report: DraftReport, totals: Totals): Finding[] {
  const findings: Finding[] = [];
  for (const path of PROSE_FIELDS) {
    const text = getAt(report, path);
    if (typeof text !== 'string' || text.trim() === '') continue;
    const seen = new Set<string>();
    for (const claim of proseClaims(text)) {
      const table = tableValue(claim.kind, totals);
      const key = `${claim.kind}:${claim.value}`;
      if (!table || table.value === claim.value || seen.has(key)) continue;
      seen.add(key);
      findings.push({
        id: 'X-PROSE',
        severity: 'warning',
        path,
        message: `${describePath(path)}写的是“${claim.quote}”，但${table.where}为 ${table.value}。请让文字与表格一致。`,
      });
    }
  }
  return findings;
}
