import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TABLE2 } from '@/lib/report/template/table2';
import { TABLE3 } from '@/lib/report/template/table3';
import { TABLE4 } from '@/lib/report/template/table4';
import { gridModel } from './grid-model';
import { describePaste, parseHtmlTable, parseTsv, planPaste } from './paste';

describe('moving through the grid', () => {
  const moves = (table: Parameters<typeof gridModel>[0], path: string) => gridModel(table).moves.get(path);

  it('moves down a column of table 三, over the computed （七）总计 row, and stops at the edges', () => {
    expect(moves(TABLE3, 'applications.received.natural')).toEqual({
      up: undefined,
      down: 'applications.carriedOver.natural',
      left: undefined,
      right: 'applications.received.business',
    });
    expect(moves(TABLE3, 'applications.otherDisposal.other.legal')?.down).toBe('applications.carriedForward.legal');
    expect(moves(TABLE3, 'applications.carriedForward.legal')?.up).toBe('applications.otherDisposal.other.legal');
    expect(moves(TABLE3, 'applications.received.other')?.right).toBeUndefined();
  });

  it('moves between the merged cells of table 二 by the column they cover', () => {
    expect(moves(TABLE2, 'proactive.regulations.issued')?.down).toBe('proactive.normativeDocuments.issued');
    expect(moves(TABLE2, 'proactive.normativeDocuments.repealed')?.down).toBe('proactive.licensing');
    expect(moves(TABLE2, 'proactive.licensing')?.up).toBe('proactive.normativeDocuments.issued');
    expect(moves(TABLE2, 'proactive.coercion')?.down).toBe('proactive.feesWanYuan');
  });

  it('skips the computed 总计 of table 四 when moving right', () => {
    expect(moves(TABLE4, 'review.reconsideration.pending')?.right).toBe('review.litigationDirect.upheld');
  });
});

describe('pasting a block', () => {
  const model = gridModel(TABLE3);

  it('reads tab-separated text from a spreadsheet', () => {
    expect(parseTsv('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('places a copied HTML table’s merged cells as the browser does, their text in the first slot only', () => {
    const html = '<table><tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>3</td></tr><tr><td>2.其他法律行政法规禁止公开</td><td>4</td></tr><tr><td colspan="2">（七）总计</td><td>7</td></tr></table>';
    expect(parseHtmlTable(new JSDOM(html).window.document)).toEqual([
      ['（三）不予公开', '1.属于国家秘密', '3'],
      ['', '2.其他法律行政法规禁止公开', '4'],
      ['（七）总计', '', '7'],
    ]);
  });

  it('fills a 3×7 block right and down, skipping the computed 总计 column', () => {
    const block = parseTsv('1\t2\t0\t0\t1\t0\t4\n０\t１\t0\t0\t0\t0\t1\n5\t/\t0\t0\t0\t0\t5');
    const plan = planPaste(model, 'applications.received.natural', block);
    expect(plan.writes.slice(0, 7)).toEqual([
      { path: 'applications.received.natural', value: 1 },
      { path: 'applications.received.business', value: 2 },
      { path: 'applications.received.research', value: 0 },
      { path: 'applications.received.nonprofit', value: 0 },
      { path: 'applications.received.legal', value: 1 },
      { path: 'applications.received.other', value: 0 },
      { path: 'applications.carriedOver.natural', value: 0 },
    ]);
    expect(plan.writes.find((w) => w.path === 'applications.granted.natural')).toEqual({ path: 'applications.granted.natural', value: 5 });
    expect([plan.writes.length, plan.notNumbers, plan.computed, plan.outside]).toEqual([17, ['/'], 3, 0]);
    expect(describePaste(plan)).toBe('已粘贴 17 格。跳过 1 格不是数字（「/」），3 格是自动计算的总计，不能填写。');
  });

  it('counts what falls outside the table', () => {
    const plan = planPaste(model, 'applications.carriedForward.other', [['1', '2', '3'], ['4']]);
    expect([plan.writes, plan.computed, plan.outside]).toEqual([[{ path: 'applications.carriedForward.other', value: 1 }], 1, 2]);
    expect(describePaste(plan)).toBe('已粘贴 1 格。跳过 1 格是自动计算的总计，不能填写，2 格超出了表格范围。');
  });

  it('clears a cell for a blank in the block, and refuses a paste that lands on computed cells only', () => {
    const plan = planPaste(gridModel(TABLE4), 'review.reconsideration.pending', [['', '9']]);
    expect([plan.writes, plan.computed]).toEqual([[{ path: 'review.reconsideration.pending', value: null }], 1]);
    expect(describePaste({ writes: [], notNumbers: [], computed: 2, outside: 0 })).toBe('没有粘贴：总计由各项自动相加得出，不能粘贴或填写。请从要填写的第一格开始粘贴。');
  });

  it('reads amounts in 万元 where the cell holds one', () => {
    const plan = planPaste(gridModel(TABLE2), 'proactive.coercion', [['3'], ['12.50万元']]);
    expect(plan.writes).toEqual([
      { path: 'proactive.coercion', value: 3 },
      { path: 'proactive.feesWanYuan', value: '12.5' },
    ]);
  });
});
