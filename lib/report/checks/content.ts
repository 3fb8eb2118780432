// Checks that every cell, required field and required section is there and well-formed.
import { FILL_BLANKS_LABEL, type Finding } from './findings';
import { metaFormatProblem } from './meta-formats';
import { COUNT_TOO_LARGE, isValidCount } from '../numbers';
import { describePath, getAt } from '../paths';
import type { DraftReport } from '../file/schema';
import { isBlank, parserFor, valueKindOf } from '../values';
import { META_FIELDS, OVERVIEW_PARTS, PROBLEMS_PARTS, SECTION_HEADINGS, FORMAT_APPLIES, FORMAT_FIRST_YEAR, fieldLabel } from '../template/sections';
import { INPUT_CELLS, TABLES } from '../template/tables';

export type CheckContext = {
  today: Date;
  /** Cells holding text the clerk typed that is not a number: not blank, reported as CELL-INVALID instead. */
  typed?: ReadonlySet<string>;
};

const LISTED_BLANKS = 5;

export { FILL_BLANKS_LABEL };


/** CELL-BLANK (rules.md): a table cell has no value — 没有就填 0; one finding per table. */
export function blankCells(report: DraftReport, typed: ReadonlySet<string> = new Set()): Finding[] {
  return TABLES.flatMap((table): Finding[] => {
    const blanks = INPUT_CELLS.filter((c) => c.table === table && isBlank(getAt(report, c.path)) && !typed.has(c.path));
    const first = blanks[0];
    if (!first) return [];
    const listed = blanks.slice(0, LISTED_BLANKS).map((c) => c.name).join('、');
    const more = blanks.length > LISTED_BLANKS ? ' 等' : '';
    return [
      {
        id: 'CELL-BLANK',
        severity: 'error',
        path: first.path,
        message: `${table.shortName}有 ${blanks.length} 个空白格：${listed}${more}。没有发生的事项也要填 0，不能空着，可点「${FILL_BLANKS_LABEL}」。`,
        fix: { kind: 'fillBlanks', table: table.id, label: FILL_BLANKS_LABEL },
      },
    ];
  });
}

/** The CELL-INVALID finding for a value typed or stored at `path`. */
export function invalidCell(path: string, typed: string, reason: string): Finding {
  return { id: 'CELL-INVALID', severity: 'error', path, message: `${describePath(path)}填的是「${typed}」：${reason}。` };
}

function countProblem(value: number): string {
  if (value < 0) return '不能是负数';
  if (!Number.isInteger(value)) return '件数必须是整数，不能有小数';
  return COUNT_TOO_LARGE;
}

/** CELL-INVALID (rules.md): a count that is not a non-negative integer, an amount that is not a decimal. */
export function invalidCells(report: DraftReport): Finding[] {
  const findings: Finding[] = [];
  const counts = [...INPUT_CELLS.filter((c) => c.valueKind === 'count').map((c) => c.path), 'other.fees.cases'];
  for (const path of counts) {
    const v = getAt(report, path);
    if (typeof v === 'number' && !isValidCount(v)) findings.push(invalidCell(path, String(v), countProblem(v)));
  }
  const amounts = [...INPUT_CELLS.filter((c) => c.valueKind === 'amount').map((c) => c.path), 'other.fees.amountYuan'];
  for (const path of amounts) {
    const v = getAt(report, path);
    if (typeof v !== 'string' || isBlank(v)) continue;
    const parsed = parserFor(valueKindOf(path))(v);
    if (!parsed.ok) findings.push(invalidCell(path, v, parsed.reason));
  }
  return findings;
}

