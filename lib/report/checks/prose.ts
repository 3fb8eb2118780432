// X-PROSE (rules.md): numbers stated in the prose that contradict the tables — evaluators compare
// 「收到…申请N件」, 「未收到…申请」, 「结转…N件」 and 「行政复议/行政诉讼N件」 with tables 三 and 四.
import type { Finding } from './findings';
import { describePath, getAt } from '../paths';
import type { DraftReport } from '../file/schema';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS } from '../template/sections';
import { CELL_BY_PATH } from '../template/tables';
import type { Totals } from '../totals';

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
// Between 申请 and the number only words that keep the number a count of all applications:
// 「申请12件」「申请共计12件」「申请数量为12件」, not 「申请数量较上年增加12件」.
// No word here is the start of another (共计 is 共 + 计), so the repetition has one reading: with
// 共计 beside 共 and 计, 「申请共计共计…」 had 2^n and 24 of them took a second.
const TOTAL_WORDS = '(?:数量|总数|合计|总计|共|计|为|了|：|:)*';
const patterns = {
  received: new RegExp(`(?:收到|新收|接收|接到)[^。；;，,、]{0,16}?申请${TOTAL_WORDS}${NUM}\\s*件`, 'g'),
  noneReceived: /(?:未|没有)(?:收到|新收|接收|接到)[^。；;，,]{0,20}?申请/g,
  carried: new RegExp(`结转${GAP}{0,14}?${NUM}\\s*件`, 'g'),
  reconsideration: new RegExp(`行政复议${GAP}{0,10}?${NUM}\\s*(?:件|起|宗|个|次)`, 'g'),
  litigation: new RegExp(`行政诉讼${GAP}{0,10}?${NUM}\\s*(?:件|起|宗|个|次)`, 'g'),
  // 「未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况」, 「无行政复议案件」 — a statement
  // that there were none, not any 未/无 nearby (「对未予公开的，可依法申请行政复议」).
  noReconsideration: /(?:(?:未|没有)(?:发生|出现|收到|有|产生)[^。；;，,]{0,30}?|无(?:因[^。；;，,]{0,12})?(?:被申请)?)行政复议/,
  noLitigation: /(?:(?:未|没有)(?:发生|出现|收到|有|产生)[^。；;，,]{0,30}?|无(?:因[^。；;，,]{0,12})?(?:被提起)?)行政诉讼/,
};
// A count of one kind of outcome, not of all cases: 「行政复议决定维持2件」.
const PARTIAL = /维持|纠正|审结|撤销|确认|驳回|其中/;
// After a denial: 「未发生被行政复议纠错的情况」 is about outcomes, not about the number of cases.
const OUTCOME_AFTER = /^[^。；;，,]{0,8}(?:纠错|纠正|败诉|撤销)/;
// A breakdown of the received applications, not their number: 「其中通过网络收到申请30件」 — one of
// these words earlier in the same clause (since the last comma).
const BREAKDOWN_WORDS = ['其中', '通过', '方式'] as const;
/** Each breakdown word by its last character, so a sentence is read a character at a time. */
const BREAKDOWN_BY_LAST = new Map(BREAKDOWN_WORDS.map((w) => [w[1], w[0]]));
const OTHER_PROCEEDINGS = /复议|诉讼/;
// The other proceeding named just before, with no number of its own: 「行政复议和提起行政诉讼共7件」.
const JOINED = {
  reconsideration: new RegExp(`复议${GAP}{0,8}$`),
  litigation: new RegExp(`诉讼${GAP}{0,8}$`),
};
/** The longest text JOINED can match: it is tested on that much before a match, never on all of it. */
const JOINED_REACH = 10;
const CARRIED_OVER_BEFORE = /(?:上年|上一年|上年度|上一年度|去年|[0-9]{4}年)$/;

function* matches(re: RegExp, sentence: string) {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) yield m;
}

/**
 * Whether the clause before each of a rising series of positions names a breakdown
 * (BREAKDOWN_WORDS since the last comma). It reads each character once, so a sentence with a
 * claim every few characters costs its length, not its length squared.
 */
function breakdownReader(sentence: string) {
  let read = 0;
  let comma = -1;
  let word = -1;
  return (index: number): boolean => {
    for (; read < index; read++) {
      const ch = sentence[read];
      if (ch === '，' || ch === ',') comma = read;
      else if (read > 0 && BREAKDOWN_BY_LAST.get(ch ?? '') === sentence[read - 1]) word = read - 1;
    }
    return word > comma;
  };
}

/** The numeric statements about tables 三 and 四 in a piece of prose. */
export function proseClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  const normalized = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  for (const sentence of normalized.split(/[。；;！!？?\n]/)) {
    const add = (kind: ClaimKind, value: number | null, quote: string) => {
      if (value !== null) claims.push({ kind, value, quote });
    };
    // Every test of the text before a match looks at a bounded stretch of it (or reads it once,
    // breakdownReader): a regex over all that precedes each match made X-PROSE quadratic.
    const breakdownBefore = breakdownReader(sentence);
    for (const m of matches(patterns.received, sentence)) {
      const negated = /(未|没有|无)$/.test(sentence.slice(Math.max(0, m.index - 2), m.index));
      if (!OTHER_PROCEEDINGS.test(m[0]) && !negated && !breakdownBefore(m.index)) {
        add('received', readNumber(m[1] ?? ''), m[0]);
      }
    }
    for (const m of matches(patterns.noneReceived, sentence)) {
      if (!OTHER_PROCEEDINGS.test(m[0])) add('received', 0, m[0]);
    }
    for (const m of matches(patterns.carried, sentence)) {
      const before = sentence.slice(Math.max(0, m.index - 6), m.index);
      const yearOrLastYear = CARRIED_OVER_BEFORE.exec(before);
      const over = !/下/.test(m[0]) && (yearOrLastYear !== null || /上年|上一年/.test(m[0]));
      add(over ? 'carriedOver' : 'carriedForward', readNumber(m[1] ?? ''), over && yearOrLastYear ? `${yearOrLastYear[0]}${m[0]}` : m[0]);
    }
    const review = [
      { kind: 'reconsideration' as const, counted: patterns.reconsideration, none: patterns.noReconsideration, other: /诉讼/, joined: JOINED.litigation },
      { kind: 'litigation' as const, counted: patterns.litigation, none: patterns.noLitigation, other: /复议/, joined: JOINED.reconsideration },
    ];
    for (const { kind, counted, none, other, joined } of review) {
      let stated = false;
      for (const m of matches(counted, sentence)) {
        stated = true;
        // 「行政复议和行政诉讼共7件」 counts both together: no claim about either; 「…各1件」 does.
        const shared = (other.test(m[0]) || joined.test(sentence.slice(Math.max(0, m.index - JOINED_REACH), m.index))) && !/各/.test(m[0]);
        if (!PARTIAL.test(m[0]) && !shared) add(kind, readNumber(m[1] ?? ''), m[0]);
      }
      const negated = !stated ? none.exec(sentence) : null;
      if (negated && !OUTCOME_AFTER.test(sentence.slice(negated.index + negated[0].length))) add(kind, 0, negated[0]);
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
  const cell = CELL_BY_PATH.get(path);
  return value === null ? null : { value, where: `${cell?.table.shortName}「${cell?.name}」` };
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
