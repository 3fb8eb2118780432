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

/** The template's grids with the busy report's numbers, computed totals included. */
const expected = TABLES.map((table) =>
  expand(
    table.rows.map((row) =>
      row.map((cell) => ({
        key: cell.kind === 'label' ? `th[${cell.scope}] ${cell.text}` : `td ${String(totals.get(cell.path) ?? getAt(report, cell.path))}`,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
      })),
    ),
  ),
);

function parsedTables(html: string): HTMLTableElement[] {
  return [...new JSDOM(html).window.document.querySelectorAll('table')];
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

describe.each([
  ['the page', renderHtmlDocument(doc, report)],
  ['the fragment', renderHtmlFragment(doc)],
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

  it('are captioned by their section headings, with the header rows in thead', () => {
    expect(tables.map((t) => t.caption?.textContent)).toEqual([SECTION_HEADINGS.proactive, SECTION_HEADINGS.applications, SECTION_HEADINGS.review]);
    expect(tables.map((t) => t.tHead?.rows.length ?? 0)).toEqual([0, 3, 3]);
    expect(tables.map((t) => t.tBodies[0]?.rows.length)).toEqual([14, 25, 1]);
  });

  it('give each column its width and scroll sideways inside a wrapper rather than overflow the page', () => {
    const widths = tables.map((t) => [...t.querySelectorAll('col')].map((col) => parseFloat(col.style.width)));
    const model = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table.columnWidths] : []));
    expect(widths.map((w) => w.length)).toEqual([4, 10, 15]);
    widths.forEach((w, i) => expect(w).toEqual(model[i]?.map((x) => Number((x * 100).toFixed(3)))));
    for (const w of widths) expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
    // At least 20 characters wide, and no column narrower than three: table 四's 15 columns need 45.
    const minWidths = tables.map((t) => parseFloat(t.style.minWidth));
    expect(tables[2]?.style.minWidth).toBe('45em');
    minWidths.forEach((m, i) => {
      expect(m).toBeGreaterThanOrEqual(20);
      expect(m * Math.min(...(model[i] ?? []))).toBeGreaterThanOrEqual(3);
    });
    for (const t of tables) expect(t.parentElement?.outerHTML).toMatch(/^<div (class="nb-table-wrap"|style="overflow-x:auto)/);
  });
});

describe('the fragment for pasting into a CMS editor', () => {
  it('styles every table, cell and wrapper inline', () => {
    const tables = parsedTables(renderHtmlFragment(doc));
    for (const table of tables) {
      expect(table.getAttribute('style')).toMatch(/border-collapse:collapse;.*border:1px solid #000/);
      expect(table.parentElement?.getAttribute('style')).toMatch(/^overflow-x:auto/);
      const cells = [...table.querySelectorAll('th, td')];
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(cell.getAttribute('style')).toMatch(/^border:1px solid #000;.*text-align:(center|left)/);
    }
  });
});
