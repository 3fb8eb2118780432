// Text carried over from last year (format.md §7: reports 90% identical to the year before;
// 30号: 内容雷同 leads to accountability): X-COPY, a part largely last year's or a paragraph
// identical to one of last year's; X-YEAR, a paragraph still narrating last year as the year.
import type { Finding } from './findings';
import { proseParagraphs } from '../paragraphs';
import { describePath, getAt } from '../paths';
import type { DraftReport } from '../file/schema';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS, type ProsePart } from '../template/sections';
import { copiedShare } from './similarity';

type Texts = NonNullable<NonNullable<DraftReport['lastYear']>['texts']>;

/** Every prose part of 一, 五 and 六, with the section of last year's texts it is compared with. */
export const CARRIED_PARTS: readonly { part: ProsePart; section: keyof Texts }[] = [
  ...OVERVIEW_PARTS.map((part) => ({ part, section: 'overview' as const })),
  ...PROBLEMS_PARTS.map((part) => ({ part, section: 'problems' as const })),
  ...OTHER_PARTS.map((part) => ({ part, section: 'other' as const })),
];

const COPY_THRESHOLD = 0.7;
/** Shorter text is a phrase anyone may repeat (「无。」「严格落实保密审查。」), not a copied paragraph. */
const MIN_COPY_LENGTH = 20;
const QUOTE_LENGTH = 16;
/** A message names at most this many paragraphs, then says how many in all (a pasted text may have thousands). */
const LISTED_PARAGRAPHS = 5;

/** 「第 2、5 段」 or, past five, 「第 1、2、3、4、5 段等 40 段」, from 0-based indexes. */
const paragraphNumbers = (indexes: readonly number[]) => {
  const listed = indexes.slice(0, LISTED_PARAGRAPHS).map((i) => i + 1).join('、');
  return `第 ${listed} 段${indexes.length > LISTED_PARAGRAPHS ? `等 ${indexes.length} 段` : ''}`;
};

const compact = (text: string) => text.replace(/\s+/g, '');
const quote = (paragraph: string) => {
  const text = compact(paragraph);
  return `“${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text}”`;
};
const textAt = (report: DraftReport, path: string) => {
  const value = getAt(report, path);
  return typeof value === 'string' ? value : '';
};

/**
 * X-COPY (rules.md): a prose part of 一, 五 or 六 that is ≥ 70% last year's text (its 4-character
 * shingles found in last year's section), or a paragraph identical to one of last year's; the
 * message names the paragraphs.
 */
export function copiedFromLastYear(report: DraftReport): Finding[] {
  const texts = report.lastYear?.texts;
  if (!texts) return [];
  const lastParagraphs = new Set(
    Object.values(texts)
      .flatMap((t) => proseParagraphs(t ?? ''))
      .map(compact)
      .filter((p) => p.length >= MIN_COPY_LENGTH),
  );
  return CARRIED_PARTS.flatMap(({ part, section }): Finding[] => {
    const previous = texts[section];
    const text = textAt(report, part.path);
    if (!previous || compact(text).length < MIN_COPY_LENGTH) return [];
    const paragraphs = proseParagraphs(text);
    const identical = paragraphs.flatMap((p, i) => (lastParagraphs.has(compact(p)) ? [i] : []));
    const share = copiedShare(text, previous);
    if (identical.length === 0 && share < COPY_THRESHOLD) return [];
    const where = describePath(part.path);
    const which =
      identical.length === 0
        ? ''
        : paragraphs.length === 1
          ? '这一段与上年报告的一段完全相同'
          : `${paragraphNumbers(identical)}（${identical
              .slice(0, LISTED_PARAGRAPHS)
              .map((i) => quote(paragraphs[i] ?? ''))
              .join('、')}${identical.length > LISTED_PARAGRAPHS ? '…' : ''}）与上年报告的段落完全相同`;
    const how = share >= COPY_THRESHOLD ? `与上年报告有 ${Math.round(share * 100)}% 相同` : '';
    return [
      {
        id: 'X-COPY',
        severity: 'warning',
        path: part.path,
        message: `${where}${[how, which].filter(Boolean).join('，其中')}。照搬上年内容会被评议认定为敷衍塞责，请按本年实际情况重写。`,
      },
    ];
  });
}

// The year named as the time of the report: opening a sentence (「2023年，我局…」「2023年度，…」
// 「2023年以来」), or the end of the period (「截至2023年底」「截止2023年12月31日」). Not a comparison with
// it (「较2023年增长」「与2023年相比」「比2023年」) nor last year's report (「2023年度报告」).
const COMPARISON_BEFORE = /(?:较|比|与|同|和|跟|对照|针对|相较|较之|相比于?)$/;
const NOT_NARRATION_AFTER = /^(?:相比|相较|比较|同期|报告|年报|政府信息公开工作年度报告|的报告)/;

function narratesYear(paragraph: string, year: number): string | null {
  const y = String(year);
  const opening = new RegExp(`(?:^|[。；;！!？?])\\s*(${y}\\s*年(?:度)?(?:以来|全年)?\\s*[，,、]?)`, 'g');
  const periodEnd = new RegExp(`((?:截至|截止|截止到|至)\\s*${y}\\s*年(?:底|末|12月31日|十二月三十一日))`, 'g');
  for (const pattern of [opening, periodEnd]) {
    for (let m = pattern.exec(paragraph); m; m = pattern.exec(paragraph)) {
      const found = m[1] ?? '';
      const start = m.index + m[0].length - found.length;
      const after = paragraph.slice(start + found.length, start + found.length + 16);
      if (pattern === opening && !/[，,、]$|以来|全年/.test(found) && !/^(?:[我本全该各]|共|累计|在|，)/.test(after)) continue;
      if (COMPARISON_BEFORE.test(paragraph.slice(Math.max(0, start - 4), start)) || NOT_NARRATION_AFTER.test(after)) continue;
      return found.replace(/[，,、\s]+$/, '');
    }
  }
  return null;
}

/**
 * X-YEAR (rules.md): a paragraph that speaks of the previous year as the report year — the
 * copy-forward slip of a 2024 report still saying 「2023年，我局…」「2023年度，…」「截至2023年底」.
 */
export function lastYearAsReportYear(report: DraftReport): Finding[] {
  const year = report.meta.year;
  if (year === null) return [];
  return CARRIED_PARTS.flatMap(({ part }): Finding[] => {
    const paragraphs = proseParagraphs(textAt(report, part.path));
    const slips = paragraphs.flatMap((p, i) => {
      const said = narratesYear(p, year - 1);
      return said ? [{ i, said }] : [];
    });
    const first = slips[0];
    if (!first) return [];
    const where = paragraphs.length === 1 ? '' : paragraphNumbers(slips.map((s) => s.i));
    return [
      {
        id: 'X-YEAR',
        severity: 'warning',
        path: part.path,
        message: `${describePath(part.path)}${where}写的是“${first.said}”，本报告是 ${year} 年度的：可能是从上年报告照搬时没有改年份，请核对。`,
      },
    ];
  });
}
