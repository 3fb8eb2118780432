import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayoutCell, TableLayout } from './layout';
import { TABLE2 } from './table2';
import { RESULT_GROUPS, TABLE3, TABLE3_ROWS } from './table3';
import { TABLE4 } from './table4';
import { CELL_BY_PATH, COMPUTED_CELLS, INPUT_CELLS, TABLE_CELLS } from './tables';

// The spec, read as it is: the labels of the template are checked against docs/format.md itself.
const formatMd = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');

function specTable(sectionStart: string, nth = 0): string[][] {
  const section = formatMd.split('\n## ').find((s) => s.startsWith(sectionStart)) ?? '';
  const tables = section.split(/\n\s*\n/).filter((block) => block.trim().startsWith('|'));
  const lines = (tables[nth] ?? '').trim().split('\n').slice(2);
  return lines.map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

/** Expands spans: every grid position must be covered by exactly one cell. */
function tile(table: TableLayout): (LayoutCell | undefined)[][] {
  const grid: (LayoutCell | undefined)[][] = table.rows.map(() => Array<LayoutCell | undefined>(table.gridColumns).fill(undefined));
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const target = grid[r + dr];
          if (!target || c + dc >= table.gridColumns) throw new Error(`${table.id}: cell at row ${r + 1} overflows the grid`);
          if (target[c + dc] !== undefined) throw new Error(`${table.id}: row ${r + dr + 1} column ${c + dc + 1} covered twice`);
          target[c + dc] = cell;
        }
      }
      c += cell.colSpan;
    }
  });
  return grid;
}

const text = (cell: LayoutCell | undefined) => (cell?.kind === 'label' ? cell.text : cell?.kind === 'value' ? `#${cell.path}` : '∅');

