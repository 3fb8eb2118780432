import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TABLE2 } from '@/lib/report/template/table2';
import { TABLE3 } from '@/lib/report/template/table3';
import { TABLE4 } from '@/lib/report/template/table4';
import { gridModel } from './grid-model';
import { isBlock } from './paste-read';
import { describePaste, parseHtmlTable, parseTsv, planPaste, printedTotalsDiffer } from './paste';
import { emptyReport } from '@/lib/report/empty-report';
import type { DraftReport } from '@/lib/report/file/schema';
import { setAt } from '@/lib/report/paths';
import { computeTotals } from '@/lib/report/totals';

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
    expect(parseHtmlTable(new JSDOM(html).window.document, TABLE3)).toEqual([
      ['（三）不予公开', '1.属于国家秘密', '3'],
      ['', '2.其他法律行政法规禁止公开', '4'],
      ['（七）总计', '', '7'],
    ]);
  });

  it('reads a span past the template’s grid as the grid’s width and 「1e10」 as 1, without freezing or throwing', () => {
    const copied = (span: string) =>
      new JSDOM(`<table><tr><td>一、本年新收政府信息公开申请数量</td><td colspan="${span}" rowspan="${span}">1</td><td>2</td></tr><tr><td>3</td></tr></table>`).window.document;
    const wide = parseHtmlTable(copied('100000000'), TABLE3);
    expect(wide).toEqual([
      ['一、本年新收政府信息公开申请数量', '1', ...Array<string>(TABLE3.gridColumns - 1).fill(''), '2'],
      ['3', ...Array<string>(TABLE3.gridColumns + 1).fill('')],
    ]);
    expect(parseHtmlTable(copied('1e10'), TABLE3)).toEqual([
      ['一、本年新收政府信息公开申请数量', '1', '2'],
      ['3', '', ''],
    ]);
  });

  it('decides in the paste event, from the clipboard alone, what the block reader would read as more than one cell', () => {
    const cases: [string, boolean][] = [
      ['<table><tr><td>12</td></tr></table>', false],
      ['<meta charset="utf-8"><table><td>12', false],
      ['<table><tr><td colspan="1">12</td></tr></table>', false],
      ['<table><tr><td rowspan="3">12</td></tr></table>', false],
      ['<table><tr><td colspan="1e10">12</td></tr></table>', false],
      ['<table><tr><td colspan="0">12</td></tr></table>', false],
      ['<table><tr></tr></table>', false],
      ['<table><tr><td colspan="2">12</td></tr></table>', true],
      ['<table><tr><td>12</td><td>3</td></tr></table>', true],
      ['<table><tr><td>12</td></tr><tr><td>3</td></tr></table>', true],
      ['<table><tr><td>12</td></tr><tr></tr></table>', true],
      ['<table><tr><th>（七）总计</th></tr><tr><td>7</td></tr></table>', true],
    ];
    for (const [html, block] of cases) {
      const doc = new JSDOM(html).window.document;
      const grid = parseHtmlTable(doc, TABLE3) ?? [];
      expect(grid.length > 1 || (grid[0]?.length ?? 0) > 1, html).toBe(block);
      expect(isBlock(doc, [['12']]), html).toBe(block);
    }
    const none = new JSDOM('<p>12</p>').window.document;
    expect(isBlock(none, parseTsv('12'))).toBe(false);
    expect(isBlock(none, parseTsv('12\t3'))).toBe(true);
    expect(isBlock(null, parseTsv('12\r\n3\r\n'))).toBe(true);
    expect(isBlock(null, parseTsv('12\r\n'))).toBe(false);
  });

  it('fills a 3×7 block right and down, and compares what it printed for the computed 总计 column', () => {
    const block = parseTsv('1\t2\t0\t0\t1\t0\t4\n０\t１\t0\t0\t0\t0\t1\n5\t/\t0\t0\t0\t0\t6');
    const plan = planPaste(TABLE3, model, 'applications.received.natural', block);
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
    expect([plan.writes.length, plan.notNumbers, plan.printed.length, plan.outside]).toEqual([17, ['/'], 3, 0]);
    const report = plan.writes.reduce<DraftReport>((r, w) => setAt(r, w.path, w.value), emptyReport());
    const differ = printedTotalsDiffer(plan, computeTotals(report));
    expect(differ).toEqual([{ path: 'applications.granted.total', printed: '6', sum: 5 }]);
    expect(describePaste(plan, differ)).toBe(
      '已粘贴 17 格，从「一、本年新收政府信息公开申请数量 自然人」到「（一）予以公开 其他」。跳过 1 格不是数字（「/」）。' +
        '粘贴内容中有 1 个总计与各项相加不符：「（一）予以公开 总计」原表为 6，相加为 5，请核对原表。',
    );
  });

  it('counts what falls outside the table', () => {
    const plan = planPaste(TABLE3, model, 'applications.carriedForward.other', [['1', '2', '3'], ['4']]);
    expect([plan.writes, plan.printed, plan.outside]).toEqual([[{ path: 'applications.carriedForward.other', value: 1 }], [{ path: 'applications.carriedForward.total', text: '2' }], 2]);
    expect(describePaste(plan, [{ path: 'applications.carriedForward.total', printed: '2', sum: 1 }])).toBe(
      '已粘贴 1 格，「四、结转下年度继续办理 其他」。跳过 2 格超出了表格范围。粘贴内容中有 1 个总计与各项相加不符：「四、结转下年度继续办理 总计」原表为 2，相加为 1，请核对原表。',
    );
  });

  it('clears a cell for a blank in the block, and refuses a paste that lands on computed cells only', () => {
    const plan = planPaste(TABLE4, gridModel(TABLE4), 'review.reconsideration.pending', [['', '9']]);
    expect([plan.writes, plan.printed]).toEqual([[{ path: 'review.reconsideration.pending', value: null }], [{ path: 'review.reconsideration.total', text: '9' }]]);
    const onlyTotals = planPaste(TABLE4, gridModel(TABLE4), 'review.reconsideration.upheld', [['']]);
    expect(describePaste({ ...onlyTotals, writes: [], printed: [{ path: 'review.reconsideration.total', text: '9' }] }, [])).toBe(
      '没有粘贴：总计由各项自动相加得出，不能粘贴或填写。请从要填写的第一格开始粘贴。',
    );
  });

  it('reads amounts in 万元 where the cell holds one', () => {
    const plan = planPaste(TABLE2, gridModel(TABLE2), 'proactive.coercion', [['3'], ['12.50万元']]);
    expect(plan.writes).toEqual([
      { path: 'proactive.coercion', value: 3 },
      { path: 'proactive.feesWanYuan', value: '12.5' },
    ]);
  });

  it('refuses a block it cannot align, says why, and plans no write', () => {
    const plan = planPaste(TABLE3, model, 'applications.received.natural', [['一、本年新收政府信息公开申请数量', '5', '3', '1']]);
    expect(plan.writes).toEqual([]);
    expect(describePaste(plan, [])).toBe(
      '「一、本年新收政府信息公开申请数量」这一行有 3 个数字，本表这一行有 7 格（不含总计 6 格），分不清对应哪几列，没有粘贴。请连同表头一起复制，或只复制数字部分。',
    );
  });
});
