// The notes the review screen shows after a report was recognised: what could not be read, where a
// guess would have been needed and was not made, and what the clerk should look at.
import type { TableId } from '@/lib/report/template/layout';
import type { DraftReport } from '@/lib/report/file/schema';
import { OVERVIEW_PARTS, PROBLEMS_PARTS, SECTION_HEADINGS, type SectionId } from '@/lib/report/template/sections';
import { CELL_BY_PATH, INPUT_CELLS, TABLES } from '@/lib/report/template/tables';
import { isBlank } from '@/lib/report/values';
import type { MetaReading } from './meta';

/** How much of the sentence the improvements were taken to begin with the review quotes. */
const MAX_QUOTED = 30;

export const TRIAL_FORMAT_NOTE = '此报告为 2019 年试行格式（国办公开办函〔2019〕60号），表二栏目不同，未导入；表三、表四已导入。';
export const NO_TABLES_NOTE = '没有找到表二、表三、表四，表格中的数字需要全部手工填写。';
export const PRINTED_TOTALS_NOTE = '原表印出的总计已一并导入，只用于核对：与各项之和不符的，检查中会指出。';

/** A closing paragraph that only gave the contact details was taken out of its section. */
export const contactMovedNote = (section: SectionId) =>
  `原文${SECTION_HEADINGS[section]}末尾说明联系方式的一段已移到前言末尾，不再作为该部分的正文（联系方式已读入基本信息，下一年度的报告由前言印出，不会重复）。`;

export function metaNotes(meta: MetaReading): string[] {
  const notes: string[] = [];
  if (meta.source === 'sentence') notes.push(`原文没有标题，机关名称“${meta.agency}”和年度 ${meta.year ?? ''} 取自正文第一句，请核对。`);
  if (!meta.agency) notes.push('没有找到机关名称，请在基本信息中填写。');
  if (meta.year === null) notes.push('没有找到报告年度，请在基本信息中填写。');
  return notes;
}

/** What was read of a fee that was charged, and what the text did not say (asked, never guessed). */
function chargedReading(fees: DraftReport['other']['fees']): string {
  const read = [fees.cases === null ? '' : `${fees.cases} 件`, isBlank(fees.amountYuan) ? '' : `${fees.amountYuan} 元`].filter(Boolean).join('、');
  const unsaid = [fees.cases === null ? '收费件数' : '', isBlank(fees.amountYuan) ? '收费金额' : ''].filter(Boolean).join('和');
  return `已记为收取${read ? ` ${read}` : ''}${unsaid ? `；原文没有写明${unsaid}，请补填。` : '。'}`;
}

export function proseNotes(p: {
  found: readonly SectionId[];
  overviewParted: boolean;
  problemsSplit: 'heading' | 'opening' | null;
  improvementsOpening: string | null;
  report: DraftReport;
  feeSentence: string | null;
}): string[] {
  const notes: string[] = [];
  for (const id of ['overview', 'problems', 'other'] as const) {
    if (!p.found.includes(id)) notes.push(`没有找到“${SECTION_HEADINGS[id]}”，这一部分留空。`);
  }
  if (p.report.overview.intro && !p.overviewParted) {
    notes.push(`“${SECTION_HEADINGS.overview}”没有分${OVERVIEW_PARTS[1]?.label ?? ''}等小标题，全文放在引言中，请按各部分整理。`);
  }
  if (p.problemsSplit === 'opening' && p.improvementsOpening) {
    const opening = p.improvementsOpening.length > MAX_QUOTED ? `${p.improvementsOpening.slice(0, MAX_QUOTED)}…` : p.improvementsOpening;
    notes.push(`“${SECTION_HEADINGS.problems}”没有分问题和改进情况的小标题，已从“${opening}”起放入“${PROBLEMS_PARTS[1]?.label ?? ''}”，之前的放在“${PROBLEMS_PARTS[0]?.label ?? ''}”，请核对。`);
  }
  if (p.report.problems.problems && !p.problemsSplit) {
    notes.push(`“${SECTION_HEADINGS.problems}”分不出问题和改进情况，全文放在“${PROBLEMS_PARTS[0]?.label ?? ''}”中，请把改进情况移到“${PROBLEMS_PARTS[1]?.label ?? ''}”。`);
  }
  const fees = p.report.other.fees;
  const quoted = p.feeSentence ? `原文“${p.feeSentence}”` : '';
  if (fees.charged === false) notes.push(`信息处理费：${quoted}，已记为本年度未收取。`);
  else if (fees.charged === true) notes.push(`信息处理费：${quoted}，${chargedReading(fees)}`);
  else if (fees.note) notes.push('信息处理费：原文没有说清是否收取，相关文字放在“补充说明”中，请选择是否收取。');
  else notes.push('原文没有说明是否收取信息处理费，请补充（没有收取也要写明）。');
  return notes;
}

export function tableNotes(p: { found: ReadonlyMap<string, unknown>; notNumbers: ReadonlyMap<string, string>; skipped: readonly TableId[] }): string[] {
  const notes: string[] = [];
  for (const table of TABLES) {
    if (p.skipped.includes(table.id)) continue;
    if (!INPUT_CELLS.some((cell) => cell.table.id === table.id && p.found.has(cell.path))) {
      notes.push(`没有找到${table.shortName}（${table.caption}）的数字，需要手工填写。`);
      continue;
    }
    // A printed total left blank is no gap: the wizard computes it.
    const odd = [...p.notNumbers].filter(([path]) => CELL_BY_PATH.get(path)?.table.id === table.id && !CELL_BY_PATH.get(path)?.computed);
    if (odd.length === 0) continue;
    const texts = [...new Set(odd.map(([, text]) => (text ? `「${text}」` : '空白')))].join('、');
    notes.push(`${table.shortName}有 ${odd.length} 格写的是${texts}，不是数字，已留空。评议时空格和「/」会被指出：没有发生的事项要填 0。`);
  }
  if ([...p.found.keys()].some((path) => CELL_BY_PATH.get(path)?.computed)) notes.push(PRINTED_TOTALS_NOTE);
  return notes;
}
