import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { getAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import { TABLE3 } from '@/lib/report/template/table3';
import { importDocument, NO_TABLES_IN_WORKBOOK, WORKBOOK_NOTE } from '../../import-document';
import { expandedRows, layoutGrid, printedValues } from '../../testing/layout-grid';
import { formula, handWorkbook, handWorkbookParts, inline, num, officeWorkbook, styledBlank, text, zipParts } from '../../testing/xlsx-fixtures';
import { ZIP_BOMB } from '../docx/zip';
import { rezip } from '../../testing/document-fixtures';
import { readXlsx, sheetBlocks, sheetGrid } from './read';
import { readWorkbook, BROKEN_XLSX } from './workbook';
import { cpuMs } from '@/lib/report/testing/cpu-time';

const sheetOf = (bytes: Uint8Array, index = 0) => {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(read.problems.join(' '));
  const sheet = read.sheets[index];
  if (!sheet) throw new Error(`no sheet ${index}`);
  return sheet;
};

describe('readWorkbook', () => {
  it('reads the number a cell stores, not the text its format shows', () => {
    const bytes = handWorkbook([
      {
        name: 'Sheet1',
        rows: [[num('1234', 1), num('12.5', 2), num('0.30000000000000004', 2), num('1.5E-3', 0), text('12', 3), formula('SUM(A1:B1)', 1246.5)]],
      },
    ]);
    expect([...(sheetOf(bytes).cells.get(0) ?? new Map())]).toEqual([
      [0, 1234],
      [1, 12.5],
      [2, 0.3],
      [3, 0.0015],
      [4, '12'],
      [5, 1246.5],
    ]);
  });

  it('reads shared strings without their phonetic guide, rich runs joined, inline strings, formula strings, truth values', () => {
    const bytes = handWorkbook([
      {
        name: 'Sheet1',
        rows: [
          [
            { t: 's', v: '行政许可', rich: ['行政', '许可'], phonetic: 'xingzheng' },
            inline('行政处罚'),
            { t: 'str', f: 'A1&"件"', v: '行政许可件' },
            { t: 'b', v: '1' },
            { t: 'e', v: '#DIV/0!' },
            styledBlank,
            { t: 's', v: '   ' },
          ],
        ],
      },
    ]);
    // The error and the blank cells are absent: the importer leaves them blank.
    expect([...(sheetOf(bytes).cells.get(0) ?? new Map())]).toEqual([
      [0, '行政许可'],
      [1, '行政处罚'],
      [2, '行政许可件'],
      [3, true],
    ]);
  });

  it('lists the sheets in tab order with their merges and column widths', () => {
    const bytes = handWorkbook([
      { name: '表二', rows: [[text('a')]], merges: ['A1:C2', 'B4:B5'], widths: [21.5, 9] },
      { name: '表三', rows: [[num(1)]] },
    ]);
    const read = readWorkbook(bytes);
    expect(read.ok && read.sheets.map((s) => s.name)).toEqual(['表二', '表三']);
    const sheet = sheetOf(bytes);
    expect(sheet.merges).toEqual([
      { row: 0, column: 0, rowSpan: 2, colSpan: 3 },
      { row: 3, column: 1, rowSpan: 2, colSpan: 1 },
    ]);
    expect([...sheet.columnWidths]).toEqual([
      [0, 21.5],
      [1, 9],
    ]);
  });

  it('keeps 「__proto__」 as a sheet name and a text, and pollutes nothing', () => {
    const bytes = handWorkbook([{ name: '__proto__', rows: [[text('__proto__'), inline('constructor'), text('polluted')]], merges: ['A1:A2'] }]);
    const parts = handWorkbookParts([{ name: '__proto__', rows: [[text('x')]] }]);
    // A relationship id and a target named like Object's own properties.
    parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] ?? '').replace('r:id="rId1"', 'r:id="__proto__"');
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] ?? '').replace('Id="rId1"', 'Id="__proto__"');
    const sheet = sheetOf(bytes);
    expect(sheet.name).toBe('__proto__');
    expect(sheetGrid(sheet)).toEqual([['__proto__', 'constructor', 'polluted'], ['__proto__', '', '']]);
    expect(sheetOf(zipParts(parts)).name).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('drops cells and cuts merges beyond 10,000 rows and 100 columns', () => {
    const parts = handWorkbookParts([{ name: 'S', rows: [[text('标签'), num(1)]], merges: ['A1:XFD1048576'] }]);
    parts['xl/worksheets/sheet1.xml'] = (parts['xl/worksheets/sheet1.xml'] ?? '').replace('</row>', '</row><row r="1048576"><c r="XFD1048576"><v>9</v></c><c r="CV10000"><v>7</v></c></row>');
    const sheet = sheetOf(zipParts(parts));
    expect(sheet.merges).toEqual([{ row: 0, column: 0, rowSpan: 10_000, colSpan: 100 }]);
    expect([...sheet.cells.keys()]).toEqual([0, 9_999]);
    expect([...(sheet.cells.get(9_999) ?? new Map())]).toEqual([[99, 7]]);
    const started = cpuMs();
    const grid = sheetGrid(sheet);
    expect(grid.length).toBe(10_000);
    expect(grid[9_999]?.[99]).toBe('标签');
    expect(cpuMs() - started).toBeLessThan(2_000);
  });

  it('refuses a zip bomb from its directory and a cut archive with Excel words', { timeout: 30_000 }, () => {
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(110 * 1024 * 1024) });
    expect(readXlsx(bomb)).toEqual({ ok: false, problems: [ZIP_BOMB] });
    const whole = officeWorkbook(busyReport(), 'one-sheet');
    expect(readXlsx(whole.slice(0, whole.length - 200))).toEqual({ ok: false, problems: [BROKEN_XLSX] });
  });
});

