// Properties of the report's arithmetic, number parsing and file round trip, over generated
// reports and strings (fast-check, fixed seed: a failure replays the same way every run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReportText } from '@/lib/report/file/read';
import { xmlSafeStrings } from '@/lib/report/xml-characters';
import { runChecks } from './checks/checks';
import { COUNT_TOO_LARGE, MAX_COUNT, parseCount, parseWanYuan, parseYuan } from './numbers';
import { getAt, setAt } from './paths';
import { busyReport } from './testing/sample-reports';
import { decimalPattern, type DraftReport, type Report } from './file/schema';
import { APPLICANT_COLUMNS, TABLE3_COLUMNS, TABLE3_RESULT_ROWS } from './template/table3';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from './template/table4';
import { INPUT_CELLS } from './template/tables';
import { computeTotals, withTotals } from './totals';

const ctx = { today: new Date(2025, 10, 1) };
const SEED = { seed: 42 };

const FEE_PATH = 'proactive.feesWanYuan';
const COUNT_PATHS = INPUT_CELLS.filter((cell) => cell.valueKind === 'count').map((cell) => cell.path);
const RESULT_ROW_PATHS = TABLE3_RESULT_ROWS.map((row) => row.path);
const cellPath = (row: string, column: string) => `${row}.${column}`;

/** A canonical 万元 amount from a number of ten-thousandths: 123400 → '12.34', 0 → '0'. */
function canonicalWanYuan(tenThousandths: bigint): string {
  const whole = tenThousandths / 10000n;
  const fraction = (tenThousandths % 10000n).toString().padStart(4, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

// Up to the largest amount a cell takes: 999999999.9999 万元 (an amount must stay below 10 亿万元).
const feeArb = fc.bigInt({ min: 0n, max: 10n ** 13n - 1n }).map(canonicalWanYuan);

/**
 * A complete report whose table 三 balances in every column: busyReport with every input cell of
 * tables 二, 三, 四 drawn from 0–500 and the fee drawn at random; then per applicant column
 * 二 is capped at （七） + 四 and 一 is set to （七） + 四 − 二 (so 一 + 二 = （七） + 四, nothing negative).
 * The 总计 column balances as the sum of the six. busyReport's prose is kept as it is.
 */
const consistentReportArb: fc.Arbitrary<Report> = fc
  .record({
    counts: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: COUNT_PATHS.length, maxLength: COUNT_PATHS.length }),
    fee: feeArb,
  })
  .map(({ counts, fee }) => {
    let report: Report = busyReport();
    COUNT_PATHS.forEach((path, i) => (report = setAt(report, path, counts[i])));
    report = setAt(report, FEE_PATH, fee);
    for (const { key } of APPLICANT_COLUMNS) {
      const results = RESULT_ROW_PATHS.reduce((sum, row) => sum + (getAt(report, cellPath(row, key)) as number), 0);
      const closing = results + (getAt(report, `applications.carriedForward.${key}`) as number);
      const carriedOver = Math.min(getAt(report, `applications.carriedOver.${key}`) as number, closing);
      report = setAt(report, `applications.carriedOver.${key}`, carriedOver);
      report = setAt(report, `applications.received.${key}`, closing - carriedOver);
    }
    return report;
  });

/** Values a draft's count cell may hold besides a valid count: blank, or a number CELL-INVALID judges. */
const oddCountArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(-3, 2.5, 1e21, Number.MAX_SAFE_INTEGER + 2) },
);

/**
 * A draft: the consistent report with about a quarter of its count cells blank or invalid, and
 * possibly no fee, no year, no 是否收费 answer, random prose and no last year.
 */
const draftArb: fc.Arbitrary<DraftReport> = fc
  .record({
    report: consistentReportArb,
    holes: fc.array(fc.option(oddCountArb, { freq: 3, nil: undefined }), { minLength: COUNT_PATHS.length, maxLength: COUNT_PATHS.length }),
    fee: fc.option(feeArb, { freq: 3 }),
    year: fc.option(fc.integer({ min: 1900, max: 2100 }), { freq: 3 }),
    charged: fc.option(fc.boolean(), { freq: 3 }),
    intro: fc.string({ unit: 'binary', maxLength: 200, size: 'medium' }),
    problems: fc.string({ unit: 'grapheme', maxLength: 200, size: 'medium' }),
    dropLastYear: fc.boolean(),
  })
  .map(({ report, holes, fee, year, charged, intro, problems, dropLastYear }) => {
    let draft: DraftReport = report;
    COUNT_PATHS.forEach((path, i) => {
      const hole = holes[i];
      if (hole !== undefined) draft = setAt(draft, path, hole);
    });
    draft = setAt(draft, FEE_PATH, fee);
    draft = setAt(draft, 'meta.year', year);
    draft = setAt(draft, 'other.fees.charged', charged);
    draft = setAt(draft, 'overview.intro', intro);
    draft = setAt(draft, 'problems.problems', problems);
    if (dropLastYear) draft = { ...draft, lastYear: undefined };
    return draft;
  });

