import { describe, expect, it } from 'vitest';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { buildDocx } from './document';
import { all, attr, first, gridOf, kids, mergedBelow, readBack, textOf, type Grid } from '../testing/docx-read-back';
import { gridWidths } from './table';
import { reportProperties } from '@/lib/report/file/embedding';
import { printModelOf, type PrintTable } from '../print-model';

const today = new Date(2025, 10, 1);
const model = printModelOf(busyReport(), today);
const printTables = model.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const document = readBack(await buildDocx(model, await reportProperties(busyReport()))).xml('word/document.xml');
const tbls = all(document, 'tbl');
const grids = tbls.map(gridOf);
const [table2, table3, table4] = grids as [Grid, Grid, Grid];

describe('the tables of the DOCX', () => {
  it('divides the 156 mm type area into integer grid widths that add up exactly', () => {
    expect(gridWidths([1, 1, 1], 100)).toEqual([33, 34, 33]);
    expect(gridWidths(Array<number>(15).fill(1 / 15))).toHaveLength(15);
    expect(grids.map((g) => g.width)).toEqual([8844, 8844, 8844]);
    expect(grids.map((g) => g.columns.length)).toEqual([4, 10, 15]);
    for (const grid of grids) expect(grid.columns.reduce((a, b) => a + b, 0)).toBe(grid.width);
    // 21.5, 18 and 40.3 mm: 「三、本年度」 and 「不予公开」 stand on a line each, a result row ten characters a line.
    expect(table3.columns.slice(0, 4)).toEqual([1219, 1020, 2285, 782]);
    expect(table3.columns.slice(4)).toEqual([590, 590, 589, 590, 589, 590]);
    expect(tbls.map((t) => attr(first(t, 'tblW'), 'type'))).toEqual(['dxa', 'dxa', 'dxa']);
    expect(tbls.map((t) => attr(first(t, 'tblLayout'), 'type'))).toEqual(['fixed', 'fixed', 'fixed']);
  });

  it('fills every row to the grid and gives every cell its width in dxa', () => {
    for (const grid of grids) {
      for (const row of grid.rows) {
        expect(row.reduce((n, c) => n + c.span, 0)).toBe(grid.columns.length);
        for (const cell of row) {
          expect(attr(first(cell.el, 'tcW'), 'type')).toBe('dxa');
          expect(cell.width).toBe(grid.columns.slice(cell.start, cell.start + cell.span).reduce((a, b) => a + b, 0));
        }
      }
    }
  });

  it('merges the label cells of table 三 down their rows', () => {
    expect(mergedBelow(table3, printTables[1]?.rows[0]?.[0]?.text ?? '?')).toBe(2);
    expect(mergedBelow(table3, '自然人')).toBe(1);
    expect(mergedBelow(table3, '总计')).toBe(1);
    expect(mergedBelow(table3, '三、本年度办理结果')).toBe(21);
    expect(mergedBelow(table3, '（三）不予公开')).toBe(7);
    expect(mergedBelow(table3, '（四）无法提供')).toBe(2);
    expect(mergedBelow(table3, '（五）不予处理')).toBe(4);
    expect(mergedBelow(table3, '（六）其他处理')).toBe(2);
    expect(table3.rows[26]?.map((c) => [c.start, c.span, c.vMerge])).toEqual([
      [0, 1, 'continue'],
      [1, 2, null],
      ...[3, 4, 5, 6, 7, 8, 9].map((start) => [start, 1, null]),
    ]);
  });

  it('merges the five 行政复议 headers of table 四 down two rows', () => {
    expect(table4.rows[1]?.slice(0, 5).map((c) => [c.text, c.vMerge])).toEqual(
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((text) => [text, 'restart']),
    );
    expect(table4.rows[2]?.slice(0, 5).map((c) => [c.start, c.vMerge, c.text])).toEqual([0, 1, 2, 3, 4].map((s) => [s, 'continue', '']));
    expect(table4.rows[0]?.map((c) => [c.text, c.span])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
  });

  it('repeats the header rows on each page and never splits a row', () => {
    grids.forEach((grid, i) => {
      const headerRows = printTables[i]?.headerRows ?? -1;
      expect(grid.trs.map((tr) => first(tr, 'tblHeader') !== undefined)).toEqual(grid.trs.map((_, r) => r < headerRows));
      expect(grid.trs.every((tr) => first(tr, 'cantSplit') !== undefined)).toBe(true);
    });
    expect(all(tbls[1] ?? document, 'tblHeader').every((h) => attr(h, 'val') === null)).toBe(true);
  });

  it('prints every cell of the print model in reading order, numbers, headers and group labels centred, row labels left', () => {
    const printed = (table: PrintTable) => table.rows.map((row) => row.map((c) => [c.text, c.scope === 'row' && c.rowSpan === 1 ? 'left' : 'center']));
    grids.forEach((grid, i) => {
      const cells = grid.rows.map((row) => row.filter((c) => c.vMerge !== 'continue').map((c) => [c.text, attr(first(c.el, 'jc'), 'val')]));
      expect(cells).toEqual(printed(printTables[i] as PrintTable));
    });
    expect(table3.rows[3]?.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '40', '6', '2', '1', '4', '1', '54']);
    expect(table2.rows[13]?.map((c) => c.text)).toEqual(['行政事业性收费', '12.3456']);
  });

  it('sets table text in 五号宋体 at a fixed single line, centred vertically, within single black borders, off the grid', () => {
    for (const tbl of tbls) {
      for (const tc of all(tbl, 'tc')) {
        expect(attr(first(tc, 'vAlign'), 'val')).toBe('center');
        const borders = kids(tc, 'tcPr').flatMap((tcPr) => kids(tcPr, 'tcBorders'))[0];
        expect(borders).toBeDefined();
        for (const side of ['top', 'left', 'bottom', 'right']) {
          const line = borders && kids(borders, side)[0];
          expect([attr(line, 'val'), attr(line, 'color')]).toEqual(['single', '000000']);
        }
        // 13.65 pt: 五号 single spacing, fixed so that a row is as tall whatever face stands in for 宋体.
        expect([attr(first(tc, 'spacing'), 'line'), attr(first(tc, 'spacing'), 'lineRule')]).toEqual(['273', 'exact']);
        expect(attr(first(tc, 'snapToGrid'), 'val')).toBe('false');
      }
      for (const rPr of all(tbl, 'rPr')) {
        expect([attr(first(rPr, 'rFonts'), 'eastAsia'), attr(first(rPr, 'sz'), 'val')]).toEqual(['宋体', '21']);
      }
    }
  });

  it('keeps each group of rows under a merged label on one page, and the header with the first row', () => {
    // Rows 0–2 are the header; 3 一, 4 二, 5–26 「三、本年度办理结果」 (its last row （七）总计), 27 四.
    const kept = (grid: Grid) => grid.trs.map((tr) => all(tr, 'p').every((p) => first(p, 'keepNext') !== undefined && attr(first(p, 'keepNext'), 'val') !== 'false'));
    expect(kept(table3)).toEqual([true, true, true, false, false, ...Array<boolean>(21).fill(true), false, false]);
    expect(kept(table4)).toEqual([true, true, true, false]);
    // Table 二 has no header: each block of 第二十条 stays whole.
    expect(kept(table2)).toEqual([true, true, true, false, true, true, false, true, true, true, false, true, true, false]);
  });

  it('prints the short labels in their words, a line each as the column holds them', () => {
    const lines = (grid: Grid, text: string) => {
      const cell = grid.rows.flat().find((c) => c.text === text);
      return cell ? all(cell.el, 'r').map((r) => [first(r, 'br') !== undefined, textOf(r)]) : [];
    };
    expect(lines(table3, '三、本年度办理结果')).toEqual([[false, '三、本年度'], [true, '办理结果']]);
    expect(lines(table3, '（三）不予公开')).toEqual([[false, '（三）'], [true, '不予公开']]);
    expect(lines(table3, '社会公益组织')).toEqual([[false, '社会'], [true, '公益'], [true, '组织']]);
    expect(lines(table3, '自然人')).toEqual([[false, '自然人']]);
    expect(lines(table4, '结果维持')).toEqual([[false, '结果'], [true, '维持']]);
    expect(lines(table3, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')).toHaveLength(1);
  });
});