describe('sheetGrid and sheetBlocks', () => {
  it('gives a table sheet the same grid a DOCX table of the template gives', () => {
    const report = busyReport();
    const sheet = sheetOf(officeWorkbook(report, 'sheet-per-table'), 1);
    expect(sheet.name).toBe('表三');
    expect(sheetGrid(sheet)).toEqual(expandedRows(layoutGrid(TABLE3, printedValues(report))));
  });

  it('gives the title and section captions as paragraphs, and the rows under them as tables', () => {
    const blocks = sheetBlocks([
      ['某县教育局2024年政府信息公开工作年度报告', '某县教育局2024年政府信息公开工作年度报告'],
      ['', ''],
      ['二、主动公开政府信息情况', ''],
      ['第二十条第（一）项', '第二十条第（一）项'],
      ['信息内容', '本年制发件数'],
      ['规章', ''],
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '某县教育局2024年政府信息公开工作年度报告' },
      { kind: 'table', rows: [['某县教育局2024年政府信息公开工作年度报告', '某县教育局2024年政府信息公开工作年度报告']] },
      { kind: 'paragraph', text: '二、主动公开政府信息情况' },
      { kind: 'table', rows: [['二、主动公开政府信息情况', '']] },
      { kind: 'paragraph', text: '第二十条第（一）项' },
      {
        kind: 'table',
        rows: [
          ['第二十条第（一）项', '第二十条第（一）项'],
          ['信息内容', '本年制发件数'],
          ['规章', ''],
        ],
      },
    ]);
  });
});

describe('importDocument of a workbook', () => {
  for (const layout of ['one-sheet', 'sheet-per-table'] as const) {
    it(`reads every cell of the three tables from an office's workbook (${layout})`, async () => {
      const report = busyReport();
      const outcome = await importDocument(officeWorkbook(report, layout), '年报表格.xlsx');
      if (!outcome.ok) throw new Error(outcome.problems.join(' '));
      expect(outcome.format).toBe('30号');
      expect(outcome.source).toBe('recognised');
      expect(outcome.tables).toEqual([
        { table: 'table2', found: 10, printed: 10, total: 10, unread: [] },
        { table: 'table3', found: 175, printed: 175, total: 144, unread: [] },
        { table: 'table4', found: 15, printed: 15, total: 12, unread: [] },
      ]);
      expect(outcome.missing).toEqual([]);
      expect(outcome.notes[0]).toBe(WORKBOOK_NOTE);
      for (const cell of INPUT_CELLS) expect([cell.path, getAt(outcome.report, cell.path)]).toEqual([cell.path, getAt(report, cell.path)]);
      // Shown as 12.35 through 「0.00」, stored as 12.3456.
      expect(outcome.report.proactive.feesWanYuan).toBe('12.3456');
    });
  }

  it('takes the agency and year from the title row of the one-sheet workbook', async () => {
    const outcome = await importDocument(officeWorkbook(busyReport(), 'one-sheet'), 'a.xlsx');
    expect(outcome.ok && [outcome.report.meta.agency, outcome.report.meta.year]).toEqual(['某某市自然资源局', 2025]);
  });

  it('says so in Chinese when a workbook holds none of the tables', async () => {
    const bytes = handWorkbook([{ name: '通讯录', rows: [[text('姓名'), text('电话')], [text('张三'), num('13800000000', 0)]] }]);
    expect(await importDocument(bytes, '通讯录.xlsx')).toEqual({ ok: false, problems: [NO_TABLES_IN_WORKBOOK] });
  });

  it('leaves a cell blank, and names it, when the workbook shows an error there', async () => {
    const bytes = rezip(officeWorkbook(busyReport(), 'sheet-per-table'), (name, xml) => (name === 'xl/worksheets/sheet1.xml' ? xml.replace('s="1"><v>326</v>', 's="1" t="e"><v>#REF!</v>') : xml));
    const outcome = await importDocument(bytes, 'a.xlsx');
    if (!outcome.ok) throw new Error(outcome.problems.join(' '));
    expect(outcome.report.proactive.licensing).toBeNull();
    expect(outcome.tables[0]).toEqual({ table: 'table2', found: 9, printed: 9, total: 10, unread: [] });
    expect(outcome.missing).toEqual(['proactive.licensing']);
  });
});
