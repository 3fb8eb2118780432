// The downloaded web page as a reader, a screen reader and a printer meet it: axe finds nothing
// (WCAG 2.1 AA, GB/T 37668-2019), it reads at 200%, a column header never breaks inside a word,
// and its print keeps the closing with the text, table 三's groups whole and 28 characters a line.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { renderHtmlDocument } from '@/lib/export/html/page';
import { printModelOf } from '@/lib/export/print-model';
import { setAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { closingVariants, GROUP_ROW_MARKS, PLAIN_PROSE, plainProseVariant, tableVariants } from '@/lib/export/testing/prose-lengths';

const today = new Date(2025, 10, 1);
const pageOf = (report: DraftReport) => renderHtmlDocument(printModelOf(report, today), report);
const draft = setAt(busyReport(), 'applications.received.natural', 41);

async function noViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${where}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('axe finds nothing on the exported page, clean and as a draft, on a desktop and at 200% zoom', async ({ page }) => {
  for (const [name, report] of [['clean', busyReport()], ['draft', draft]] as const) {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 640, height: 450 }]) {
      await page.setViewportSize(viewport);
      await page.setContent(pageOf(report));
      await noViolations(page, `${name} at ${viewport.width}px`);
    }
  }
});

test('reads at 200%: nothing cut off, no page-wide scrolling, wide tables scroll in a box the keyboard reaches', async ({ page }) => {
  // A 1280 px window at 200% lays the page out 640 CSS px wide.
  await page.setViewportSize({ width: 640, height: 450 });
  await page.setContent(pageOf(busyReport()));
  const layout = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    cut: [...document.querySelectorAll('h1, h2, h3, p, th, td')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
  }));
  expect(layout).toEqual({ page: 640, cut: [] });
  const box = page.getByRole('region', { name: '四、政府信息公开行政复议、行政诉讼情况' });
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The draft banner says 草稿 in words, not by its red alone.
  await page.setContent(pageOf(draft));
  await expect(page.getByRole('note')).toHaveText('草稿 · 校验未通过');
});

test('justifies the body like the Word file and breaks a column header only between its words, at any width', async ({ page }) => {
  const model = printModelOf(busyReport(), today);
  const labels = model.blocks.flatMap((b) => (b.kind === 'table' ? b.table.rows.flat() : [])).filter((c) => c.header && c.lines.length > 1);
  expect(labels.map((c) => c.text)).toContain('商业企业');
  for (const width of [1400, 1000, 640]) {
    await page.setViewportSize({ width, height: 900 });
    await page.setContent(pageOf(busyReport()));
    expect(await page.locator('article > p').first().evaluate((p) => getComputedStyle(p).textAlign)).toBe('justify');
    // Each header cell's text as it stands in lines, read from where its characters are drawn.
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll('th')].map((th) => {
        const lines: string[] = [];
        let top: number | null = null;
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const y = Math.round(range.getBoundingClientRect().top);
            if (top === null || Math.abs(y - top) > 4) lines.push('');
            top = y;
            lines[lines.length - 1] = `${lines[lines.length - 1] ?? ''}${text[i] ?? ''}`;
          }
        }
        return { text: th.textContent, lines };
      }),
    );
    for (const label of labels) {
      const cell = drawn.find((d) => d.text === label.text);
      expect(cell?.lines, `${label.text} at ${width}px`).toEqual(label.lines);
    }
  }
});

test('copied from the browser, the page brings no shadow or gradient along, and no hidden text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // On the app's origin, where the browser lets a page read its clipboard.
  await page.goto('/');
  await page.setContent(pageOf(busyReport()));
  await page.locator('article').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? await (await item.getType('text/html')).text() : '';
  });
  expect(copied).toContain('三、收到和处理政府信息公开申请情况');
  expect(copied).toContain('<table');
  expect(copied).not.toMatch(/gradient|box-shadow|clip-path|position: ?absolute/i);
  expect(copied.split('三、收到和处理政府信息公开申请情况')).toHaveLength(2);
});

/** The pages of the page's print (Chromium's PDF) as text. */
async function printed(page: Page, report: DraftReport, file: string): Promise<string[]> {
  await page.setContent(pageOf(report));
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}
const squeezed = (text: string) => text.replace(/\s+/g, '');

test('prints the closing never alone, at 40 lengths of section 五', async ({ page }, testInfo) => {
  test.slow();
  const lastPages: number[] = [];
  for (const { name, report } of closingVariants()) {
    const pages = await printed(page, report, testInfo.outputPath(`${name}.pdf`));
    const lines = (pages.at(-1) ?? '').split('\n').map(squeezed).filter((l) => l !== '' && !/^—\d+—$/.test(l));
    expect(lines.slice(-2), name).toEqual(['某某市自然资源局', '2026年1月16日']);
    expect(lines.length, name).toBeGreaterThanOrEqual(3);
    lastPages.push(lines.length);
  }
  // The 40 lengths put the closing at many places of its page.
  expect(new Set(lastPages).size).toBeGreaterThanOrEqual(8);
});

test('prints table 三 broken only between its groups of rows, the header repeated, wherever it starts', async ({ page }, testInfo) => {
  test.slow();
  const firsts = new Set<number>();
  for (const { name, report } of tableVariants()) {
    const pages = (await printed(page, report, testInfo.outputPath(`${name}.pdf`))).map(squeezed);
    const at = (mark: string) => pages.findIndex((p) => p.includes(mark));
    const group = GROUP_ROW_MARKS.map(at);
    expect(group.every((p) => p === group[0] && p >= 0), name).toBe(true);
    const groupPage = pages[group[0] ?? 0] ?? '';
    // -layout sets the merged labels beside their rows, so their lines stand apart: each must be on the group's page.
    for (const part of ['三、本年度', '办理结果', '（三）', '不予公开', '（六）', '其他处理', '申请人情况']) expect(groupPage, `${name}: ${part}`).toContain(part);
    firsts.add(at('一、本年新收政府信息公开申请数量'));
    expect(at('四、结转下年度继续办理'), name).toBeGreaterThanOrEqual(group[0] ?? Infinity);
  }
  expect(firsts.size).toBeGreaterThanOrEqual(2);
});

test('prints 28 characters a line of plain prose, 26 after the indent', async ({ page }, testInfo) => {
  const pages = await printed(page, plainProseVariant().report, testInfo.outputPath('plain-prose.pdf'));
  const lines = pages.join('\n').split('\n').map(squeezed).filter((line) => line.length > 20 && PLAIN_PROSE.includes(line));
  expect(lines.map((line) => [...line].length)).toEqual([26, 28, 28, 28, 28, 28, 28, 28, 28, 28]);
});
