// A PrintTable as a Word table: a fixed grid of the print model's column widths across the type
// area, an explicit width on every cell (WPS lays tables out from the grid, Word from the cells),
// merges as gridSpan / vMerge, header rows repeated and rows kept whole on a page.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { placeCells } from '@/lib/report/grid';
import type { PrintCell, PrintTable } from '../print-model';
import { FACE, SIZE, TYPE_AREA_WIDTH, run } from './text';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;
const TABLE_BORDERS = { ...CELL_BORDERS, insideHorizontal: LINE, insideVertical: LINE } as const;
/** About 1 mm either side, so that two characters fit the narrowest column of table 四. */
const CELL_MARGINS = { top: 0, bottom: 0, left: 57, right: 57 } as const;

/** Integer twips for relative widths, summing exactly to `total` (cumulative rounding). */
export function gridWidths(fractions: readonly number[], total = TYPE_AREA_WIDTH): number[] {
  const sum = fractions.reduce((a, b) => a + b, 0);
  let before = 0;
  let edge = 0;
  return fractions.map((fraction) => {
    before += fraction;
    const next = Math.round((before / sum) * total);
    const width = next - edge;
    edge = next;
    return width;
  });
}

/** A cell where it stands in a row: where it starts, or (`continued`) a row it is merged down into. */
export type Placement = { cell: PrintCell; start: number; continued: boolean };

/** Each row's cells on the grid, with the columns still covered by a cell merged down from above. */
function placements(rows: readonly (readonly PrintCell[])[], columns: number): Placement[][] {
  const placed: Placement[][] = rows.map(() => []);
  for (const p of placeCells(rows, { columns }).flat()) {
    for (let k = 0; k < p.rowSpan; k++) placed[p.row + k]?.push({ cell: p.cell, start: p.column, continued: k > 0 });
  }
  return placed.map((row) => row.sort((a, b) => a.start - b.start));
}

const alignmentOf = (cell: PrintCell) => (cell.scope === 'row' ? AlignmentType.LEFT : AlignmentType.CENTER);

// Merged-down cells are written here rather than by docx's `rowSpan`, whose continuation cells get a
// paragraph without spacing: it would take the body's 28.9 pt pitch and make every merged row that tall.
function cellOf({ cell, continued }: Placement, width: number): TableCell {
  const merge = continued ? VerticalMergeType.CONTINUE : cell.rowSpan > 1 ? VerticalMergeType.RESTART : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(merge ? { verticalMerge: merge } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    borders: CELL_BORDERS,
    children: [
      new Paragraph({
        alignment: alignmentOf(cell),
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        indent: { firstLine: 0, left: 0, right: 0 },
        children: cell.text && !continued ? [run(cell.text, { face: FACE.table, size: SIZE.table })] : [],
      }),
    ],
  });
}

export function tableOf(table: PrintTable): Table {
  const grid = gridWidths(table.columnWidths);
  const rows = placements(table.rows, grid.length);
  const spanned = (start: number, span: number) => grid.slice(start, start + span).reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    alignment: AlignmentType.CENTER,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          // Only header rows say so: docx writes tblHeader="off" for a false, which is noise.
          ...(r < table.headerRows ? { tableHeader: true } : {}),
          cantSplit: true,
          children: row.map((placed) => cellOf(placed, spanned(placed.start, placed.cell.colSpan))),
        }),
    ),
  });
}
