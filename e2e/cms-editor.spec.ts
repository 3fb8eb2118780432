// The code behind 「复制网页代码」, pasted into a government CMS editor: the editor keeps what it
// keeps, and the report must still read as the report — every cell bordered, the tables as wide as
// the page with the printed column widths, each heading once, the numbers cell for cell.
import { expect, test, type Page } from '@playwright/test';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { printModelOf, type PrintTable } from '@/lib/export/print-model';
import { goToStep, openReportFile, STEP } from './clerk';

const report = busyReport();
const doc = printModelOf(report, new Date());
const printTables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
/** The section and part headings: a caption an editor shows would say a section heading a second time. */
const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

/** A table's cells on its grid, each spanning cell in every slot it covers. */
function expand(rows: readonly (readonly { text: string; rowSpan: number; colSpan: number }[])[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = cell.text;
      c += cell.colSpan;
    }
  });
  return grid;
}

/**
 * Two filters as editors apply them on paste. `plain`: every class, id and <style> removed (what
 * UEditor, CKEditor and TRS/Hanweb editors commonly do). `kindeditor`: KindEditor 4.1's default
 * filter mode — its whitelist of tags, attributes and style properties (`htmlTags`): no <thead>,
 * <colgroup>, <col>, <article> or <caption>; on cells no `scope` and no `padding`.
 */
const FILTERS = {
  plain: null,
  kindeditor: {
    span: ['.color', '.background-color', '.font-size', '.font-family', '.background', '.font-weight', '.font-style', '.text-decoration', '.vertical-align', '.line-height'],
    div: ['align', '.border', '.margin', '.padding', '.text-align', '.color', '.background-color', '.font-size', '.font-family', '.font-weight', '.background', '.font-style', '.text-decoration', '.vertical-align', '.margin-left'],
    table: ['border', 'cellspacing', 'cellpadding', 'width', 'height', 'align', 'bordercolor', '.padding', '.margin', '.border', 'bgcolor', '.text-align', '.color', '.background-color', '.font-size', '.font-family', '.font-weight', '.font-style', '.text-decoration', '.background', '.width', '.height', '.border-collapse'],
    'td,th': ['align', 'valign', 'width', 'height', 'colspan', 'rowspan', 'bgcolor', '.text-align', '.color', '.background-color', '.font-size', '.font-family', '.font-weight', '.font-style', '.text-decoration', '.vertical-align', '.background', '.border'],
    'p,ol,ul,li,blockquote,h1,h2,h3,h4,h5,h6': ['align', '.text-align', '.color', '.background-color', '.font-size', '.font-family', '.background', '.font-weight', '.font-style', '.text-decoration', '.vertical-align', '.text-indent', '.margin-left'],
    'br,tbody,tr,strong,b,sub,sup,em,i,u,strike,s,del': [],
  },
} as const satisfies Record<string, Record<string, readonly string[]> | null>;

