import { expect, test } from '@playwright/test';
import { cell, goToStep, newReport, saved } from './clerk';

test('with every other host cut off, the app loads, reloads, saves and exports from its own server', async ({ page, context, baseURL }) => {
  test.slow();
  const cut: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL ?? '') || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    cut.push(url);
    return route.abort('internetdisconnected');
  });
  await newReport(page);
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('5');
  await saved(page);
  await page.reload();
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('5');
  await goToStep(page, 'preview');
  await expect(page.getByRole('region', { name: '第 1 页' })).toBeVisible();
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click();
  expect((await docx).suggestedFilename()).toMatch(/\.docx$/);
  await page.goto('/import/');
  await expect(page.getByRole('heading', { level: 1, name: '从上年报告开始' })).toBeVisible();
  expect(cut).toEqual([]);
});
