import { describe, expect, it } from 'vitest';
import { pageLines, type TextRun } from './lines';
import { tableGrid } from './table-grid';

const SIZE = 10;
const PITCH = 12;
const PADDING = 6;
const LABEL_X = 80;
const NUMBER_X = [300, 340, 380];

type Row = { label: string[]; numbers: string[] };
const ROWS: Row[] = [
  { label: ['一行的栏目'], numbers: ['1', '2', '3'] },
  { label: ['四行的栏目第一行', '第二行', '第三行', '第四行'], numbers: ['40', '50', '60'] },
  { label: ['单行'], numbers: ['7', '8', '9'] },
  { label: ['两行的栏目', '第二行'], numbers: ['10', '11', '12'] },
  { label: ['三行的栏目', '第二行', '第三行'], numbers: ['0', '0', '1'] },
];

/** A table's runs as a PDF places them: each label's lines from the top of its cell, the numbers at the top or the middle. */
function tableRuns(layout: 'top' | 'centred', heading = false): TextRun[] {
  const runs: TextRun[] = [];
  const run = (text: string, x: number, y: number) => runs.push({ text, x, y, width: [...text].length * SIZE * (/^\d+$/.test(text) ? 0.5 : 1), size: SIZE });
  let top = 700;
  if (heading) {
    run('栏目', LABEL_X, top);
    NUMBER_X.forEach((x, i) => run(`列${i + 1}`, x, top));
    top -= PITCH + PADDING;
  }
  for (const row of ROWS) {
    row.label.forEach((line, k) => run(line, LABEL_X, top - k * PITCH));
    const y = layout === 'top' ? top : top - ((row.label.length - 1) * PITCH) / 2;
    row.numbers.forEach((n, i) => run(n, NUMBER_X[i] ?? 0, y));
    top -= row.label.length * PITCH + PADDING;
  }
  return runs;
}

const expected = ROWS.map((row) => [row.label.join(''), ...row.numbers]);
const gridOf = (runs: TextRun[]) => tableGrid(pageLines({ width: 595, height: 842, runs }, 0));

describe('a PDF table as a grid', () => {
  it('joins labels centred on their numbers, however many lines, to their rows', () => {
    expect(gridOf(tableRuns('centred'))).toEqual(expected);
  });

  it('joins labels set at the top of their cells (Word’s default) to their rows', () => {
    expect(gridOf(tableRuns('top'))).toEqual(expected);
  });

  it('keeps a heading row apart, its headings over their columns', () => {
    expect(gridOf(tableRuns('centred', true))).toEqual([['栏目', '列1', '列2', '列3'], ...expected]);
  });

  it('puts numbers set left, centred or right in one column while they overlap', () => {
    const runs: TextRun[] = [
      { text: '左', x: 80, y: 700, width: 10, size: SIZE },
      { text: '447228', x: 300, y: 700, width: 30, size: SIZE },
      { text: '1', x: 360, y: 700, width: 5, size: SIZE },
      { text: '右', x: 80, y: 680, width: 10, size: SIZE },
      { text: '8', x: 325, y: 680, width: 5, size: SIZE },
      { text: '26', x: 380, y: 680, width: 10, size: SIZE },
    ];
    expect(gridOf(runs)).toEqual([
      ['左', '447228', '1', ''],
      ['右', '8', '', '26'],
    ]);
  });
});