/** The editor's page: a content column as wide as a portal's, with a reset as such sites have. */
const EDITOR_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>内容编辑</title>
<style>*{box-sizing:border-box}body{margin:0;font:14px/1.6 sans-serif;color:#333}h1,h2,h3,p{margin:0}table{border-spacing:0}
#editor{width:800px;margin:16px auto;padding:20px;border:1px solid #aaa;min-height:400px}</style></head>
<body><div id="editor" contenteditable="true"></div></body></html>`;

/** Pastes `html` into the editor through the filter, as the editor would, and returns nothing. */
async function paste(page: Page, html: string, filter: keyof typeof FILTERS) {
  await page.setContent(EDITOR_PAGE);
  await page.evaluate(
    ({ html, whitelist }) => {
      const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
      for (const el of body.querySelectorAll('style, script')) el.remove();
      if (whitelist === null) {
        for (const el of body.querySelectorAll('[class], [id]')) {
          el.removeAttribute('class');
          el.removeAttribute('id');
        }
      } else {
        const allowed = new Map<string, string[]>();
        for (const [tags, list] of Object.entries(whitelist)) for (const tag of tags.split(',')) allowed.set(tag, [...list]);
        // Innermost first, so that unwrapping a tag keeps its (filtered) content.
        for (const el of [...body.querySelectorAll('*')].reverse()) {
          const list = allowed.get(el.localName);
          if (!list) {
            el.replaceWith(...el.childNodes);
            continue;
          }
          const styles = new Set(list.filter((a) => a.startsWith('.')).map((a) => a.slice(1)));
          const kept = [...(el as HTMLElement).style].filter((property) => [...styles].some((s) => property === s || property.startsWith(`${s}-`)));
          const style = kept.map((property) => `${property}:${(el as HTMLElement).style.getPropertyValue(property)}`).join(';');
          for (const name of el.getAttributeNames()) if (!list.includes(name)) el.removeAttribute(name);
          if (style) el.setAttribute('style', style);
        }
      }
      const editor = document.getElementById('editor');
      if (editor) editor.innerHTML = body.innerHTML;
    },
    { html, whitelist: FILTERS[filter] },
  );
}

/** What the editor shows: per table its cells' texts on the grid, the borders and widths, the text. */
async function pasted(page: Page) {
  return page.evaluate(() => {
    const editor = document.getElementById('editor') as HTMLElement;
    const inner = editor.clientWidth - 40;
    const tables = [...editor.querySelectorAll('table')].map((table) => {
      const width = table.getBoundingClientRect().width;
      const rows = [...table.rows].map((tr) => [...tr.cells].map((cell) => ({ text: cell.textContent ?? '', rowSpan: cell.rowSpan, colSpan: cell.colSpan })));
      const cells = [...table.querySelectorAll('th, td')];
      const unbordered = cells.filter((cell) => {
        const s = getComputedStyle(cell);
        return ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) =>
            parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) < 1 ||
            ['none', 'hidden'].includes(s.getPropertyValue(`border-${side.toLowerCase()}-style`)) ||
            s.getPropertyValue(`border-${side.toLowerCase()}-color`) === 'rgba(0, 0, 0, 0)',
        );
      }).length;
      // The width of each grid column, from a cell that spans it alone.
      const columns: number[] = [];
      const taken: boolean[][] = [];
      [...table.rows].forEach((tr, r) => {
        let c = 0;
        for (const cell of tr.cells) {
          while (taken[r]?.[c]) c++;
          for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (taken[r + dr] ??= [])[c + dc] = true;
          if (cell.colSpan === 1 && columns[c] === undefined) columns[c] = cell.getBoundingClientRect().width / width;
          c += cell.colSpan;
        }
      });
      return { width, rows, cells: cells.length, unbordered, columns };
    });
    return { inner, tables, text: editor.innerText, captions: editor.querySelectorAll('caption').length };
  });
}

test('the code of 「复制网页代码」 keeps its borders, widths, headings and numbers through a CMS editor', async ({ page, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openReportFile(page, report);
  await goToStep(page, 'preview');
  await expect(page.getByRole('heading', { level: 1, name: STEP.preview })).toBeVisible();
  await page.getByRole('button', { name: '复制网页代码' }).click();
  await expect(page.getByText('网页代码已复制，可粘贴到网站编辑器的“源代码”模式中。')).toBeVisible();
  const fragment = await page.evaluate(() => navigator.clipboard.readText());
  expect(fragment).toMatch(/^<article /);

  for (const filter of Object.keys(FILTERS) as (keyof typeof FILTERS)[]) {
    await paste(page, fragment, filter);
    const shown = await pasted(page);
    expect(shown.tables.map((t) => t.cells), filter).toEqual(printTables.map((t) => t.rows.flat().length));
    expect(shown.tables.map((t) => t.unbordered), filter).toEqual([0, 0, 0]);
    for (const table of shown.tables) expect(Math.abs(table.width - shown.inner), filter).toBeLessThanOrEqual(1);
    shown.tables.forEach((table, i) => {
      const printed = printTables[i] as PrintTable;
      expect(table.columns.map((w) => Number(w.toFixed(2))), `${filter} table ${i + 2}`).toEqual(printed.columnWidths.map((w) => Number(w.toFixed(2))));
      expect(expand(table.rows), `${filter} table ${i + 2}`).toEqual(expand(printed.rows));
    });
    expect(shown.captions).toBe(0);
    for (const heading of headings) expect(shown.text.split(heading).length - 1, `${filter}: ${heading}`).toBe(1);
    await page.locator('#editor').screenshot({ path: testInfo.outputPath(`cms-${filter}.png`) });
  }
});