/** META-REQUIRED (rules.md): 机关名称 and 报告年度 are given; 年度 is 2021 (30号) or later and not in the future. */
export function metaRequired(report: DraftReport, ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const { agency, year } = report.meta;
  const thisYear = ctx.today.getFullYear();
  if (agency.trim() === '') {
    findings.push({ id: 'META-REQUIRED', severity: 'error', path: 'meta.agency', message: `基本信息：请填写${fieldLabel('meta.agency')}（如“某某区司法局”）。` });
  }
  if (year === null) {
    findings.push({ id: 'META-REQUIRED', severity: 'error', path: 'meta.year', message: `基本信息：请填写${fieldLabel('meta.year')}（如 2025）。` });
  } else if (year < FORMAT_FIRST_YEAR) {
    findings.push({
      id: 'META-REQUIRED',
      severity: 'error',
      path: 'meta.year',
      message: `基本信息：${fieldLabel('meta.year')} ${year} 早于 ${FORMAT_FIRST_YEAR} 年。${FORMAT_APPLIES}，请核对年度。`,
    });
  } else if (year > thisYear) {
    findings.push({
      id: 'META-REQUIRED',
      severity: 'error',
      path: 'meta.year',
      message: `基本信息：${fieldLabel('meta.year')} ${year} 晚于今年（${thisYear} 年），请核对年度。`,
    });
  }
  return findings;
}

/**
 * META-FORMAT (rules.md; the wizard's field formats, so a file is held to them too): the website
 * is a web address — nothing else may become a link — and postcode, phone, fax and email are
 * well-formed.
 */
export function metaFormats(report: DraftReport): Finding[] {
  return META_FIELDS.flatMap((field): Finding[] => {
    const value = getAt(report, field.path);
    const problem = typeof value === 'string' ? metaFormatProblem(field.path, value) : null;
    return problem ? [{ id: 'META-FORMAT', severity: 'error', path: field.path, message: `${describePath(field.path)}填的是「${String(value).trim()}」：${problem}。` }] : [];
  });
}

const blank = (report: DraftReport, path: string) => isBlank(getAt(report, path));

/** SECTION-EMPTY (rules.md): 一 has text; 五 has problems and improvements; 六 states the 信息处理费. */
export function sectionsEmpty(report: DraftReport): Finding[] {
  const findings: Finding[] = [];
  const empty = (path: string, message: string) => findings.push({ id: 'SECTION-EMPTY', severity: 'error', path, message });
  if (OVERVIEW_PARTS.every((part) => blank(report, part.path))) {
    const parts = OVERVIEW_PARTS.slice(1).map((p) => p.label).join('');
    empty('overview.intro', `${SECTION_HEADINGS.overview}还没有内容。请综述本机关贯彻落实《条例》的情况：${parts}。`);
  }
  const [problems, improvements] = PROBLEMS_PARTS;
  if (problems && blank(report, problems.path)) {
    empty(problems.path, `${describePath(problems.path)}还没有内容。请写明本年政府信息公开工作存在的主要问题。`);
  }
  if (improvements && blank(report, improvements.path)) {
    empty(improvements.path, `${describePath(improvements.path)}还没有内容。请写明改进措施和上年问题的整改情况。`);
  }
  const fees = report.other.fees;
  if (fees.charged === null) {
    empty('other.fees.charged', `${SECTION_HEADINGS.other}：请说明是否收取信息处理费——没有收取也要写明。`);
  } else if (fees.charged) {
    if (fees.cases === null) empty('other.fees.cases', `${describePath('other.fees.cases')}：已选择收取信息处理费，请填写收费件数。`);
    if (isBlank(fees.amountYuan)) {
      empty('other.fees.amountYuan', `${describePath('other.fees.amountYuan')}：已选择收取信息处理费，请填写收费金额（元）。`);
    }
  }
  return findings;
}

/** The parts of 六 evaluators look for (format.md §2; the 年度政务公开工作要点 and the 建议提案 results). */
const EXPECTED_PARTS: Readonly<Record<string, string>> = {
  'other.workPoints': '评议时会对照上级年度政务公开工作要点逐项查看落实情况',
  'other.proposals': '评议时会查看人大代表建议和政协提案办理结果的公开情况',
};

/** PART-EMPTY (rules.md): a part of 六 that evaluators look for is left empty; 「无」 typed on purpose answers it. */
export function expectedParts(report: DraftReport): Finding[] {
  return Object.entries(EXPECTED_PARTS).flatMap(([path, why]): Finding[] =>
    blank(report, path)
      ? [{ id: 'PART-EMPTY', severity: 'warning', path, message: `${describePath(path)}还没有内容。${why}；请写明本年的情况，确实没有的请写“无”。` }]
      : [],
  );
}
