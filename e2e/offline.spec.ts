import { expect, test } from '@playwright/test';
import { STEP, cell, goToStep, newReport, saved } from './clerk';

// Without the service worker: what a plain-http intranet gets (and routing sees every request).
test.describe('served over plain http', () => {
  test.use({ serviceWorkers: 'block' });

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
});

test('after one visit, the app opens, reloads, previews and exports with the network cut', async ({ page, context }) => {
  test.slow();
  await newReport(page);
  const reportUrl = page.url();
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('5');
  await saved(page);
  // The service worker has stored every file of the app (the preview and docx included, which
  // this visit never loaded).
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  // The server is out of reach (a file the app never stored cannot be fetched).
  expect(await page.evaluate(() => fetch('/not-part-of-the-app.txt').then(() => 'reached', () => 'unreachable'))).toBe('unreachable');
  await page.reload();
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('5');
  await expect(page.getByRole('status', { name: '一、本年新收政府信息公开申请数量 总计', exact: true })).toHaveText('5');
  await goToStep(page, 'preview');
  await expect(page.getByRole('region', { name: '第 1 页' })).toBeVisible();
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click();
  expect((await docx).suggestedFilename()).toMatch(/\.docx$/);

  // A page opened afresh while offline: home lists the draft, and its link opens it where the
  // clerk left off.
  const fresh = await context.newPage();
  await fresh.goto('/');
  await fresh.getByRole('link', { name: '（未填机关名称）' }).click();
  await expect(fresh.getByRole('heading', { level: 1, name: STEP.preview })).toBeVisible();
  await fresh.goto(reportUrl);
  await expect(fresh.getByRole('heading', { level: 1, name: STEP.meta })).toBeVisible();
  await fresh.goto('/import/');
  await expect(fresh.getByRole('heading', { level: 1, name: '从上年报告开始' })).toBeVisible();
});
