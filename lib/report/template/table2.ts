// Table 二 — 主动公开政府信息情况 (format.md §3): four blocks, one per item of 条例 art. 20.
import { label, value, type LayoutCell, type TableLayout } from './layout';
import { SECTION_HEADINGS } from './sections';

const CONTENT = '信息内容';
const DECISIONS = '本年处理决定数量';

type Block = {
  heading: string;
  columns: readonly string[];
  rows: readonly { label: string; paths: readonly string[]; valueKind?: 'amount' }[];
};

export const TABLE2_BLOCKS: readonly Block[] = [
  {
    heading: '第二十条第（一）项',
    columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      { label: '规章', paths: ['proactive.regulations.issued', 'proactive.regulations.repealed', 'proactive.regulations.inForce'] },
      {
        label: '行政规范性文件',
        paths: ['proactive.normativeDocuments.issued', 'proactive.normativeDocuments.repealed', 'proactive.normativeDocuments.inForce'],
      },
    ],
  },
  { heading: '第二十条第（五）项', columns: [DECISIONS], rows: [{ label: '行政许可', paths: ['proactive.licensing'] }] },
  {
    heading: '第二十条第（六）项',
    columns: [DECISIONS],
    rows: [
      { label: '行政处罚', paths: ['proactive.punishment'] },
      { label: '行政强制', paths: ['proactive.coercion'] },
    ],
  },
  {
    heading: '第二十条第（八）项',
    columns: ['本年收费金额（单位：万元）'],
    rows: [{ label: '行政事业性收费', paths: ['proactive.feesWanYuan'], valueKind: 'amount' }],
  },
];

const GRID_COLUMNS = 4;

function blockRows(block: Block): LayoutCell[][] {
  const dataSpan = (GRID_COLUMNS - 1) / block.columns.length;
  return [
    [label(block.heading, { colSpan: GRID_COLUMNS })],
    [label(CONTENT), ...block.columns.map((column) => label(column, { colSpan: dataSpan }))],
    ...block.rows.map((row) => [
      label(row.label, { scope: 'row' }),
      ...row.paths.map((path, i) =>
        value(path, [row.label, block.columns[i] ?? ''], { colSpan: dataSpan, valueKind: row.valueKind ?? 'count' }),
      ),
    ]),
  ];
}

export const TABLE2: TableLayout<'proactive'> = {
  id: 'table2',
  section: 'proactive',
  shortName: '表二',
  caption: SECTION_HEADINGS.proactive,
  gridColumns: GRID_COLUMNS,
  columnWidths: [0.28, 0.24, 0.24, 0.24],
  headerRows: 0,
  // A block — its 第二十条 heading, its column labels and its rows — is never split by a page break.
  rowGroups: TABLE2_BLOCKS.map((block) => 2 + block.rows.length),
  rows: TABLE2_BLOCKS.flatMap(blockRows),
};
