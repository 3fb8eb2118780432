// Table 三 and the preview on the screens clerks have: 1366 and 1024 px wide, and text at 200%.
import { expect, test, type Page } from '@playwright/test';
import { cell, goToStep, newReport } from './clerk';

const SIZES = [
  { name: '1366', width: 1366, height: 768, scale: 1 },
  { name: '1024', width: 1024, height: 768, scale: 1 },
  // 200% zoom of a 1366 × 768 screen: half the CSS pixels, each drawn twice as large.
  { name: '200%', width: 683, height: 384, scale: 2 },
] as const;

/** The cell's own heading and row label are on screen, not covered, and the cell is too. */
async function seenWithItsHeadings(page: Page, name: string, column: string, row: string) {
  const target = cell(page, name);
  const [box, head, label] = await Promise.all([
    target.boundingBox(),
    page.getByRole('columnheader', { name: column, exact: true }).boundingBox(),
    page.getByRole('rowheader', { name: row, exact: true }).boundingBox(),
  ]);
  const viewport = page.viewportSize();
  if (!box || !head || !label || !viewport) throw new Error('not laid out');
  // The cell whole; its heading and label (taller than the cell's input) with at most their border clipped.
  for (const [b, slack] of [[box, 0], [head, 3], [label, 3]] as const) {
    expect(b.y).toBeGreaterThanOrEqual(-slack);
    expect(b.y + b.height).toBeLessThanOrEqual(viewport.height + slack);
    expect(b.x).toBeGreaterThanOrEqual(-slack);
    expect(b.x + b.width).toBeLessThanOrEqual(viewport.width + slack);
  }
  // The heading above the cell, the label to its left, neither covering it.
  expect(head.y + head.height).toBeLessThanOrEqual(box.y + 1);
  expect(label.x + label.width).toBeLessThanOrEqual(box.x + 1);
  expect(Math.abs(head.x + head.width / 2 - (box.x + box.width / 2))).toBeLessThan(head.width / 2);
}

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });

    test('table 三 keeps its column headings and row labels in view, moving down 25 rows and across to 其他', async ({ page }, info) => {
      await newReport(page);
      await goToStep(page, 'applications');
      await page.getByRole('button', { name: '本表空白格填 0' }).click();
      const first = cell(page, '一、本年新收政府信息公开申请数量 自然人');
      await first.click();
      for (let i = 0; i < 24; i++) await page.keyboard.press('Enter');
      await expect(cell(page, '四、结转下年度继续办理 自然人')).toBeFocused();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect(cell(page, '四、结转下年度继续办理 其他')).toBeFocused();
      await seenWithItsHeadings(page, '四、结转下年度继续办理 其他', '其他', '四、结转下年度继续办理');
      await page.screenshot({ path: info.outputPath(`table-three-${size.name}.png`) });
    });

    test('an error link lands on its cell with the cell’s headings in view', async ({ page }) => {
      await newReport(page);
      await goToStep(page, 'applications');
      await page.getByRole('button', { name: '本表空白格填 0' }).click();
      await cell(page, '（五）不予处理 4.无正当理由大量反复申请 法律服务机构').fill('3');
      await page.getByRole('button', { name: /^下一步/ }).focus();
      await page.getByRole('link', { name: /^表三·法律服务机构列/ }).click();
      await expect(cell(page, '四、结转下年度继续办理 法律服务机构')).toBeFocused();
      await seenWithItsHeadings(page, '四、结转下年度继续办理 法律服务机构', '法律服务机构', '四、结转下年度继续办理');
    });

    test('the preview’s A4 page is never clipped on the right', async ({ page }, info) => {
      await newReport(page);
      await goToStep(page, 'preview');
      const sheet = page.getByRole('region', { name: '第 1 页' });
      const region = page.getByRole('region', { name: '打印预览' });
      await expect(sheet).toBeVisible();
      const [s, r] = [await sheet.boundingBox(), await region.boundingBox()];
      if (!s || !r) throw new Error('not laid out');
      expect(s.x).toBeGreaterThanOrEqual(r.x);
      expect(s.x + s.width).toBeLessThanOrEqual(r.x + r.width + 1);
      expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await page.screenshot({ path: info.outputPath(`preview-${size.name}.png`) });
    });
  });
}