const ARITHMETIC_AND_CELL_IDS = new Set(['T3-BALANCE', 'T3-ROWTOTAL', 'T3-RESULTS', 'T4-TOTAL', 'CELL-BLANK', 'CELL-INVALID']);

describe('a consistent complete report', () => {
  it('has no arithmetic or cell finding, and no error at all, with or without its printed totals', () => {
    fc.assert(
      fc.property(consistentReportArb, (report) => {
        for (const variant of [report, withTotals(report)]) {
          // X-* are warnings and busyReport's prose states its own numbers: they are not asserted.
          const findings = runChecks(variant, ctx);
          expect(findings.filter((f) => ARITHMETIC_AND_CELL_IDS.has(f.id))).toEqual([]);
          expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        }
      }),
      { ...SEED, numRuns: 150 },
    );
  });

  it('breaks T3-BALANCE in exactly the changed applicant column, with the 总计 column said in the same finding, when one result cell changes', () => {
    expect(TABLE3_RESULT_ROWS).toHaveLength(21);
    const cellArb = fc.record({
      row: fc.constantFrom(...RESULT_ROW_PATHS),
      column: fc.constantFrom(...APPLICANT_COLUMNS.map((c) => c.key)),
      target: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(consistentReportArb, cellArb, (report, { row, column, target }) => {
        const path = cellPath(row, column);
        const before = getAt(report, path) as number;
        const after = target === before ? before + 1 : target;
        const k = after - before;
        const findings = runChecks(setAt(report, path, after), ctx).filter((f) => f.id === 'T3-BALANCE');
        expect(findings.map((f) => f.path)).toEqual([`applications.carriedForward.${column}`]);
        expect(findings[0]?.message).toContain(`相差 ${Math.abs(k)}，`);
        expect(findings[0]?.message).toContain('总计列也因此不平衡');
      }),
      { ...SEED, numRuns: 300 },
    );
  });
});

/** What a total of `values` is by rules.md: blank when all are blank, else the sum with blank and invalid as 0. */
function expectedTotal(values: readonly unknown[]): number | null {
  if (values.every((v) => v === null || v === undefined)) return null;
  const valid = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER;
  return values.reduce<number>((sum, v) => sum + (valid(v) ? v : 0), 0);
}

describe('computeTotals', () => {
  const rowsWithTotals = ['applications.received', 'applications.carriedOver', ...RESULT_ROW_PATHS, 'applications.carriedForward'];

  it('makes each row total the sum of its six cells, （七）总计 the sum of the 21 result rows, and each 表四 total the sum of its four', () => {
    fc.assert(
      fc.property(fc.oneof(consistentReportArb, draftArb), (report) => {
        const totals = computeTotals(report);
        for (const row of rowsWithTotals) {
          const six = APPLICANT_COLUMNS.map((c) => getAt(report, cellPath(row, c.key)));
          expect(totals.get(cellPath(row, 'total'))).toBe(expectedTotal(six));
        }
        for (const { key } of APPLICANT_COLUMNS) {
          const results = RESULT_ROW_PATHS.map((row) => getAt(report, cellPath(row, key)));
          expect(totals.get(`applications.resultsTotal.${key}`)).toBe(expectedTotal(results));
        }
        const rowTotals = RESULT_ROW_PATHS.map((row) => totals.get(cellPath(row, 'total')));
        expect(totals.get('applications.resultsTotal.total')).toBe(expectedTotal(rowTotals));
        for (const group of REVIEW_GROUPS) {
          const four = REVIEW_COLUMNS.map((c) => getAt(report, `review.${group.key}.${c.key}`));
          expect(totals.get(`review.${group.key}.total`)).toBe(expectedTotal(four));
        }
        expect(totals.size).toBe(rowsWithTotals.length + TABLE3_COLUMNS.length + REVIEW_GROUPS.length);
      }),
      { ...SEED, numRuns: 200 },
    );
  });
});

const PARSERS = { parseCount, parseWanYuan, parseYuan } as const;

/** Strings that look like numbers as clerks type them, often enough to be accepted. */
const numberLikeArb = fc.string({
  unit: fc.constantFrom(...'0123456789０１２３４５６７８９,，.．-－ \u3000eEx/件'.split(''), '万元', '元', '无'),
  maxLength: 24,
});
/** Every UTF-16 code unit, lone surrogates included. */
const codeUnitsArb = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 40, size: 'medium' });
const anyStringArb = fc.oneof(
  fc.string({ size: 'medium' }),
  fc.string({ unit: 'binary', size: 'medium' }),
  fc.string({ unit: 'grapheme', size: 'medium' }),
  codeUnitsArb,
  numberLikeArb,
);

const toFullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('the number parsers', () => {
  it('never throw, and answer a value or a reason for any string', () => {
    fc.assert(
      fc.property(anyStringArb, (text) => {
        for (const parse of Object.values(PARSERS)) {
          const parsed = parse(text);
          if (parsed.ok) expect(parsed.value === null || ['number', 'string'].includes(typeof parsed.value)).toBe(true);
          else expect(parsed.reason).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { ...SEED, numRuns: 2000 },
    );
  });

  it('read back every count up to 10^9 written out by String, and refuse every safe integer above it as 数字太大', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseCount(String(n))).toEqual(n <= MAX_COUNT ? { ok: true, value: n } : { ok: false, reason: COUNT_TOO_LARGE });
      }),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('read a count they accepted the same way again from its String', () => {
    fc.assert(
      fc.property(anyStringArb, (text) => {
        const parsed = parseCount(text);
        if (parsed.ok && parsed.value !== null) expect(parseCount(String(parsed.value))).toEqual(parsed);
      }),
      { ...SEED, numRuns: 2000 },
    );
  });

  it('turn every accepted 万元 amount into a canonical string that reads back as itself', () => {
    fc.assert(
      fc.property(anyStringArb, (text) => {
        const parsed = parseWanYuan(text);
        if (!parsed.ok || parsed.value === null) return;
        expect(parsed.value).toMatch(decimalPattern(4));
        expect(parseWanYuan(parsed.value)).toEqual(parsed);
      }),
      { ...SEED, numRuns: 3000 },
    );
  });

  it('read a decimal with at most four places, leading zeros and trailing zeros included, as its canonical form', () => {
    const decimalArb = fc.record({
      leadingZeros: fc.integer({ min: 0, max: 3 }),
      whole: fc.bigInt({ min: 0n, max: 10n ** 9n - 1n }),
      places: fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), maxLength: 4 }),
      point: fc.boolean(),
    });
    fc.assert(
      fc.property(decimalArb, ({ leadingZeros, whole, places, point }) => {
        const text = '0'.repeat(leadingZeros) + String(whole) + (places || point ? `.${places}` : '');
        const expected = canonicalWanYuan(whole * 10000n + BigInt(places.padEnd(4, '0')));
        expect(parseWanYuan(text)).toEqual({ ok: true, value: expected });
      }),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('read full-width digits exactly as the same ASCII digits', () => {
    fc.assert(
      fc.property(fc.oneof(numberLikeArb, fc.string({ unit: fc.constantFrom(...'0123456789.,'.split('')) })), (text) => {
        for (const parse of Object.values(PARSERS)) {
          const ascii = parse(text);
          const wide = parse(toFullWidth(text));
          expect(wide.ok).toBe(ascii.ok);
          if (ascii.ok && wide.ok) expect(wide.value).toBe(ascii.value);
        }
      }),
      { ...SEED, numRuns: 2000 },
    );
  });
});

describe('a report written to JSON and read back', () => {
  it('is the same complete report, with or without its printed totals', () => {
    fc.assert(
      fc.property(consistentReportArb, (report) => {
        for (const variant of [report, withTotals(report)]) {
          expect(readReportText(JSON.stringify(variant))).toEqual({ ok: true, report: variant });
        }
      }),
      { ...SEED, numRuns: 150 },
    );
  });

  it('is the same draft, blanks, invalid numbers and unanswered questions included, less the characters XML forbids', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        // Its random texts may hold NUL or U+FFFF, which reading drops (xml-characters.ts).
        expect(readReportText(JSON.stringify(draft))).toEqual({ ok: true, report: xmlSafeStrings(draft) });
      }),
      { ...SEED, numRuns: 200 },
    );
  });
});
