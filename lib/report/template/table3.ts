// Table 三 — 收到和处理政府信息公开申请情况 (format.md §4): 25 rows × 7 applicant columns.
import { label, numberedWords, spelled, value, type LayoutCell, type TableLayout, type ValueCell } from './layout';
import { SECTION_HEADINGS } from './sections';

export const APPLICANT_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'business', ...spelled('商业|企业') },
  { key: 'research', ...spelled('科研|机构') },
  { key: 'nonprofit', ...spelled('社会|公益|组织') },
  { key: 'legal', ...spelled('法律|服务|机构') },
  { key: 'other', label: '其他' },
] as const;
export type ApplicantKey = (typeof APPLICANT_COLUMNS)[number]['key'];
const APPLICANT_TOTAL_LABEL = '总计';
/** The seven data columns as they are printed: six applicant kinds and 总计. */
export const TABLE3_COLUMNS = [...APPLICANT_COLUMNS, { key: 'total', label: APPLICANT_TOTAL_LABEL }] as const;
export type Table3ColumnKey = (typeof TABLE3_COLUMNS)[number]['key'];

/** The rule of the corner, in the short forms used beside the table and in its offered fix. */
const BALANCE_RULE = '一 + 二 = （七） + 四';
const SUGGESTION = '一 + 二 − （七）';
export const BALANCE_LABELS = {
  rule: BALANCE_RULE,
  heading: `勾稽关系核对（${BALANCE_RULE}）`,
  left: '一+二',
  right: '（七）+四',
  /** What 四 would be to close the column. */
  suggestion: SUGGESTION,
  fix: `四 = ${SUGGESTION}`,
  /** A column with cells still blank is not checkable yet. */
  incomplete: (blanks: number) => `尚未填完（${blanks} 格空白）`,
} as const;

/** The quick answer of an agency that had no application all year. */
export const NO_APPLICATIONS_LABEL = '本年度未收到政府信息公开申请';

export const TABLE3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const APPLICANTS_HEADING = spelled('申请人|情况');
const LEGAL_PERSONS_HEADING = spelled('法人|或|其他|组织');
const RESULTS_HEADING = spelled('三、|本年度|办理结果');

type Row = { key: string; label: string; shortLabel: string };

