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
/**
 * A paragraph opening like this starts the improvements even without a heading: 「下一步，我局将…」
 * (sample 003), 「针对上年指出的问题，…」 (reports printed by this app, which have no sub-headings in 五).
 */
const IMPROVEMENTS_OPENING = /^(?:下一步|今后|针对)/;

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

export function recogniseProblems(paragraphs: readonly string[]): { problems: DraftReport['problems']; split: boolean } {
  const parts: Record<ProblemsKey, string[]> = { problems: [], improvements: [] };
  let current: ProblemsKey = 'problems';
  for (const paragraph of paragraphs) {
    const heading = problemsHeading(paragraph);
    if (heading) {
      current = heading.key;
      if (heading.rest) parts[current].push(heading.rest);
      continue;
    }
    if (IMPROVEMENTS_OPENING.test(withoutSpaces(paragraph))) current = 'improvements';
    parts[current].push(paragraph);
  }
  return {
    problems: { problems: joinParagraphs(parts.problems), improvements: joinParagraphs(parts.improvements) },
    split: parts.improvements.length > 0,
  };
}
