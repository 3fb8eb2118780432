import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { getAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { SECTION_HEADINGS } from '@/lib/report/template/sections';
import { TABLES } from '@/lib/report/template/tables';
import { computeTotals } from '@/lib/report/totals';
import { renderHtmlDocument, renderHtmlFragment } from './page';
import { printModelOf } from '../print-model';

type Spanned = { key: string; rowSpan: number; colSpan: number };

/** Each row's cells placed on the grid as HTML does, a spanning cell filling every slot it covers. */
function expand(rows: readonly (readonly Spanned[])[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        const line = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cell.colSpan; dc++) line[c + dc] = cell.key;
      }
      c += cell.colSpan;
    }
  });
  return grid;
}

const report = busyReport();
const totals = computeTotals(report);
const doc = printModelOf(report, new Date(2025, 10, 1));

/** The scope a label has in HTML: 「三、本年度办理结果」 heads the group of rows it spans. */
const scopeOf = (text: string, scope: string) => (text === '三、本年度办理结果' ? 'rowgroup' : scope);

/** The template's grids with the busy report's numbers, computed totals included. */
const expected = TABLES.map((table) =>
  expand(
    table.rows.map((row) =>
      row.map((cell) => ({
        key: cell.kind === 'label' ? `th[${scopeOf(cell.text, cell.scope)}] ${cell.text}` : `td ${String(totals.get(cell.path) ?? getAt(report, cell.path))}`,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
      })),
    ),
  ),
);

const parse = (html: string) => new JSDOM(html).window.document;
function parsedTables(html: string): HTMLTableElement[] {
  return [...parse(html).querySelectorAll('table')];
}

const gridOf = (table: HTMLTableElement) =>
  expand(
    [...table.rows].map((tr) =>
      [...tr.cells].map((cell) => ({
        key: cell.localName === 'th' ? `th[${cell.getAttribute('scope') ?? ''}] ${cell.textContent}` : `td ${cell.textContent}`,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
      })),
    ),
  );

const page = renderHtmlDocument(doc, report);
const fragment = renderHtmlFragment(doc);

describe.each([
  ['the page', page],
  ['the fragment', fragment],
])('the tables of %s', (_, html) => {
  const tables = parsedTables(html);

  it('give the template grids cell for cell, labels as scoped th and the numbers as td', () => {
    expect(tables).toHaveLength(3);
    tables.forEach((table, i) => expect(gridOf(table)).toEqual(expected[i]));
    expect(expected.map((grid) => grid.map((row) => row.length))).toEqual(TABLES.map((t) => t.rows.map(() => t.gridColumns)));
  });

  it('carry the totals: 一 总计 54, （七）总计 52, 行政复议 总计 4', () => {
    const [t2, t3, t4] = tables.map(gridOf);
    expect(t3?.[3]).toEqual(['th[row] 一、本年新收政府信息公开申请数量', ...[40, 6, 2, 1, 4, 1, 54].map((n) => `td ${n}`)].flatMap((k, i) => (i === 0 ? [k, k, k] : [k])));
    expect(t3?.[26]?.slice(1)).toEqual(['th[row] （七）总计', 'th[row] （七）总计', ...[39, 6, 2, 1, 4, 0, 52].map((n) => `td ${n}`)]);
    expect(t4?.[3]?.slice(0, 5)).toEqual(['td 2', 'td 1', 'td 0', 'td 1', 'td 4']);
    expect(t2?.[13]).toEqual(['th[row] 行政事业性收费', 'td 12.3456', 'td 12.3456', 'td 12.3456']);
  });

  it('have no caption, the header rows in thead and each group of rows a tbody of its own', () => {
    expect(tables.map((t) => t.caption)).toEqual([null, null, null]);
    expect(tables.map((t) => t.tHead?.rows.length ?? 0)).toEqual([0, 3, 3]);
    expect(tables.map((t) => [...t.tBodies].map((b) => b.rows.length))).toEqual([[4, 3, 4, 3], [1, 1, 22, 1], [1]]);
    const groupLabel = tables[1]?.tBodies[2]?.rows[0]?.cells[0];
    expect([groupLabel?.textContent, groupLabel?.getAttribute('scope'), groupLabel?.rowSpan]).toEqual(['三、本年度办理结果', 'rowgroup', 22]);
  });

  it('print short labels in their words, a line each, as the DOCX does', () => {
    const cell = (text: string) => [...(tables[1]?.querySelectorAll('th') ?? []), ...(tables[2]?.querySelectorAll('th') ?? [])].find((c) => c.textContent === text);
    expect(cell('商业企业')?.innerHTML).toBe('商业<br>企业');
    expect(cell('社会公益组织')?.innerHTML).toBe('社会<br>公益<br>组织');
    expect(cell('三、本年度办理结果')?.innerHTML).toBe('三、本年度<br>办理结果');
    expect(cell('（三）不予公开')?.innerHTML).toBe('（三）<br>不予公开');
    expect(cell('结果维持')?.innerHTML).toBe('结果<br>维持');
    expect(cell('自然人')?.innerHTML).toBe('自然人');
  });
});

