// A report's title (and a sum's), as printed and as the wizard, the home list and the file name show
// it: apart from the preface (preface.ts), which only 基本信息 and the printed page need.
import type { DraftReport } from './file/schema';
import { SUM_TITLE_SUFFIX, SUM_TITLE_YEAR, TITLE_SUFFIX } from './template/sections';

/** What the title shows for an agency or a year not filled in yet. */
export const TITLE_PLACEHOLDER = '××';
const PLACEHOLDER = TITLE_PLACEHOLDER;

/** The title as printed, in two centred lines: the agency, then 「{年度}年政府信息公开工作年度报告」. */
export function titleLines(meta: DraftReport['meta']): [string, string] {
  return [meta.agency.trim() || PLACEHOLDER, `${meta.year ?? PLACEHOLDER}${TITLE_SUFFIX}`];
}

/** 「{机关}{年度}年政府信息公开工作年度报告」: the report's name, in one line. */
export const reportTitle = (meta: DraftReport['meta']): string => titleLines(meta).join('');

/**
 * A sum's title in two lines, broken between words so that each fits the type area at 2号:
 * 「××县2024年度」 over 「政府信息公开工作年度报告数据汇总」 (the year and the suffix on one line would
 * be 20 characters, the type area's full width, and wrap).
 */
export function summaryTitleLines(meta: DraftReport['meta']): [string, string] {
  return [`${meta.agency.trim() || PLACEHOLDER}${meta.year ?? PLACEHOLDER}${SUM_TITLE_YEAR}`, SUM_TITLE_SUFFIX];
}

/** 「××县2024年度政府信息公开工作年度报告数据汇总」: a sum's name, in one line. */
export const summaryTitle = (meta: DraftReport['meta']): string => summaryTitleLines(meta).join('');
