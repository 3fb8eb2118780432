// 机关名称 and 年度 of a published report: from its title (「利通区司法局」 / 「2023 年政府信息公开工作年度
// 报告」, one line or two), else from its preface (「现发布《XX2023年政府信息公开工作年度报告》」), else from
// the first sentence naming an agency and a year (sample 001 has no title: 「2022年,东风区司法局认真履行…」),
// by its full name (「2023年，××市人民政府办公厅认真贯彻…」 is the 办公厅, not the 人民政府).
// What stands before the title is dropped; what follows it up to 一、总体情况 is the preface.
import { TITLE_SUFFIX } from '@/lib/report/template/sections';
import { withoutSpaces } from './normalise';

const YEAR = '((?:19|20)\\d{2})';
/** 「年政府信息公开工作年度报告」 as titles print it: also 「年度…」, 「…工作报告」, 「…公开年度报告」. */
const SUFFIX = TITLE_SUFFIX.replace(/^年/, '年度?').replace('工作年度报告', '(?:工作)?(?:年度)?报告');
const TITLE = new RegExp(`^(.*?)${YEAR}${SUFFIX}$`);

/** A line that is a report's title (「利通区司法局2023年政府信息公开工作年度报告」, spaces removed): what stands before the year, and the year. */
export function titleOf(line: string): { before: string; year: number } | null {
  const match = TITLE.exec(withoutSpaces(line));
  return match ? { before: match[1] ?? '', year: Number(match[2]) } : null;
}
const PREFACE = new RegExp(`现发布《(.{1,60}?)${YEAR}${SUFFIX}》`);
const FIRST_SENTENCE = new RegExp(`${YEAR}年(?:度|以来)?[，,、]?([\\u4e00-\\u9fff]{2,30}?(?:人民政府(?:办公厅|办公室)?|委员会|办公室|办公厅|局|厅|委|办|署|院|中心))`);
const NOT_AN_AGENCY = /^[我本全该各]/;
const MAX_AGENCY_LINE = 40;
const SENTENCE_MARKS = /[。，,；;：:！？]/;

export type MetaReading = {
  agency: string;
  year: number | null;
  /** Where agency and year were read; null when neither was found. */
  source: 'title' | 'preface' | 'sentence' | null;
  preface: string[];
};

const cleanAgency = (text: string) => text.replace(/^[《“"「【\s]+|[》”"」】\s]+$/g, '');

function fromTitle(front: readonly string[]): (MetaReading & { source: 'title' }) | null {
  for (const [i, paragraph] of front.entries()) {
    const title = titleOf(paragraph);
    if (!title) continue;
    const before = front[i - 1];
    const agencyLine = before !== undefined && withoutSpaces(before).length <= MAX_AGENCY_LINE && !SENTENCE_MARKS.test(before);
    const agency = cleanAgency(title.before) || (agencyLine ? cleanAgency(withoutSpaces(before)) : '');
    return { agency, year: title.year, source: 'title', preface: front.slice(i + 1) };
  }
  return null;
}

function fromText(paragraphs: readonly string[], pattern: RegExp, agencyFirst: boolean): { agency: string; year: number } | null {
  for (const paragraph of paragraphs) {
    const match = pattern.exec(withoutSpaces(paragraph));
    if (!match) continue;
    const agency = cleanAgency((agencyFirst ? match[1] : match[2]) ?? '');
    const year = Number(agencyFirst ? match[2] : match[1]);
    if (agency && !NOT_AN_AGENCY.test(agency)) return { agency, year };
  }
  return null;
}

/** `front`: paragraphs before 一、总体情况; `opening`: the first paragraphs of the report's text. */
export function recogniseMeta(front: readonly string[], opening: readonly string[]): MetaReading {
  const title = fromTitle(front);
  if (title?.agency) return title;
  const preface = fromText(front, PREFACE, true);
  if (preface) return { ...preface, source: 'preface', preface: title?.preface ?? [...front] };
  const sentence = fromText(opening, FIRST_SENTENCE, false);
  if (sentence) return { agency: sentence.agency, year: title?.year ?? sentence.year, source: 'sentence', preface: title?.preface ?? [...front] };
  return title ?? { agency: '', year: null, source: null, preface: [...front] };
}
