// The importers fed garbage: random bytes and strings, our own DOCX cut and corrupted, hostile
// archives and markup. Whatever comes in, the clerk gets a report or plain Chinese reasons — never
// an exception, never an internal error line, and never a wait of more than 2 s for one file.
// fast-check runs with a fixed seed and the hand-built inputs use a seeded generator, so every run
// is the same.
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DraftReportSchema } from '@/lib/report/file/schema';
import { SECTION_HEADINGS } from '@/lib/report/template/sections';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { APPLICANT_COLUMNS, TABLE3_ROWS } from '@/lib/report/template/table3';
import { importDocument } from './import-document';
import { declareSize, handmadeDocx, ourDocx } from './testing/document-fixtures';
import { BROKEN_DOCX, TOO_MANY_PARTS, ZIP_BOMB, ZIP_OVERRUN } from './read/docx/zip';
import { inflationBomb, manyParts, zip64EntryCountBomb } from './testing/hostile-zips';
import { renderBarText, renderTabText } from './testing/render-text';
import { importText } from './import-text';
import { readReportBytes } from '@/lib/report/file/read';
import { cpuMs } from '@/lib/report/testing/cpu-time';

const SEED = 42;
const LIMIT_MS = 2000;
const MB = 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);
const busy = busyReport();
/**
 * Our DOCX, built at a fixed moment: docx writes the time into the archive, and the byte offsets the
 * seeded properties flip would otherwise mean other bytes in every minute.
 */
async function ourDocxAtFixedTime(): Promise<Uint8Array> {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-16T08:00:00Z') });
  try {
    return await ourDocx(busy);
  } finally {
    vi.useRealTimers();
  }
}
const ours = await ourDocxAtFixedTime();

type Outcome = { ok: true; report: unknown } | { ok: false; problems: string[] };

/** The two lines the importers' catch-alls write when something inside them threw. */
const INTERNAL_ERROR = /^(读取文件时出错|识别时出错)：/;

/** A report that parses as a draft, or at least one non-empty Chinese reason and no internal error. */
function expectReadable(outcome: Outcome, what: string) {
  if (outcome.ok) {
    expect(DraftReportSchema.safeParse(outcome.report).success, what).toBe(true);
    return;
  }
  expect(outcome.problems.length, what).toBeGreaterThan(0);
  for (const problem of outcome.problems) {
    expect(problem.trim(), what).not.toBe('');
    expect(problem, what).toMatch(/[\u4e00-\u9fff]/);
    expect(problem, what).not.toMatch(INTERNAL_ERROR);
  }
}

/**
 * Runs one import, failing the test when it takes 2 s of CPU or more. CPU time, not the clock: the
 * suite runs beside other test files on two cores, and a hang (what these inputs did) is minutes.
 */
async function timed<T>(what: string, run: () => T | Promise<T>): Promise<T> {
  const started = cpuMs();
  const result = await run();
  const took = cpuMs() - started;
  if (process.env.FUZZ_TIMES) console.log(`${Math.round(took)} ms CPU: ${what}`);
  expect(took, `${what} took too long`).toBeLessThan(LIMIT_MS);
  return result;
}

async function importsCleanly(bytes: Uint8Array, fileName: string, what: string) {
  const outcome = await timed(what, () => importDocument(bytes, fileName));
  expectReadable(outcome, what);
  return outcome;
}

/** A seeded generator (mulberry32) for the inputs too large to build through fast-check. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { int: (max: number) => Math.floor(next() * max), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

/** Starts that send random bytes down each of the importer's paths: zip, PDF, Word 97, report file, web page, UTF-16. */
const PREFIXES = ['', 'PK\u0003\u0004', '%PDF-', '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1', '{"format":"nianbao.report",', '<html><table>', '\u00ff\u00fe'].map(
  (prefix) => Uint8Array.from(prefix, (c) => c.charCodeAt(0)),
);
const bytesArb = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.uint8Array({ maxLength: 64 * 1024, size: 'max' }))
  .map(([prefix, rest]) => Uint8Array.from([...prefix, ...rest]));

/** Words of a report, so that random text sometimes looks like headings and table rows. */
const REPORT_WORDS = [
  ...Object.values(SECTION_HEADINGS),
  ...TABLE3_ROWS.map((row) => row.label),
  ...APPLICANT_COLUMNS.map((column) => column.label),
  '总计', '行政复议', '行政诉讼', '规章', '行政规范性文件', '表一', '表二', '表三', '表四', '2025年', '某某市',
  '0', '1', '12', '345', '１２', '/', '—', '无', '|', '\t', ' ', '\n', '\n\n', '（一）', '1.', '、', '。',
];
const stringArbs = [
  ['printable ASCII', fc.string({ maxLength: 20_000, size: 'max' })],
  ['full Unicode', fc.string({ unit: 'binary', maxLength: 20_000, size: 'max' })],
  ['report-vocabulary', fc.string({ unit: fc.constantFrom(...REPORT_WORDS), maxLength: 2_000, size: 'max' })],
] as const;