describe('the template definition', () => {
  it.each([TABLE2, TABLE3, TABLE4])('tiles the grid of $shortName exactly, with no gap and no overlap', (table) => {
    const grid = tile(table);
    expect(grid.flat().every((cell) => cell !== undefined)).toBe(true);
  });

  it('has the row and column counts of format.md', () => {
    expect([TABLE2.rows.length, TABLE2.gridColumns]).toEqual([14, 4]);
    expect([TABLE3.rows.length, TABLE3.gridColumns, TABLE3.headerRows]).toEqual([28, 10, 3]);
    expect([TABLE4.rows.length, TABLE4.gridColumns, TABLE4.headerRows]).toEqual([4, 15, 3]);
    expect(TABLE_CELLS.filter((c) => c.table === TABLE3)).toHaveLength(175);
    expect(TABLE_CELLS.filter((c) => c.table === TABLE4)).toHaveLength(15);
    expect(TABLE_CELLS.filter((c) => c.table === TABLE2)).toHaveLength(10);
    expect(INPUT_CELLS).toHaveLength(10 + 144 + 12);
    expect(COMPUTED_CELLS).toHaveLength(25 + 6 + 3);
  });

  it('lays out table 二 row by row as format.md §3, with its merges', () => {
    const spec = specTable('3. Table 二');
    expect(spec).toHaveLength(14);
    const grid = tile(TABLE2);
    spec.forEach(([, a, b, c, d, merges], r) => {
      const row = grid[r] ?? [];
      const expected = [a, b, c, d].map((cell) => (cell === 'n' || cell?.startsWith('amount') ? '#' : cell || null));
      if (merges === 'A–D') expected.splice(1, 3, expected[0] ?? null, expected[0] ?? null, expected[0] ?? null);
      if (merges === 'B–D') expected.splice(2, 2, expected[1] ?? null, expected[1] ?? null);
      expect(row.map((cell) => (cell?.kind === 'value' ? '#' : text(cell)))).toEqual(expected);
    });
  });

  it('has the three header rows of table 三 as format.md §4, spans included', () => {
    const spec = specTable('4. Table 三');
    const header = TABLE3.rows.slice(0, 3).flat();
    expect(header.map((c) => (c.kind === 'label' ? [c.text, c.rowSpan, c.colSpan] : null))).toEqual([
      [spec[0]?.[1], 3, 3],
      [spec[1]?.[1], 1, 7],
      [spec[2]?.[1], 2, 1],
      [spec[3]?.[1], 1, 5],
      [spec[4]?.[1], 2, 1],
      ...(spec[5]?.[1] ?? '').split(' · ').map((label) => [label, 1, 1]),
    ]);
  });

  it('has the 25 body rows of table 三 with the labels of format.md §4, verbatim', () => {
    const spec = specTable('4. Table 三', 1);
    const expected = spec.flatMap(([, c1, c2, c3]) =>
      c3 ? c3.split(' · ').map((item) => [c2, item]) : [[null, c2 || c1]],
    );
    expect(expected).toHaveLength(25);
    expect(TABLE3_ROWS.map((row) => [row.groupLabel, row.label])).toEqual(expected);
  });

  it('merges the label cells of table 三 where format.md says', () => {
    const grid = tile(TABLE3);
    const body = grid.slice(3);
    expect(body.slice(2, 24).every((row) => text(row[0]) === '三、本年度办理结果')).toBe(true);
    expect(text(body[0]?.[2])).toBe('一、本年新收政府信息公开申请数量');
    expect(text(body[24]?.[1])).toBe('四、结转下年度继续办理');
    expect(body.slice(4, 12).every((row) => text(row[1]) === '（三）不予公开')).toBe(true);
    expect(text(body[4]?.[2])).toBe('1.属于国家秘密');
    expect(body.slice(20, 23).every((row) => text(row[1]) === '（六）其他处理')).toBe(true);
    expect([text(body[23]?.[1]), text(body[23]?.[2])]).toEqual(['（七）总计', '（七）总计']);
    expect(body.every((row) => row.slice(3).every((cell) => cell?.kind === 'value'))).toBe(true);
  });

  it('lays out table 四 as format.md §5: two groups over three header rows and 15 numbers', () => {
    const grid = tile(TABLE4);
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    expect(grid[0]?.map(text)).toEqual([...Array<string>(5).fill('行政复议'), ...Array<string>(10).fill('行政诉讼')]);
    expect(grid[1]?.map(text)).toEqual([...results, ...Array<string>(5).fill('未经复议直接起诉'), ...Array<string>(5).fill('复议后起诉')]);
    expect(grid[2]?.map(text)).toEqual([...results, ...results, ...results]);
    expect(grid[3]?.map(text)).toEqual(
      ['reconsideration', 'litigationDirect', 'litigationAfterReview'].flatMap((g) =>
        ['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => `#review.${g}.${k}`),
      ),
    );
  });

  it('names every input the way a screen reader reads it: group, row, column', () => {
    const name = (path: string) => CELL_BY_PATH.get(path)?.name;
    expect(name('applications.received.natural')).toBe('一、本年新收政府信息公开申请数量 自然人');
    expect(name('applications.granted.business')).toBe('（一）予以公开 商业企业');
    expect(name('applications.partlyGranted.other')).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形） 其他');
    expect(name('applications.denied.stateSecret.research')).toBe('（三）不予公开 1.属于国家秘密 科研机构');
    expect(name('applications.otherDisposal.other.other')).toBe('（六）其他处理 3.其他 其他');
    expect(name('applications.carriedForward.legal')).toBe('四、结转下年度继续办理 法律服务机构');
    expect(name('applications.received.total')).toBe('一、本年新收政府信息公开申请数量 总计');
    expect(name('applications.resultsTotal.natural')).toBe('（七）总计 自然人');
    expect(name('applications.resultsTotal.total')).toBe('（七）总计 总计');
    expect(name('review.reconsideration.upheld')).toBe('行政复议 结果维持');
    expect(name('review.litigationDirect.corrected')).toBe('行政诉讼 未经复议直接起诉 结果纠正');
    expect(name('review.litigationAfterReview.pending')).toBe('行政诉讼 复议后起诉 尚未审结');
    expect(name('review.reconsideration.total')).toBe('行政复议 总计');
    expect(name('proactive.regulations.issued')).toBe('规章 本年制发件数');
    expect(name('proactive.licensing')).toBe('行政许可 本年处理决定数量');
    expect(name('proactive.feesWanYuan')).toBe('行政事业性收费 本年收费金额（单位：万元）');
  });

  it('gives every cell a distinct name and path', () => {
    expect(new Set(TABLE_CELLS.map((c) => c.name)).size).toBe(TABLE_CELLS.length);
    expect(CELL_BY_PATH.size).toBe(TABLE_CELLS.length);
  });

  it('computes each total from the cells it totals, and never from a cell computed later', () => {
    const total = (path: string) => CELL_BY_PATH.get(path)?.computed;
    expect(total('applications.received.total')).toEqual({
      rule: 'T3-ROWTOTAL',
      addends: ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'].map((k) => `applications.received.${k}`),
    });
    const results = total('applications.resultsTotal.natural');
    expect(results?.rule).toBe('T3-RESULTS');
    expect(results?.addends).toHaveLength(21);
    expect(results?.addends[0]).toBe('applications.granted.natural');
    expect(results?.addends[20]).toBe('applications.otherDisposal.other.natural');
    expect(total('review.litigationDirect.total')).toEqual({
      rule: 'T4-TOTAL',
      addends: ['upheld', 'corrected', 'other', 'pending'].map((k) => `review.litigationDirect.${k}`),
    });
    const seen = new Set<string>();
    for (const cell of COMPUTED_CELLS) {
      for (const addend of cell.computed?.addends ?? []) {
        const computedAddend = COMPUTED_CELLS.some((c) => c.path === addend);
        expect(!computedAddend || seen.has(addend)).toBe(true);
      }
      seen.add(cell.path);
    }
  });

  it('keeps the 条例 definitions beside the rows they explain', () => {
    const help = (label: string) => TABLE3_ROWS.find((row) => row.label === label)?.help;
    expect(help('3.危及“三安全一稳定”')).toContain('国家安全、公共安全、经济安全、社会稳定');
    expect(help('5.属于三类内部事务信息')).toContain('人事管理、后勤管理、内部工作流程');
    expect(help('6.属于四类过程性信息')).toContain('讨论记录、过程稿、磋商信函、请示报告');
    expect(RESULT_GROUPS.map((g) => g.items?.length ?? 1)).toEqual([1, 1, 8, 3, 5, 3]);
  });

  it.each([TABLE2, TABLE3, TABLE4])('groups the body rows of $shortName so that no merged label crosses a group', (table) => {
    const body = table.rows.length - table.headerRows;
    expect(table.rowGroups.reduce((a, b) => a + b, 0)).toBe(body);
    const starts = table.rowGroups.reduce<number[]>((edges, size) => [...edges, (edges[edges.length - 1] ?? table.headerRows) + size], [table.headerRows]);
    table.rows.forEach((row, r) => {
      for (const cell of row) {
        if (r < table.headerRows) expect(r + cell.rowSpan).toBeLessThanOrEqual(table.headerRows);
        else expect(starts.find((edge) => edge > r) ?? Infinity).toBeGreaterThanOrEqual(r + cell.rowSpan);
      }
    });
    expect(TABLE3.rowGroups).toEqual([1, 1, 22, 1]);
    expect(TABLE2.rowGroups).toEqual([4, 3, 4, 3]);
  });

  it('spells the short labels with their words, which make up the label exactly', () => {
    const labels = [TABLE2, TABLE3, TABLE4].flatMap((t) => t.rows.flat()).flatMap((c) => (c.kind === 'label' ? [c] : []));
    for (const cell of labels) if (cell.words) expect(cell.words.join('')).toBe(cell.text);
    const wordsOf = (text: string) => labels.find((c) => c.text === text)?.words;
    expect(wordsOf('商业企业')).toEqual(['商业', '企业']);
    expect(wordsOf('社会公益组织')).toEqual(['社会', '公益', '组织']);
    expect(wordsOf('三、本年度办理结果')).toEqual(['三、', '本年度', '办理结果']);
    expect(wordsOf('（三）不予公开')).toEqual(['（三）', '不予公开']);
    expect(wordsOf('结果维持')).toEqual(['结果', '维持']);
    expect(labels.filter((c) => c.words)).toHaveLength(11 + 15);
  });
});
