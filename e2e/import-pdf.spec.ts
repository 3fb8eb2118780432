import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { renderHtmlDocument } from '@/lib/export/html/page';
import { printModelOf } from '@/lib/export/print-model';
import { samplePath } from '@/lib/import/testing/samples';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { cell, goToStep } from './clerk';

/** Every request the page makes, to tell that none leaves the app's origin. */
function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function openFile(page: Page, name: string, buffer: Buffer) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await choosing).setFiles({ name, mimeType: 'application/pdf', buffer });
}

test('a clerk opens last year’s report as published in PDF, sees every cell found, and starts this year’s', async ({ page, baseURL }) => {
  const requests = requestsOf(page);
  await page.goto('/import/');
  await openFile(page, '淮安市人民政府2024年政府信息公开工作年度报告.pdf', readFileSync(samplePath('005')));
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('淮安市人民政府');
  await expect(review).toContainText('国办公开办函〔2021〕30号');
  await expect(review.getByRole('row', { name: /^表二/ })).toHaveText('表二读到 10 格 / 原表印出 10 格');
  await expect(review.getByRole('row', { name: /^表三/ })).toHaveText('表三读到 175 格 / 原表印出 175 格');
  await expect(review.getByRole('row', { name: /^表四/ })).toHaveText('表四读到 15 格 / 原表印出 15 格');
  await review.getByRole('button', { name: '以此为上年报告，新建 2025 年度报告' }).click();
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveValue('淮安市人民政府');
  await goToStep(page, 'applications');
  // Last year's 四、结转下年度继续办理 (103 natural persons, 0 elsewhere) is this year's 二、上年结转.
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toHaveValue('103');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 法律服务机构')).toHaveValue('0');
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  expect(requests.some((url) => url.includes('/pdfjs/pdf.worker.min.js'))).toBe(true);
});

test('the exported web page printed to PDF by Chromium is recognised cell by cell, not read back', async ({ page, browser }) => {
  const report = busyReport();
  const printer = await browser.newPage();
  await printer.setContent(renderHtmlDocument(printModelOf(report, new Date(2025, 10, 1)), report));
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();
  await page.goto('/import/');
  await openFile(page, '某某市自然资源局2025年报.pdf', pdf);
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('某某市自然资源局');
  await expect(review).not.toContainText('已从年报助手导出的文件中完整读回报告。');
  await expect(review.getByRole('row', { name: /^表二/ })).toHaveText('表二读到 10 格 / 原表印出 10 格');
  await expect(review.getByRole('row', { name: /^表三/ })).toHaveText('表三读到 175 格 / 原表印出 175 格');
  await expect(review.getByRole('row', { name: /^表四/ })).toHaveText('表四读到 15 格 / 原表印出 15 格');
});

test('a PDF without text (a scan) creates nothing and says what to do', async ({ page }) => {
  const { pdfWithoutText } = await import('@/lib/import/testing/pdf-files');
  await page.goto('/import/');
  await openFile(page, '扫描件.pdf', Buffer.from(pdfWithoutText()));
  const alert = page.getByRole('alert').filter({ hasText: '没有创建新报告' });
  await expect(alert).toContainText('此 PDF 没有文字层（可能是扫描件或图片），无法读取其中的数字。请使用该报告的 Word 或网页版，或把文字粘贴进来。');
});
