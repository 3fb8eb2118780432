import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { reportFromProperties } from '@/lib/report/file/embedding';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { readWorkbook } from '@/lib/import/read/xlsx/workbook';
import { STEP, cell, goToStep, newReport, saved, typeReport } from './clerk';

const report = busyReport();

function customProperties(docx: Uint8Array): Map<string, string> {
  const xml = strFromU8(unzipSync(docx)['docProps/custom.xml'] ?? new Uint8Array());
  const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
  return new Map([...doc.getElementsByTagName('property')].map((p) => [p.getAttribute('name') ?? '', p.textContent ?? '']));
}

test('from 检查 to 预览: the report on A4 pages, then Word and web files that carry the report', async ({ page, context }) => {
  test.slow();
  await newReport(page);
  await typeReport(page, report);
  await saved(page);
  await goToStep(page, 'check');
  await page.getByRole('link', { name: STEP.preview }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: STEP.preview })).toBeVisible();
  const first = page.getByRole('region', { name: '第 1 页' });
  await expect(first).toContainText('某某市自然资源局');
  await expect(first).toContainText('2025年政府信息公开工作年度报告');
  await expect(first).toContainText('— 1 —');
  // The busy report fills four A4 pages, in the preview as in LibreOffice's print of its DOCX (render.test.ts).
  await expect(page.getByRole('region', { name: /^第 \d+ 页$/ })).toHaveCount(4);
  await expect(page.getByText('没有错误：下载的文件即为正式稿。')).toBeVisible();
  await expect(page.getByText('草稿 · 校验未通过')).toHaveCount(0);

  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe('某某市自然资源局2025年政府信息公开工作年度报告.docx');
  expect(scripts.length).toBeGreaterThan(0); // the docx library arrives only now
  const docxBytes = new Uint8Array(readFileSync((await docx.path()) ?? ''));
  const fromDocx = await reportFromProperties(customProperties(docxBytes));
  expect(fromDocx?.applications).toEqual(report.applications);
  expect(fromDocx?.review).toEqual(report.review);
  expect(strFromU8(unzipSync(docxBytes)['word/document.xml'] ?? new Uint8Array())).toContain('一、本年新收政府信息公开申请数量');

  const htmlDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载网页文件（.html）' }).click();
  const html = await htmlDownload;
  expect(html.suggestedFilename()).toBe('某某市自然资源局2025年政府信息公开工作年度报告.html');
  const dom = new JSDOM(readFileSync((await html.path()) ?? '', 'utf8')).window.document;
  expect(dom.documentElement.lang).toBe('zh-CN');
  const scriptsInHtml = [...dom.querySelectorAll('script')];
  expect(scriptsInHtml.map((s) => s.type)).toEqual(['application/json']);
  expect((JSON.parse(scriptsInHtml[0]?.textContent ?? '') as typeof report).applications).toEqual(report.applications);
  expect([...dom.querySelectorAll('table')].map((t) => dom.getElementById(t.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual([
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
  ]);

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载三张表格（Excel .xlsx）' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe('某某市自然资源局2025年政府信息公开工作年度报告.xlsx');
  const workbook = readWorkbook(new Uint8Array(readFileSync((await xlsx.path()) ?? '')));
  expect(workbook.ok && workbook.sheets.map((s) => s.name)).toEqual(['表二', '表三', '表四']);
  // 表三's 一、本年新收 row, 自然人 … 总计, stored as numbers.
  const table3 = workbook.ok ? workbook.sheets[1] : undefined;
  expect([3, 4, 5, 6, 7, 8, 9].map((c) => table3?.cells.get(5)?.get(c))).toEqual([40, 6, 2, 1, 4, 1, 54]);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '复制网页代码' }).click();
  await expect(page.getByText('网页代码已复制，可粘贴到网站编辑器的“源代码”模式中。')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('<table');
  expect(copied).not.toContain('<script');
});

test('a report with errors can be downloaded for review, marked as a draft on every page', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('3');
  await goToStep(page, 'preview');
  await expect(page.getByText(/^还有 \d+ 个错误。现在下载的文件每页都标有「草稿 · 校验未通过」/)).toBeVisible();
  const pages = page.getByRole('region', { name: /^第 \d+ 页$/ });
  const count = await pages.count();
  for (let i = 0; i < count; i++) await expect(pages.nth(i)).toContainText('草稿 · 校验未通过');
  await expect(page.getByRole('heading', { name: '尚未解决的问题' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载网页文件（.html）' }).click();
  const dom = new JSDOM(readFileSync((await (await download).path()) ?? '', 'utf8')).window.document;
  expect(dom.body.textContent).toContain('草稿 · 校验未通过');
});