describe('importing random bytes', () => {
  it('answers 200 random files of up to 64 KB with a report or Chinese reasons, each within 2 s', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, async (bytes) => {
        await importsCleanly(bytes, 'x.bin', `${bytes.length} random bytes`);
        expectReadable(await timed('readReportBytes', () => readReportBytes(bytes)), 'readReportBytes');
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('importing random text', () => {
  it.each(stringArbs)('answers pasted %s text of up to 20 KB with a report or Chinese reasons, each within 2 s', { timeout: 60_000 }, async (_, arb) => {
    await fc.assert(
      fc.asyncProperty(arb, async (text) => {
        expectReadable(await timed('importText', () => importText(text)), `importText of ${text.length} characters`);
        await importsCleanly(utf8(text), 'x.txt', `importDocument of ${text.length} characters`);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('answers a rendered report with lines dropped, repeated and swapped, each within 2 s', { timeout: 60_000 }, async () => {
    const renderings = [renderTabText(busy), renderBarText(busy)].map((text) => text.split('\n'));
    const editArb = fc.record({ at: fc.nat(), kind: fc.constantFrom('drop', 'repeat', 'swap') });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...renderings), fc.array(editArb, { minLength: 1, maxLength: 40 }), async (original, edits) => {
        const lines = [...original];
        for (const { at, kind } of edits) {
          const i = at % lines.length;
          const line = lines[i] ?? '';
          if (kind === 'drop') lines.splice(i, 1);
          else if (kind === 'repeat') lines.splice(i, 0, line);
          else [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length] ?? '', line];
        }
        expectReadable(await timed('importText', () => importText(lines.join('\n'))), 'edited report text');
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('importing our own DOCX damaged', () => {
  it('answers it cut at 50 random lengths, each within 2 s', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: ours.length - 1 }), async (length) => {
        await importsCleanly(ours.slice(0, length), 'x.docx', `DOCX cut to ${length} bytes`);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('answers it with one byte flipped at 50 random offsets, each within 2 s', { timeout: 60_000 }, async () => {
    const flipArb = fc.record({ at: fc.integer({ min: 0, max: ours.length - 1 }), mask: fc.integer({ min: 1, max: 255 }) });
    await fc.assert(
      fc.asyncProperty(flipArb, async ({ at, mask }) => {
        const damaged = ours.slice();
        damaged[at] = (damaged[at] ?? 0) ^ mask;
        const outcome = await importsCleanly(damaged, 'x.docx', `DOCX with byte ${at} xor ${mask}`);
        // What is read back whole from the embedded data (its SHA-256 checked) is the exported report itself.
        if (outcome.ok && outcome.source === 'embedded') expect(outcome.report).toEqual(busy);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('refuses it as broken when word/document.xml holds random bytes', { timeout: 30_000 }, async () => {
    const parts = unzipSync(ours);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 16 * 1024, size: 'max' }), async (noise) => {
        const outcome = await importsCleanly(zipSync({ ...parts, 'word/document.xml': noise }), 'x.docx', `document.xml of ${noise.length} random bytes`);
        expect(outcome).toEqual({ ok: false, problems: [BROKEN_DOCX] });
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('refuses a zip bomb, declared or real, within 2 s', { timeout: 30_000 }, async () => {
    const declared = declareSize(ours, 'word/document.xml', 110 * MB);
    const zeros = zipSync({ 'word/document.xml': strToU8('<w:document><w:body></w:body></w:document>'), 'word/media/zeros.bin': new Uint8Array(110 * MB) });
    expect(await importsCleanly(declared, 'x.docx', 'declared 110 MB')).toEqual({ ok: false, problems: [ZIP_BOMB] });
    expect(await importsCleanly(zeros, 'x.docx', '110 MB of zeros')).toEqual({ ok: false, problems: [ZIP_BOMB] });
  });

  it('refuses within 2 s an entry count of 4,294,967,295, a part that unpacks to 8 GB, 10,001 parts', { timeout: 30_000 }, async () => {
    expect(await importsCleanly(zip64EntryCountBomb(), 'x.docx', 'zip64 entry count')).toEqual({ ok: false, problems: [BROKEN_DOCX] });
    expect(await importsCleanly(inflationBomb(8 * 1024), 'x.docx', '8 GB declared as 222 bytes')).toEqual({ ok: false, problems: [ZIP_OVERRUN] });
    expect(await importsCleanly(manyParts(10_000), 'x.docx', '10,001 parts')).toEqual({ ok: false, problems: [TOO_MANY_PARTS] });
  });
});

const TAGS = ['div', 'p', 'table', 'tr', 'td', 'th', 'tbody', 'span', 'b', 'br', 'li', 'h2', 'body', 'head'];
const RAW_TAGS = ['script', 'style', 'title', 'textarea'];
const ATTRIBUTES = ['', ' rowspan="3"', ' colspan="999999"', ' rowspan=70000', ' class="x"', ' id="nianbao-report" type="application/json"', " style='a>b'"];
const TEXTS = ['', '一、总体情况', '三、收到和处理政府信息公开申请情况', '自然人', '总计', '12', '0', '&amp;', '&#x4e00;', '&nbsp;', '<', '>'];

/** About `size` characters of one line of random tags (from `tags`), attributes, text and numbers. */
function randomMarkup(size: number, tags: readonly string[], texts: readonly string[]): string {
  const random = seeded(SEED);
  const pieces: string[] = ['<html><body>'];
  let length = pieces[0]?.length ?? 0;
  while (length < size) {
    const tag = random.pick(tags);
    const kind = random.int(4);
    const piece = kind === 0 ? `</${tag}>` : kind === 1 ? `<${tag}${random.pick(ATTRIBUTES)}/>` : `<${tag}${random.pick(ATTRIBUTES)}>${random.pick(texts)}`;
    pieces.push(piece);
    length += piece.length;
  }
  return pieces.join('');
}

describe('importing hostile web pages', () => {
  const pages = [
    ['20,000 nested <div>', `<html><body>${'<div>'.repeat(20_000)}一、总体情况${'</div>'.repeat(20_000)}</body></html>`],
    ['5,000 nested tables', `<html><body>${'<table><tr><td>'.repeat(5_000)}12${'</td></tr></table>'.repeat(5_000)}</body></html>`],
    ['5,000 tables never closed', `<html><body>${'<table><tr><td rowspan="65534" colspan="1000">1'.repeat(5_000)}`],
    ['tags left open at every level', `<html><body>${'<p><b><i><span><li>'.repeat(10_000)}<table><tr><td>三、收到`],
    ['a cell of colspan="100000000"', `<html><body><table><tr><td colspan="100000000">三、收到和处理政府信息公开申请情况</td><td>1</td></tr>${'<tr><td>1</td></tr>'.repeat(1_000)}</table>`],
    ['a cell of rowspan="100000000"', `<html><body><table>${'<tr><td rowspan="100000000">1</td><td colspan="100000000">2</td></tr>'.repeat(1_000)}</table>`],
    ['spans of 1e10', `<html><body><table>${'<tr><td rowspan="1e10" colspan="1e10">1</td><td colspan="10000000000">2</td></tr>'.repeat(1_000)}</table>`],
    ['a tag cut off inside a quoted attribute', `<html><body><table><tr><td colspan="${'9'.repeat(100_000)}`],
    ['an unclosed comment and script', `<html><body><p>一、总体情况<!--${'<table>'.repeat(10_000)}<script>${'x'.repeat(100_000)}`],
    ['a 5 MB line of random block and table tags', randomMarkup(5 * MB, TAGS, TEXTS)],
    ['a 5 MB line of random tags, scripts and comments among them', randomMarkup(5 * MB, [...TAGS, ...RAW_TAGS], [...TEXTS, '<!--', '-->'])],
  ] as const;

  it.each(pages)('answers %s within 2 s', { timeout: 30_000 }, async (what, html) => {
    await importsCleanly(utf8(html), 'x.html', what);
  });
});

describe('importing a DOCX with hostile cell spans', () => {
  const cell = (span: string, text: string) => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const continued = '<w:tc><w:tcPr><w:gridSpan w:val="100000000"/><w:vMerge/></w:tcPr><w:p/></w:tc>';
  it.each(['100000000', '1e10', '10000000000'])('answers gridSpan="%s" within 2 s', { timeout: 30_000 }, async (span) => {
    const rows = [`<w:tr>${cell(span, '三、收到和处理政府信息公开申请情况')}${cell(span, '1')}</w:tr>`, ...Array.from({ length: 1_000 }, () => `<w:tr>${continued}${cell(span, '2')}</w:tr>`)];
    await importsCleanly(handmadeDocx(`<w:tbl>${rows.join('')}</w:tbl>`), 'x.docx', `gridSpan ${span}`);
  });
});

describe('importing a very long paste', () => {
  it('answers 100,000 lines of bars and numbers within 2 s', { timeout: 30_000 }, async () => {
    const random = seeded(SEED);
    const line = () => [`${random.int(1000)} |`, '|', '|||', `| ${random.int(100)} | ${random.int(100)} |`, `${random.int(10)}`][random.int(5)];
    const text = Array.from({ length: 100_000 }, line).join('\n');
    expectReadable(await timed('importText', () => importText(text)), '100,000 lines');
  });
});