export const RECEIVED: Row = { key: 'received', label: '一、本年新收政府信息公开申请数量', shortLabel: '一、本年新收' };
export const CARRIED_OVER: Row = { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', shortLabel: '二、上年结转' };
export const RESULTS_TOTAL: Row = { key: 'resultsTotal', label: '（七）总计', shortLabel: '（七）总计' };
export const CARRIED_FORWARD: Row = { key: 'carriedForward', label: '四、结转下年度继续办理', shortLabel: '四、结转下年度' };

type Item = { key: string; label: string; help?: string };
type ResultGroup = { key: string; label: string; help?: string; items?: readonly Item[] };

/** 三、本年度办理结果 （一）…（六）, with the 条例 definitions behind the rows as help. */
export const RESULT_GROUPS: readonly ResultGroup[] = [
  { key: 'granted', label: '（一）予以公开' },
  {
    key: 'partlyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    help: '对同一申请既公开一部分、又不公开一部分（区分处理）的，只在这一行计 1 件，不在其他办理结果中重复计算。',
  },
  {
    key: 'denied',
    label: '（三）不予公开',
    items: [
      { key: 'stateSecret', label: '1.属于国家秘密' },
      { key: 'lawProhibited', label: '2.其他法律行政法规禁止公开' },
      { key: 'securityStability', label: '3.危及“三安全一稳定”', help: '“三安全一稳定”指国家安全、公共安全、经济安全、社会稳定（《条例》第十四条）。' },
      { key: 'thirdParty', label: '4.保护第三方合法权益', help: '涉及商业秘密、个人隐私等，公开会损害第三方合法权益（《条例》第十五条）。' },
      { key: 'internalAffairs', label: '5.属于三类内部事务信息', help: '三类内部事务信息指人事管理、后勤管理、内部工作流程等方面的信息（《条例》第十六条第一款）。' },
      { key: 'processInfo', label: '6.属于四类过程性信息', help: '四类过程性信息指讨论记录、过程稿、磋商信函、请示报告等过程性信息（《条例》第十六条第二款）。' },
      { key: 'enforcementFiles', label: '7.属于行政执法案卷', help: '行政执法案卷信息（《条例》第十六条第二款）。' },
      { key: 'inquiry', label: '8.属于行政查询事项' },
    ],
  },
  {
    key: 'unavailable',
    label: '（四）无法提供',
    items: [
      { key: 'notHeld', label: '1.本机关不掌握相关政府信息' },
      { key: 'needsCreation', label: '2.没有现成信息需要另行制作' },
      { key: 'unclear', label: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    key: 'notProcessed',
    label: '（五）不予处理',
    items: [
      { key: 'complaint', label: '1.信访举报投诉类申请' },
      { key: 'repeated', label: '2.重复申请' },
      { key: 'publication', label: '3.要求提供公开出版物' },
      { key: 'excessive', label: '4.无正当理由大量反复申请' },
      { key: 'confirmation', label: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    key: 'otherDisposal',
    label: '（六）其他处理',
    items: [
      { key: 'noCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { key: 'unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { key: 'other', label: '3.其他' },
    ],
  },
];

/** One body row of table 三 with everything the grid, checks and importers need. */
export type Table3Row = {
  /** Path of the row's applicants object, e.g. `applications.denied.stateSecret`. */
  path: string;
  label: string;
  shortLabel: string;
  /** The level-2 label the row is a numbered item under, if any (「（三）不予公开」). */
  groupLabel: string | null;
  /** On the first item of a group: how many rows the group label spans; otherwise 0. */
  groupSpan: number;
  help: string | null;
  isResult: boolean;
  computed: boolean;
};

const resultRows: Table3Row[] = RESULT_GROUPS.flatMap((group): Table3Row[] =>
  group.items
    ? group.items.map((item, i, items) => ({
        path: `applications.${group.key}.${item.key}`,
        label: item.label,
        shortLabel: `${group.label}${item.label}`,
        groupLabel: group.label,
        groupSpan: i === 0 ? items.length : 0,
        help: item.help ?? null,
        isResult: true,
        computed: false,
      }))
    : [{ path: `applications.${group.key}`, label: group.label, shortLabel: group.label, groupLabel: null, groupSpan: 0, help: group.help ?? null, isResult: true, computed: false }],
);

const simpleRow = (row: Row, computed = false): Table3Row => ({
  path: `applications.${row.key}`,
  label: row.label,
  shortLabel: row.shortLabel,
  groupLabel: null,
  groupSpan: 0,
  help: null,
  isResult: false,
  computed,
});

/** The 25 body rows in printed order. */
export const TABLE3_ROWS: readonly Table3Row[] = [
  simpleRow(RECEIVED),
  simpleRow(CARRIED_OVER),
  ...resultRows,
  simpleRow(RESULTS_TOTAL, true),
  simpleRow(CARRIED_FORWARD),
];

export const TABLE3_RESULT_ROWS: readonly Table3Row[] = resultRows;

function valueCells(row: Table3Row): ValueCell[] {
  const nameParts = row.groupLabel ? [row.groupLabel, row.label] : [row.label];
  return TABLE3_COLUMNS.map((column) => {
    const path = `${row.path}.${column.key}`;
    const name = [...nameParts, column.label];
    if (column.key === 'total') {
      const addends = APPLICANT_COLUMNS.map((c) => `${row.path}.${c.key}`);
      return value(path, name, { computed: { rule: row.computed ? 'T3-RESULTS' : 'T3-ROWTOTAL', addends } });
    }
    if (row.computed) {
      return value(path, name, { computed: { rule: 'T3-RESULTS', addends: resultRows.map((r) => `${r.path}.${column.key}`) } });
    }
    return value(path, name);
  });
}

function labelCells(row: Table3Row): LayoutCell[] {
  const first = resultRows[0];
  const cells: LayoutCell[] = [];
  if (!row.isResult && !row.computed) return [label(row.label, { colSpan: 3, scope: 'row' })];
  if (row === first) cells.push(label(RESULTS_HEADING.label, { rowSpan: resultRows.length + 1, scope: 'row', words: RESULTS_HEADING.words }));
  if (!row.groupLabel) return [...cells, label(row.label, { colSpan: 2, scope: 'row' })];
  if (row.groupSpan > 0) cells.push(label(row.groupLabel, { rowSpan: row.groupSpan, scope: 'row', words: numberedWords(row.groupLabel) }));
  return [...cells, label(row.label, { scope: 'row' })];
}

/**
 * The printed widths in millimetres of the 156 mm type area, for 五号 text: 「三、本年度｜办理结果」 five
 * characters a line, 「（三）｜不予公开」 four, the result rows ten, 自然人 three, the other columns two
 * (商业｜企业, 社会｜公益｜组织) and four digits. So the 22 rows under 「三、本年度办理结果」 fit one page.
 */
const COLUMN_MM = [21.5, 18, 40.3, 13.8, ...Array<number>(TABLE3_COLUMNS.length - 1).fill(10.4)];
const shares = (widths: readonly number[]) => widths.map((w) => w / widths.reduce((a, b) => a + b, 0));

export const TABLE3: TableLayout<'applications'> = {
  id: 'table3',
  section: 'applications',
  shortName: '表三',
  caption: SECTION_HEADINGS.applications,
  gridColumns: 3 + TABLE3_COLUMNS.length,
  columnWidths: shares(COLUMN_MM),
  headerRows: 3,
  // 一 and 二 stand alone; 「三、本年度办理结果」 holds the 21 result rows and （七）总计 under one label; then 四.
  rowGroups: [1, 1, resultRows.length + 1, 1],
  rows: [
    [label(TABLE3_CORNER, { rowSpan: 3, colSpan: 3 }), label(APPLICANTS_HEADING.label, { colSpan: TABLE3_COLUMNS.length, words: APPLICANTS_HEADING.words })],
    [
      label(APPLICANT_COLUMNS[0].label, { rowSpan: 2 }),
      label(LEGAL_PERSONS_HEADING.label, { colSpan: APPLICANT_COLUMNS.length - 1, words: LEGAL_PERSONS_HEADING.words }),
      label(APPLICANT_TOTAL_LABEL, { rowSpan: 2 }),
    ],
    APPLICANT_COLUMNS.slice(1).map((c) => label(c.label, 'words' in c ? { words: c.words } : {})),
    ...TABLE3_ROWS.map((row) => [...labelCells(row), ...valueCells(row)]),
  ],
};
