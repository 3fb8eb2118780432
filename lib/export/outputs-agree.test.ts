import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { reportFromProperties, reportProperties } from '@/lib/report/file/embedding';
import type { DraftReport } from '@/lib/report/file/schema';
import { getAt, setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { withTotals } from '@/lib/report/totals';
import { buildDocx } from './docx/document';
import { renderHtmlDocument, renderHtmlFragment } from './html/page';
import { printModelOf } from './print-model';
import { all, gridOf, readBack, textOf } from './testing/docx-read-back';

const today = new Date(2025, 10, 1);

/** Each table's cells, every spanned slot filled, as the web page gives them. */
function htmlGrids(html: string): string[][][] {
  return [...new JSDOM(html).window.document.querySelectorAll('table')].map((table) => {
    const grid: string[][] = [];
    [...table.rows].forEach((tr, r) => {
      let c = 0;
      for (const cell of tr.cells) {
        while (grid[r]?.[c] !== undefined) c++;
        for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = cell.textContent ?? '';
        c += cell.colSpan;
      }
    });
    return grid;
  });
}

/** Each table's cells as the Word file gives them, a merged cell in every slot it covers. */
function docxGrids(xml: Document): string[][][] {
  return all(xml, 'tbl').map((tbl) => {
    const resolved: string[][] = [];
    for (const row of gridOf(tbl).rows) {
      const above = resolved[resolved.length - 1];
      resolved.push(row.flatMap((c) => Array.from({ length: c.span }, (_, k) => (c.vMerge === 'continue' ? (above?.[c.start + k] ?? '') : c.text))));
    }
    return resolved;
  });
}

async function outputs(report: DraftReport) {
  const doc = printModelOf(report, today);
  const docx = readBack(await buildDocx(doc, await reportProperties(report)));
  const page = renderHtmlDocument(doc, report);
  const custom = docx.xml('docProps/custom.xml');
  const embeddedInDocx = await reportFromProperties(new Map([...custom.getElementsByTagName('property')].map((p) => [p.getAttribute('name') ?? '', p.textContent ?? ''])));
  const script = new JSDOM(page).window.document.querySelector('script[type="application/json"]')?.textContent ?? '';
  return { doc, docx, page, fragment: renderHtmlFragment(doc), embeddedInDocx, embeddedInPage: JSON.parse(script) as DraftReport };
}

// NOTE: two Word files built and read back with jsdom: over 5 s each on a machine shared by eight builds.
describe('the Word file, the web page and the fragment of one report', { timeout: 60_000 }, () => {
  it('print the same cells, number for number, label for label', async () => {
    const { docx, page, fragment } = await outputs(busyReport());
    const words = (grids: string[][][]) => grids.map((g) => g.map((row) => row.map((text) => text.replace(/\s+/g, ''))));
    const fromDocx = words(docxGrids(docx.xml('word/document.xml')));
    expect(fromDocx.map((g) => [g.length, g[0]?.length])).toEqual([[14, 4], [28, 10], [4, 15]]);
    expect(words(htmlGrids(page))).toEqual(fromDocx);
    expect(words(htmlGrids(fragment))).toEqual(fromDocx);
  });

  it('agree with their embedded report and their problems on an imported report\'s wrong printed total', async () => {
    // Published with 648 under 一 总计, where the six columns add up to 645.
    const imported = setAt(setAt(withTotals(busyReport()), 'applications.received.natural', 631), 'applications.received.total', 648);
    const { docx, page, fragment, embeddedInDocx, embeddedInPage } = await outputs(imported);
    const problem = '1.【错误】表三「一、本年新收政府信息公开申请数量」：总计填的是 648，但自然人至其他6列之和为 645，相差 3。请核对该行各列或总计。';
    const row = ['一、本年新收政府信息公开申请数量', '631', '6', '2', '1', '4', '1', '648'];
    // The Word file: the row, the embedded data, the list of problems.
    const docxRow = gridOf(all(docx.xml('word/document.xml'), 'tbl')[1] as Element).rows[3]?.map((c) => c.text);
    expect(docxRow).toEqual(row);
    expect(getAt(embeddedInDocx as DraftReport, 'applications.received.total')).toBe(648);
    expect(all(docx.xml('word/document.xml'), 'p').map((p) => textOf(p))).toContain(problem);
    // The web page and the fragment: the same.
    for (const html of [page, fragment]) {
      expect(htmlGrids(html)[1]?.[3]).toEqual([row[0], row[0], ...row]);
      expect(new JSDOM(html).window.document.body.textContent).toContain(problem);
    }
    expect(getAt(embeddedInPage, 'applications.received.total')).toBe(648);
  });
});
