import { describe, expect, it } from 'vitest';
import { fillGrid, placeCells, placedWidth } from '@/lib/report/grid';
import { getAt } from '@/lib/report/paths';
import type { TableLayout } from '@/lib/report/template/layout';
import { TABLE2 } from '@/lib/report/template/table2';
import { TABLE3 } from '@/lib/report/template/table3';
import { TABLE4 } from '@/lib/report/template/table4';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { withTotals } from '@/lib/report/totals';
import { readBlock, type BlockReading } from './block';

/** A sheet laid out like the template, as Excel copies a selection of it: a merged cell's text in its first slot only. */
function sheet(table: TableLayout): string[][] {
  const report = withTotals(busyReport());
  const rows = table.rows.map((row) => row.map((cell) => ({ ...cell, text: cell.kind === 'label' ? cell.text : String(getAt(report, cell.path)) })));
  const placed = placeCells(rows, { columns: table.gridColumns });
  return fillGrid(placed, placedWidth(placed), (cell, first) => (first ? cell.text : ''), '');
}

const tsv = (rows: readonly (readonly string[])[]) => rows.map((row) => row.join('\t')).join('\n');
const parse = (text: string) => text.split('\n').map((line) => line.split('\t'));
const aligned = (reading: BlockReading) => (reading.kind === 'aligned' ? reading.cells : []);

describe('a block copied with its labels', () => {
  it('reads the whole of table 三 copied from a sheet in the template’s shape, heads, labels, 总计 and all', () => {
    const reading = readBlock(TABLE3, parse(tsv(sheet(TABLE3))));
    expect(reading.kind).toBe('aligned');
    const cells = aligned(reading);
    expect(cells.filter((c) => !c.computed)).toHaveLength(144);
    expect(cells.filter((c) => c.computed)).toHaveLength(31);
    const report = withTotals(busyReport());
    for (const cell of cells) expect(cell.text).toBe(String(getAt(report, cell.path)));
  });

  it('puts each number of rows copied with the row-label column (no headings) in its own column, not one to the right', () => {
    // What a clerk selects most often: the label column and the six applicant columns.
    const block = parse('一、本年新收政府信息公开申请数量\t40\t6\t2\t1\t4\t1\n二、上年结转政府信息公开申请数量\t3\t1\t0\t0\t1\t0');
    expect(aligned(readBlock(TABLE3, block)).map((c) => `${c.path}=${c.text}`)).toEqual([
      'applications.received.natural=40',
      'applications.received.business=6',
      'applications.received.research=2',
      'applications.received.nonprofit=1',
      'applications.received.legal=4',
      'applications.received.other=1',
      'applications.carriedOver.natural=3',
      'applications.carriedOver.business=1',
      'applications.carriedOver.research=0',
      'applications.carriedOver.nonprofit=0',
      'applications.carriedOver.legal=1',
      'applications.carriedOver.other=0',
    ]);
  });

  it('carries a merged group label down to its items, and clears it at the next group', () => {
    const block = parse(
      [
        '三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1',
        '\t\t2.其他法律行政法规禁止公开\t1\t0\t0\t0\t0\t0\t1',
        '\t（七）总计\t\t39\t5\t1\t1\t3\t0\t49',
        '四、结转下年度继续办理\t\t\t4\t1\t0\t0\t1\t1\t7',
      ].join('\n'),
    );
    const reading = readBlock(TABLE3, block);
    expect(reading.kind === 'aligned' ? reading.rows : reading).toEqual(['（三）不予公开 1.属于国家秘密', '（三）不予公开 2.其他法律行政法规禁止公开', '（七）总计', '四、结转下年度继续办理']);
    expect(aligned(reading).filter((c) => c.computed).map((c) => c.path)).toEqual([
      'applications.denied.stateSecret.total',
      'applications.denied.lawProhibited.total',
      'applications.resultsTotal.natural',
      'applications.resultsTotal.business',
      'applications.resultsTotal.research',
      'applications.resultsTotal.nonprofit',
      'applications.resultsTotal.legal',
      'applications.resultsTotal.other',
      'applications.resultsTotal.total',
      'applications.carriedForward.total',
    ]);
  });

  it('reads columns by their headings when the selection starts elsewhere', () => {
    const block = parse('\t科研机构\t社会公益组织\n一、本年新收政府信息公开申请数量\t2\t1');
    expect(aligned(readBlock(TABLE3, block)).map((c) => `${c.path}=${c.text}`)).toEqual(['applications.received.research=2', 'applications.received.nonprofit=1']);
  });

  it('places rows without labels from the focused cell’s row, by the headings', () => {
    const block = parse('法律服务机构\t其他\n4\t1\n1\t0');
    expect(aligned(readBlock(TABLE3, block, 'applications.received.natural')).map((c) => `${c.path}=${c.text}`)).toEqual([
      'applications.received.legal=4',
      'applications.received.other=1',
      'applications.carriedOver.legal=1',
      'applications.carriedOver.other=0',
    ]);
  });

  it('refuses, naming them, rows whose label is not a row of the table', () => {
    expect(readBlock(TABLE3, parse('一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\n其中：网上申请\t1\t0\t0\t0\t0\t0'))).toEqual({
      kind: 'refused',
      reason: '粘贴的内容中「其中：网上申请」认不出是本表的哪一行，没有粘贴。请只复制本表的栏目和数字。',
    });
  });

  it('refuses a row whose numbers cannot be told apart, and a heading that is not one of the table’s', () => {
    expect(readBlock(TABLE3, parse('一、本年新收政府信息公开申请数量\t5\t3\t1'))).toEqual({
      kind: 'refused',
      reason: '「一、本年新收政府信息公开申请数量」这一行有 3 个数字，本表这一行有 7 格（不含总计 6 格），分不清对应哪几列，没有粘贴。请连同表头一起复制，或只复制数字部分。',
    });
    expect(readBlock(TABLE3, parse('\t自然人\t外国人\n一、本年新收政府信息公开申请数量\t5\t3'))).toEqual({
      kind: 'refused',
      reason: '「一、本年新收政府信息公开申请数量」这一行的第 3 列表头「外国人」，对不上本表的哪一列，没有粘贴。请连同本表的表头一起复制，或只复制数字部分。',
    });
  });

  it('leaves a block of numbers alone for the clerk to place', () => {
    expect(readBlock(TABLE3, parse('1\t2\n3\t/'))).toEqual({ kind: 'positional' });
  });

  it('reads table 二 with a heading per block and its merged one-number rows', () => {
    const cells = aligned(readBlock(TABLE2, parse(tsv(sheet(TABLE2)))));
    expect(cells.map((c) => `${c.path}=${c.text}`)).toEqual(
      INPUT_CELLS.filter((c) => c.table === TABLE2).map((c) => `${c.path}=${String(getAt(busyReport(), c.path))}`),
    );
  });

  it('reads table 四 by its three heading rows, 总计 columns compared, not written', () => {
    const cells = aligned(readBlock(TABLE4, parse(tsv(sheet(TABLE4)))));
    expect(cells.filter((c) => !c.computed).map((c) => `${c.path}=${c.text}`)).toEqual(
      INPUT_CELLS.filter((c) => c.table === TABLE4).map((c) => `${c.path}=${String(getAt(busyReport(), c.path))}`),
    );
    expect(cells.filter((c) => c.computed).map((c) => c.path)).toEqual(['review.reconsideration.total', 'review.litigationDirect.total', 'review.litigationAfterReview.total']);
  });
});
