// 一、总体情况 into its lead and five parts, and 五 into problems and improvements, by the headings
// the report prints. A part is told by its words (「（一）政府信息主动公开情况」 is 主动公开), not by its
// number; a heading with text on its line (「（一）主动公开情况。坚持…」) gives that text to the part.
import type { DraftReport } from '@/lib/report/file/schema';
import { numberedHeading } from './headings';
import { withoutSpaces } from './normalise';

type OverviewKey = keyof DraftReport['overview'];
type ProblemsKey = keyof DraftReport['problems'];

/** The words that name each part of 一 in published headings, checked in this order. */
const OVERVIEW_WORDS: readonly { key: OverviewKey; words: readonly string[] }[] = [
  { key: 'requests', words: ['依申请'] },
  { key: 'proactive', words: ['主动公开'] },
  { key: 'platforms', words: ['平台'] },
  { key: 'management', words: ['信息管理'] },
  { key: 'oversight', words: ['监督', '保障', '考核'] },
];
const MAX_PART_HEADING = 30;

export const joinParagraphs = (paragraphs: readonly string[]): string => paragraphs.join('\n');

export function recogniseOverview(paragraphs: readonly string[]): { overview: DraftReport['overview']; parted: boolean } {
  const parts: Record<OverviewKey, string[]> = { intro: [], proactive: [], requests: [], management: [], platforms: [], oversight: [] };
  let current: OverviewKey = 'intro';
  let parted = false;
  for (const paragraph of paragraphs) {
    const heading = numberedHeading(paragraph, true);
    const head = heading ? withoutSpaces(heading.head) : '';
    const part = heading && head.length <= MAX_PART_HEADING ? OVERVIEW_WORDS.find((p) => p.words.some((w) => head.includes(w))) : undefined;
    if (heading && part) {
      current = part.key;
      parted = true;
      if (heading.rest) parts[current].push(heading.rest);
    } else {
      parts[current].push(paragraph);
    }
  }
  const overview = {
    intro: joinParagraphs(parts.intro),
    proactive: joinParagraphs(parts.proactive),
    requests: joinParagraphs(parts.requests),
    management: joinParagraphs(parts.management),
    platforms: joinParagraphs(parts.platforms),
    oversight: joinParagraphs(parts.oversight),
  };
  return { overview, parted };
}

const IMPROVEMENT_WORDS = ['改进', '整改', '措施', '下一步', '今后'];
const PROBLEM_WORDS = ['问题', '不足'];
const MAX_PROBLEMS_HEADING = 20;
const MAX_BARE_HEADING = 12;

/** When the improvements are spoken of: 「下一步」, 「2021年」 (the year after), 「今后」. */
const WHEN = '(?:下一步|今后|下阶段|下一阶段|接下来|明年|新的一年|(?:19|20)\\d{2}年度?)';
/** Who will act: 「我局」, 「本机关」, 「银川市西夏区司法局」. */
const WHO = '(?:我们|我[局市区县委办厅院]|本机关|本单位|我单位|[\\u4e00-\\u9fff]{2,20}?(?:局|委员会|委|办公室|办公厅|办|厅|人民政府|政府|中心|院))';
/**
 * A sentence opening like this starts the improvements even without a heading: 「下一步，我局将…」
 * (sample 003), 「针对存在问题，下一步，我市将…」 (sample 005), 「2021年，银川市西夏区司法局将认真总结经验…」
 * (sample 002), 「针对上年指出的问题，…」 (reports printed by this app, which have no sub-headings in 五),
 * 「主要改进措施如下：」. Not 「一是将…」 nor 「个别单位将…」 (a problem stated with 将 for 把).
 */
const IMPROVEMENTS_OPENING = new RegExp(
  [
    '^(?:下一步|今后|针对|接下来|下阶段|下一阶段|新的一年|为此)',
    `^(?:${WHEN}[，,]?)?(?:${WHO}[，,]?)(?:${WHEN}[，,]?)?(?:将(?!近)|计划|拟|要(?!求))`,
    `^(?:${WHEN}[，,]?)(?:将(?!近)|计划|拟|要(?!求))`,
    '^[^。]{0,20}(?:改进|整改)(?:措施|方向|计划|工作)[^。]{0,10}[：:]',
  ].join('|'),
);

/** The paragraph's sentences, each with its closing mark and quotes. */
const sentencesOf = (paragraph: string): string[] => paragraph.match(/[^。！？!?]+[。！？!?]*[”’」』）)]*/g) ?? [paragraph];

function problemsHeading(paragraph: string): { key: ProblemsKey; rest: string } | null {
  const numbered = numberedHeading(paragraph);
  const bare = !numbered && withoutSpaces(paragraph).length <= MAX_BARE_HEADING && !/[。，,；;]/.test(paragraph.slice(0, -1));
  const head = numbered ? numbered.head : bare ? paragraph : '';
  if (!head || withoutSpaces(head).length > MAX_PROBLEMS_HEADING) return null;
  const rest = numbered ? numbered.rest : '';
  if (IMPROVEMENT_WORDS.some((w) => head.includes(w))) return { key: 'improvements', rest };
  if (PROBLEM_WORDS.some((w) => head.includes(w))) return { key: 'problems', rest };
  return null;
}

/** Where in a paragraph the improvements begin (a sentence index), or -1. */
function improvementsStart(paragraph: string, problemsSoFar: number): number {
  return sentencesOf(paragraph).findIndex((sentence, i) => (i > 0 || problemsSoFar > 0) && IMPROVEMENTS_OPENING.test(withoutSpaces(sentence.normalize('NFKC'))));
}

export type ProblemsReading = {
  problems: DraftReport['problems'];
  /** How the improvements were told from the problems: by a sub-heading, by how a sentence opens, or not at all. */
  split: 'heading' | 'opening' | null;
  /** The sentence the improvements were taken to begin with, when told by its opening. */
  opening: string | null;
};

export function recogniseProblems(paragraphs: readonly string[]): ProblemsReading {
  const parts: Record<ProblemsKey, string[]> = { problems: [], improvements: [] };
  let current: ProblemsKey = 'problems';
  let split: ProblemsReading['split'] = null;
  let opening: string | null = null;
  for (const paragraph of paragraphs) {
    const heading = problemsHeading(paragraph);
    if (heading) {
      current = heading.key;
      if (heading.key === 'improvements') split = 'heading';
      if (heading.rest) parts[current].push(heading.rest);
      continue;
    }
    const start = current === 'problems' && split === null ? improvementsStart(paragraph, parts.problems.length) : -1;
    if (start >= 0) {
      const sentences = sentencesOf(paragraph);
      const before = sentences.slice(0, start).join('').trim();
      if (before) parts.problems.push(before);
      current = 'improvements';
      split = 'opening';
      opening = (sentences[start] ?? '').trim();
      parts.improvements.push(sentences.slice(start).join('').trim());
      continue;
    }
    parts[current].push(paragraph);
  }
  return {
    problems: { problems: joinParagraphs(parts.problems), improvements: joinParagraphs(parts.improvements) },
    split: parts.improvements.length > 0 ? split : null,
    opening: parts.improvements.length > 0 ? opening : null,
  };
}
