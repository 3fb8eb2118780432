import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS } from '@/lib/report/template/sections';
import { goToStep, newReport, saved } from './clerk';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '</textarea><svg onload=alert(1)>',
  `"'><b>粗体</b>&amp;`,
];
const payload = PAYLOADS.join(' ');

test('text typed by a clerk stays text: in the wizard, the preview and the exported web page', async ({ page }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill(`某某局${payload}`);
  await page.getByRole('textbox', { name: '发布网站网址' }).fill('javascript:alert(1)');
  await page.getByRole('textbox', { name: '联系部门' }).click();
  await expect(page.getByText('网址应如 www.example.gov.cn 或 https://www.example.gov.cn/（以 http://、https:// 或 www. 开头）', { exact: true })).toBeVisible();
  for (const [step, parts] of [['overview', OVERVIEW_PARTS], ['problems', PROBLEMS_PARTS], ['other', OTHER_PARTS]] as const) {
    await goToStep(page, step);
    for (const part of parts) await page.getByRole('textbox', { name: part.label, exact: true }).fill(payload);
  }
  await saved(page);
  await goToStep(page, 'preview');
  const first = page.getByRole('region', { name: '第 1 页' });
  await expect(first).toContainText('<script>alert(1)</script>');
  await expect(first).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('main img, main svg, main b').count()).toBe(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载网页文件（.html）' }).click();
  const html = readFileSync((await (await download).path()) ?? '', 'utf8');
  const dom = new JSDOM(html).window.document;
  expect([...dom.querySelectorAll('script')].map((s) => s.type)).toEqual(['application/json']);
  expect(dom.querySelectorAll('img, svg, b').length).toBe(0);
  expect([...dom.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on')))).toEqual([]);
  expect(dom.body.textContent).toContain('</textarea><svg onload=alert(1)>');
  expect(dialogs).toEqual([]);
});

test('no request leaves the app’s own origin during a whole run', async ({ page, context, baseURL }) => {
  test.slow();
  const elsewhere: string[] = [];
  // The context's requests: the page's and its service worker's.
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL ?? '') && !url.startsWith('blob:') && !url.startsWith('data:')) elsewhere.push(url);
  });
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  for (const step of ['overview', 'proactive', 'applications', 'review', 'problems', 'other', 'check', 'preview'] as const) await goToStep(page, step);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click();
  await download;
  await page.goto('/import/');
  expect(elsewhere).toEqual([]);
});

test('the server sends the security headers the README documents', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("connect-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
});
