// A PrintTable as a Word table: a fixed grid of the print model's column widths across the type
// area, an explicit width on every cell (WPS lays tables out from the grid, Word from the cells),
// merges as gridSpan / vMerge, header rows repeated, rows kept whole on a page, and each group of
// rows under a merged label kept on one page: cantSplit holds a row only, so every paragraph of a
// group's rows but its last is kept with the next (keepNext), which Word and LibreOffice honour in
// tables. Cell text stays off the body's character grid.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
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
import { TABLE_CELL } from '../page';
import { FACE, SIZE, TYPE_AREA_WIDTH, mm, offGridParagraph, pt, run } from './text';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;
const TABLE_BORDERS = { ...CELL_BORDERS, insideHorizontal: LINE, insideVertical: LINE } as const;
/** 1 mm either side (the page's cell padding), so that two characters fit a 10.4 mm column. */
const CELL_MARGINS = { top: 0, bottom: 0, left: mm(TABLE_CELL.paddingMm), right: mm(TABLE_CELL.paddingMm) } as const;
const TABLE_TEXT = { face: FACE.table, size: SIZE.table } as const;
/** A fixed line (五号 single spacing), so that a row is as tall in LibreOffice, WPS and Word whatever the face. */
const TABLE_LINE = pt(SIZE.table * TABLE_CELL.lineHeight);

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

/** Row labels stand left; a label over a group of rows, like headers and numbers, centred (as the web page has it). */
const alignmentOf = (cell: PrintCell) => (cell.scope === 'row' && cell.rowSpan === 1 ? AlignmentType.LEFT : AlignmentType.CENTER);

// Merged-down cells are written here rather than by docx's `rowSpan`, whose continuation cells get a
// paragraph without spacing: it would take the body's 28.9 pt pitch and make every merged row that tall.
// A label's lines are runs with a line break between them: 「商业」↵「企业」.
function cellOf({ cell, continued }: Placement, width: number, keepNext: boolean): TableCell {
  const merge = continued ? VerticalMergeType.CONTINUE : cell.rowSpan > 1 ? VerticalMergeType.RESTART : undefined;
  const lines = cell.text && !continued ? cell.lines : [];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(merge ? { verticalMerge: merge } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    borders: CELL_BORDERS,
    children: [
      offGridParagraph({
        alignment: alignmentOf(cell),
        ...(keepNext ? { keepNext } : {}),
        spacing: { line: TABLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        indent: { firstLine: 0, left: 0, right: 0 },
        children: lines.map((line, i) => run(line, TABLE_TEXT, i > 0 ? { break: 1 } : {})),
      }),
    ],
  });
}

/** Whether row `r` must stand on the page of the row after it: a header row, or a row inside a group. */
export function keptWithNext(table: PrintTable, r: number): boolean {
  if (r < table.headerRows) return true;
  let end = table.headerRows;
  for (const size of table.rowGroups) {
    end += size;
    if (r < end) return r < end - 1;
  }
  return false;
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
          children: row.map((placed) => cellOf(placed, spanned(placed.start, placed.cell.colSpan), keptWithNext(table, r))),
        }),
    ),
  });
}