describe('the tables of the page', () => {
  const d = parse(page);
  const tables = [...d.querySelectorAll('table')];

  it('are named by the section heading above them, which is on the page once', () => {
    expect(tables.map((t) => d.getElementById(t.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual([
      SECTION_HEADINGS.proactive,
      SECTION_HEADINGS.applications,
      SECTION_HEADINGS.review,
    ]);
    for (const heading of Object.values(SECTION_HEADINGS)) expect(d.body.textContent?.split(heading)).toHaveLength(2);
  });

  it('tie every number to its column and row headers, for a screen reader', () => {
    const headers = (td: Element | null | undefined) => (td?.getAttribute('headers') ?? '').split(' ').map((id) => d.getElementById(id)?.textContent);
    const t3 = tables[1];
    // 「（三）不予公开 1.属于国家秘密」 under 商业企业: every header that names it, outermost first.
    expect(headers(t3?.tBodies[2]?.rows[2]?.cells[3])).toEqual(['申请人情况', '法人或其他组织', '商业企业', '三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    expect(headers(t3?.tBodies[0]?.rows[0]?.cells[1])).toEqual(['申请人情况', '自然人', '一、本年新收政府信息公开申请数量']);
    expect(headers(tables[2]?.tBodies[0]?.rows[0]?.cells[6])).toEqual(['行政诉讼', '未经复议直接起诉', '结果纠正']);
    // Table 二 has no header rows: a number's column header is its own block's.
    expect(headers(tables[0]?.tBodies[3]?.rows[2]?.cells[1])).toEqual(['第二十条第（八）项', '本年收费金额（单位：万元）', '行政事业性收费']);
    // Every data cell names headers, and every name is a header of the same table.
    for (const table of tables) {
      for (const td of table.querySelectorAll('td')) {
        const ids = (td.getAttribute('headers') ?? '').split(' ');
        expect(ids.length).toBeGreaterThanOrEqual(2);
        for (const id of ids) expect(table.querySelector(`th[id="${id}"]`)).not.toBeNull();
      }
    }
    expect(headers(t3?.querySelector('th[id="table3-r10c3"]'))).toEqual(['三、本年度办理结果', '（三）不予公开']);
  });

  it('give each column its width and scroll sideways inside a wrapper the keyboard can reach', () => {
    const widths = tables.map((t) => [...t.querySelectorAll('col')].map((col) => parseFloat(col.style.width)));
    const model = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table.columnWidths] : []));
    expect(widths.map((w) => w.length)).toEqual([4, 10, 15]);
    widths.forEach((w, i) => expect(w).toEqual(model[i]?.map((x) => Number((x * 100).toFixed(3)))));
    // At least 20 characters wide, and no column narrower than three: table 四's 15 columns need 45.
    expect(tables[2]?.style.minWidth).toBe('45em');
    for (const t of tables) {
      const wrap = t.parentElement;
      expect([wrap?.className, wrap?.getAttribute('role'), wrap?.getAttribute('tabindex'), wrap?.getAttribute('aria-labelledby')]).toEqual([
        'nb-table-wrap',
        'region',
        '0',
        t.getAttribute('aria-labelledby'),
      ]);
    }
  });
});

describe('the tables of the fragment for a CMS editor', () => {
  const tables = parsedTables(fragment);

  it('carry their borders, spacing and width as attributes and inline, as editors keep them', () => {
    for (const table of tables) {
      expect(['border', 'cellspacing', 'cellpadding', 'width'].map((a) => table.getAttribute(a))).toEqual(['1', '0', '4', '100%']);
      expect(table.getAttribute('style')).toMatch(/^border-collapse:collapse;width:100%;.*border:1px solid #000/);
      expect(table.parentElement?.getAttribute('style')).toMatch(/^overflow-x:auto/);
      const cells = [...table.querySelectorAll('th, td')];
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell.getAttribute('style')).toMatch(/^border:1px solid #000;.*text-align:(center|left)/);
        expect([cell.getAttribute('align'), cell.getAttribute('valign')]).toEqual([cell.getAttribute('style')?.includes('text-align:left') ? 'left' : 'center', 'middle']);
        expect(cell.hasAttribute('headers') || cell.hasAttribute('id')).toBe(false);
      }
    }
  });

  it('give every single-column cell its column\'s share of the type area, in an attribute and inline', () => {
    const model = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table.columnWidths] : []));
    tables.forEach((table, t) => {
      const grid = expand([...table.rows].map((tr) => [...tr.cells].map((cell) => ({ key: cell.colSpan === 1 ? (cell.getAttribute('width') ?? '?') : '', rowSpan: cell.rowSpan, colSpan: cell.colSpan }))));
      const columns = (model[t] ?? []).map((_, c) => grid.map((row) => row[c]).filter((w) => w !== ''));
      columns.forEach((widths, c) => {
        expect(widths.length).toBeGreaterThan(0);
        expect(new Set(widths)).toEqual(new Set([`${Number(((model[t]?.[c] ?? 0) * 100).toFixed(3))}%`]));
      });
    });
    expect(tables[1]?.querySelector('th')?.parentElement?.nextElementSibling?.querySelector('th')?.getAttribute('width')).toBe(`${Number(((model[1]?.[3] ?? 0) * 100).toFixed(3))}%`);
  });
});
