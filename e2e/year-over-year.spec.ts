// A report started from last year's: last year's totals beside this year's on request, the
// sentences of 一（二） written from the tables (and rewritten, only them), and X-CHANGE as a question.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { STEP, cell, goToStep } from './clerk';

const REQUESTS = '（二）依申请公开情况';

async function startFromLastYear(page: Page) {
  await page.goto('/import/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await choosing).setFiles({ name: '2025年度报告.nianbao.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(busyReport())) });
  await page.getByRole('region', { name: '识别结果' }).getByRole('button', { name: '以此为上年报告，新建 2026 年度报告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: STEP.meta })).toBeVisible();
}

/** 表三 and 表四 filled in: 5 received and granted (a 9-for-90 kind of slip: last year 54), 2 reconsiderations upheld. */
async function fillTables(page: Page, received: number) {
  await goToStep(page, 'applications');
  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill(String(received));
  await cell(page, '（一）予以公开 自然人').fill(String(received));
  for (const [column, value] of [['自然人', '4'], ['商业企业', '1'], ['法律服务机构', '1'], ['其他', '1']] as const) {
    await cell(page, `四、结转下年度继续办理 ${column}`).fill(value);
  }
  await goToStep(page, 'review');
  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await cell(page, '行政复议 结果维持').fill('2');
}

const sentence = (n: number, change: string) =>
  `2026年，本机关新收政府信息公开申请${n}件，上年结转7件，办结${n}件，结转下年度7件；其中予以公开${n}件，占100.0%；` +
  `未发生部分公开、不予公开、无法提供、不予处理、其他处理的情形。新收申请数量较上年下降${change}。` +
  '因政府信息公开工作被申请行政复议2件，其中结果维持2件；未发生因政府信息公开工作被提起行政诉讼的情况。';

test('last year’s totals beside this year’s, prose from the tables rewritten in place, and X-CHANGE as a question', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await startFromLastYear(page);
  await fillTables(page, 5);

  await goToStep(page, 'applications');
  const received = page.getByRole('row', { name: /^一、本年新收政府信息公开申请数量/ });
  await expect(received).not.toContainText('上年');
  const toggle = page.getByRole('switch', { name: '显示上年数' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(received).toContainText('上年 54');
  await expect(page.getByRole('row', { name: /^四、结转下年度继续办理/ })).toContainText('上年 7');
  await expect(page.getByRole('row', { name: /^（七）总计/ })).toContainText('上年 52');
  // Only the 总计 column: none beside 自然人.
  await expect(received.getByText(/^上年/)).toHaveCount(1);
  await page.screenshot({ path: 'test-results/year-over-year-table3-1366.png', fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await toggle.uncheck();
  await expect(received).not.toContainText('上年');

  // 表四: every number and its 总计 (2 this year, 2 and 4 last year's).
  await goToStep(page, 'review');
  await page.getByRole('switch', { name: '显示上年数' }).check();
  await expect(page.getByText('上年 4', { exact: true })).toHaveCount(1);
  await expect(page.getByText(/^上年 /)).toHaveCount(15);
  await page.screenshot({ path: 'test-results/year-over-year-table4-1366.png' });

  await goToStep(page, 'overview');
  const requests = page.getByRole('textbox', { name: REQUESTS, exact: true });
  const lastYears = busyReport().overview.requests;
  await expect(requests).toHaveValue(lastYears);
  await page.getByRole('button', { name: '根据表格生成文字' }).click();
  await expect(requests).toHaveValue(`${sentence(5, '90.7%')}\n${lastYears}`);
  await expect(page.getByRole('status').filter({ hasText: '已在开头插入按表三、表四生成的文字' })).toBeVisible();
  await page.getByRole('button', { name: '根据表格生成文字' }).screenshot({ path: 'test-results/year-over-year-button.png' });
  await requests.screenshot({ path: 'test-results/year-over-year-requests.png' });
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => v.id)).toEqual([]);

  // The clerk writes before it and drops last year's text; then a number of 表三 changes.
  await requests.fill(`我局高度重视依申请公开工作。${sentence(5, '90.7%')}`);
  await fillTables(page, 6);
  await goToStep(page, 'overview');
  await page.getByRole('button', { name: '根据表格生成文字' }).click();
  await expect(requests).toHaveValue(`我局高度重视依申请公开工作。${sentence(6, '88.9%')}`);
  await expect(page.getByRole('status').filter({ hasText: '已按表格重新生成，替换了上次插入的文字；其他文字未改动。' })).toBeVisible();

  // Kept over a reload: pressing again still finds what it inserted.
  await page.reload();
  await expect(requests).toHaveValue(`我局高度重视依申请公开工作。${sentence(6, '88.9%')}`);
  await page.getByRole('button', { name: '根据表格生成文字' }).click();
  await expect(requests).toHaveValue(`我局高度重视依申请公开工作。${sentence(6, '88.9%')}`);
  await expect(page.getByRole('status').filter({ hasText: '已按表格重新生成' })).toBeVisible();

  await goToStep(page, 'check');
  const question = page.getByText('表三「一、本年新收政府信息公开申请数量 总计」本年为 6，上年（2025年）为 54，约为上年的 1/9。是否少填了一位或填错了行？确有变化的，不必修改。');
  await expect(question).toBeVisible();
  await expect(page.getByRole('listitem').filter({ has: question })).toContainText('提示');
  // The generated sentences agree with the tables: no X-PROSE about 一（二）.
  await expect(page.getByText(/「（二）依申请公开情况」写的是/)).toHaveCount(0);
});
