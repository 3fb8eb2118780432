// Every check takes time in proportion to the text it reads: doubling a hostile text at most
// about doubles the time (a ratio of CPU times, so it holds on a loaded machine; quadratic work
// quadruples).
// Each text is one a check once choked on (issue #11): X-PROSE ran a regex over everything before
// each match, 「共计」 had two readings per repetition, the email format backtracked over every dot.
import { describe, expect, it } from 'vitest';
import { runChecks } from './checks';
import { setAt } from '../paths';
import type { DraftReport } from '../file/schema';
import { busyReport } from '../testing/sample-reports';

const KB = 1024;
const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
/** `unit` repeated until the text is `bytes` long in UTF-8 (as in a file). */
const repeatedTo = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / utf8Bytes(unit)));

type Case = { name: string; paths: readonly string[]; text: (bytes: number) => string };

const CASES: readonly Case[] = [
  { name: 'X-PROSE: 「收到申请1件，」 in one long sentence', paths: ['overview.requests'], text: (b) => repeatedTo('收到申请1件，', b) },
  { name: 'X-PROSE: a clause that never ends (「其中收到申请1件」 without a comma)', paths: ['overview.requests'], text: (b) => repeatedTo('其中收到申请1件', b) },
  { name: 'X-PROSE: 「行政复议和行政诉讼各1件、」', paths: ['overview.oversight'], text: (b) => repeatedTo('行政复议和行政诉讼各1件、', b) },
  { name: 'X-PROSE: 「收到申请」 and 「共计」 repeated', paths: ['overview.requests'], text: (b) => `收到申请${repeatedTo('共计', b)}` },
  {
    name: 'X-COPY and X-YEAR: last year\'s text with its year, in every part',
    paths: ['overview.intro', 'lastYear.texts.overview'],
    text: (b) => repeatedTo('2024年，我局严格落实保密审查制度。\n', b),
  },
  {
    name: 'X-FEE: 「未发出收费通知」 over and over',
    paths: ['other.others'],
    text: (b) => repeatedTo('未向申请人发出收费通知', b),
  },
  { name: 'META-FORMAT: an email of 「b.」 after 「@」', paths: ['meta.contact.email'], text: (b) => `a@${repeatedTo('b.', b)} x` },
];

const withText = (paths: readonly string[], text: string): DraftReport =>
  paths.reduce<DraftReport>((report, path) => setAt(report, path, text), busyReport());

/** CPU milliseconds this process has used: the other programs on a busy machine do not count. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** One call's CPU time, the call repeated until it has used 40 ms (well above the clock's noise). */
function msPerCall(run: () => void): number {
  const start = cpuMs();
  let calls = 0;
  do {
    run();
    calls++;
  } while (cpuMs() - start < 40);
  return (cpuMs() - start) / calls;
}

/** The larger input's time over the smaller's, each the fastest of four rounds taken in turn (so a pause hits both alike). */
function timeRatio(small: () => void, large: () => void): number {
  small(); // compiled and warmed before anything is timed
  large();
  let [fastestSmall, fastestLarge] = [Infinity, Infinity];
  for (let round = 0; round < 4; round++) {
    fastestSmall = Math.min(fastestSmall, msPerCall(small));
    fastestLarge = Math.min(fastestLarge, msPerCall(large));
  }
  return fastestLarge / fastestSmall;
}

// Doubled three times (70 KB → 560 KB), so that linear work (×8) and quadratic work (×64) are far apart
// beside the noise of a shared machine (±30% made a single doubling's ×2 look like ×2.6).
const DOUBLINGS = 3;
const PER_DOUBLING = 2.5;

describe('the checks on a hostile text doubled three times', () => {
  it.each(CASES)(`take at most ${PER_DOUBLING} times as long per doubling — $name`, ({ paths, text }) => {
    const ctx = { today: new Date(2026, 0, 10) };
    const [small, large] = [70 * KB, 70 * KB * 2 ** DOUBLINGS].map((bytes) => withText(paths, text(bytes)));
    if (!small || !large) throw new Error('two reports');
    expect(timeRatio(() => runChecks(small, ctx), () => runChecks(large, ctx))).toBeLessThan(PER_DOUBLING ** DOUBLINGS);
  }, 120_000);
});
