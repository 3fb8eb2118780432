// A report started from last year's: the texts offered as a starting point are flagged where they
// are still last year's, and the step says so.
import { expect, test } from '@playwright/test';
import { publishedSample } from '@/lib/import/testing/samples';
import { STEP, goToStep } from './clerk';

test('last year’s text left as it was makes its step 需留意 and names the copied paragraph and the old year', async ({ page }) => {
  await page.goto('/import/');
  await page.getByRole('textbox', { name: '或粘贴已发布报告的全部文字' }).fill(publishedSample('004'));
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  await page.getByRole('region', { name: '识别结果' }).getByRole('button', { name: '以此为上年报告，新建 2025 年度报告' }).click();
  const steps = page.getByRole('navigation', { name: '填写步骤' });
  await expect(steps.getByRole('link', { name: STEP.overview })).toContainText('需留意');
  await goToStep(page, 'overview');
  const summary = page.getByRole('region', { name: /^本页有 \d+ 处需要留意$/ });
  await expect(summary).toContainText('与上年报告有 100% 相同');
  await expect(summary).toContainText('写的是“2024年”，本报告是 2025 年度的：可能是从上年报告照搬时没有改年份，请核对。');
  // The summary lists every problem: it grows, it does not scroll inside.
  expect(await summary.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  const count = Number(/本页有 (\d+) 处/.exec((await summary.getByRole('heading').textContent()) ?? '')?.[1]);
  await expect(summary.getByRole('listitem')).toHaveCount(count);
});

test('a new report shows no empty summary box, marks what is required, and says nothing under 检查 yet', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: STEP.meta })).toBeVisible();
  await expect(page.getByText('本页暂未发现问题')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^本页有/ })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveAttribute('aria-required', 'true');
  await expect(page.getByRole('textbox', { name: '报告年度' })).toHaveAttribute('aria-required', 'true');
  const steps = page.getByRole('navigation', { name: '填写步骤' });
  await expect(steps.getByRole('link', { name: STEP.check })).not.toContainText('填写中');
  await expect(steps.getByRole('link', { name: STEP.preview })).not.toContainText('填写中');
  await page.getByRole('textbox', { name: '发布网站网址' }).fill('www.example.gov.cn');
  await page.getByRole('textbox', { name: '发布网站网址' }).blur();
  await expect(page.getByText(/网址应如/)).toHaveCount(0);
  await expect(steps.getByRole('link', { name: STEP.meta })).toContainText('填写中');
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await expect(steps.getByRole('link', { name: STEP.meta })).toContainText('已完成');
  await expect(page.getByRole('textbox', { name: '前言' })).toHaveValue(/本报告电子版可在（www\.example\.gov\.cn）查阅或下载。/);
});
