// Table 四 — 政府信息公开行政复议、行政诉讼情况 (format.md §5): 15 numbers in three groups.
import { label, spelled, value, type LayoutCell, type TableLayout } from './layout';
import { SECTION_HEADINGS } from './sections';

export const REVIEW_COLUMNS = [
  { key: 'upheld', ...spelled('结果|维持') },
  { key: 'corrected', ...spelled('结果|纠正') },
  { key: 'other', ...spelled('其他|结果') },
  { key: 'pending', ...spelled('尚未|审结') },
] as const;
const REVIEW_TOTAL_LABEL = '总计';

const RECONSIDERATION = '行政复议';
const LITIGATION = '行政诉讼';

/** The three groups, each with the labels that name it (group, then subgroup). */
export const REVIEW_GROUPS = [
  { key: 'reconsideration', labels: [RECONSIDERATION] },
  { key: 'litigationDirect', labels: [LITIGATION, '未经复议直接起诉'] },
  { key: 'litigationAfterReview', labels: [LITIGATION, '复议后起诉'] },
] as const;

export type ReviewGroupKey = (typeof REVIEW_GROUPS)[number]['key'];

const groupSpan = REVIEW_COLUMNS.length + 1;
const columnLabels = [...REVIEW_COLUMNS, { label: REVIEW_TOTAL_LABEL, words: [REVIEW_TOTAL_LABEL] }];

function groupCells(group: (typeof REVIEW_GROUPS)[number]): LayoutCell[] {
  const base = `review.${group.key}`;
  return [
    ...REVIEW_COLUMNS.map((c) => value(`${base}.${c.key}`, [...group.labels, c.label])),
    value(`${base}.total`, [...group.labels, REVIEW_TOTAL_LABEL], {
      computed: { rule: 'T4-TOTAL', addends: REVIEW_COLUMNS.map((c) => `${base}.${c.key}`) },
    }),
  ];
}

const [reconsideration, direct, afterReview] = REVIEW_GROUPS;

export const TABLE4: TableLayout<'review'> = {
  id: 'table4',
  section: 'review',
  shortName: '表四',
  caption: SECTION_HEADINGS.review,
  gridColumns: groupSpan * 3,
  columnWidths: Array<number>(groupSpan * 3).fill(1 / (groupSpan * 3)),
  headerRows: 3,
  rowGroups: [1],
  rows: [
    [label(RECONSIDERATION, { colSpan: groupSpan }), label(LITIGATION, { colSpan: groupSpan * 2 })],
    [
      ...columnLabels.map((c) => label(c.label, { rowSpan: 2, words: c.words })),
      label(direct.labels[1], { colSpan: groupSpan }),
      label(afterReview.labels[1], { colSpan: groupSpan }),
    ],
    [...columnLabels, ...columnLabels].map((c) => label(c.label, { words: c.words })),
    [...groupCells(reconsideration), ...groupCells(direct), ...groupCells(afterReview)],
  ],
};
