// 图解 on 预览与导出: the picture downloaded as SVG, PNG and 长图 PNG, the same SVG as the command
// line draws, and its web section, which passes axe.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { infographicSvg } from '@/lib/export/infographic/render-infographic';
import { pngSize } from '@/lib/export/infographic/png-node';
import { printModelOf } from '@/lib/export/print-model';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { goToStep, openReportFile } from './clerk';

const TITLE = '某某市自然资源局2025年政府信息公开工作年度报告';

async function download(page: Page, button: string): Promise<Download> {
  const offered = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return offered;
}
const bytesOf = async (d: Download) => new Uint8Array(readFileSync((await d.path()) ?? ''));

test('图解: PNG, 长图 PNG and SVG downloaded, the same picture as the command line draws', async ({ page }, testInfo) => {
  test.slow();
  const report = busyReport();
  await openReportFile(page, report);
  await goToStep(page, 'preview');
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));

  const svgFile = await download(page, '下载图解（SVG）');
  expect(svgFile.suggestedFilename()).toBe(`${TITLE}-图解.svg`);
  expect(scripts.length).toBeGreaterThan(0); // ECharts arrives only now
  const svg = new TextDecoder().decode(await bytesOf(svgFile));
  const node = infographicSvg(printModelOf(report, new Date()), report, 'page');
  expect(svg).toBe(node.svg);
  expect(svg).toContain('>326</text>');
  await expect(page.getByText(`已生成 ${TITLE}-图解.svg。`)).toBeVisible();

  const png = await download(page, '下载图解（PNG）');
  expect(png.suggestedFilename()).toBe(`${TITLE}-图解.png`);
  const pngBytes = await bytesOf(png);
  expect(pngSize(pngBytes)).toEqual({ width: 1080, height: node.height });
  await expect(page.getByText(`已生成 ${TITLE}-图解.png（1080 × ${node.height} 像素）。`)).toBeVisible();
  await testInfo.attach('图解.png', { body: Buffer.from(pngBytes), contentType: 'image/png' });

  const long = await download(page, '下载图解（长图 PNG）');
  expect(long.suggestedFilename()).toBe(`${TITLE}-长图.png`);
  const longBytes = await bytesOf(long);
  expect(pngSize(longBytes)).toEqual({ width: 1080, height: infographicSvg(printModelOf(report, new Date()), report, 'long').height });
  await testInfo.attach('长图.png', { body: Buffer.from(longBytes), contentType: 'image/png' });
});

test('图解网页代码: the picture and its numbers as tables, passing axe in a page', async ({ page, context }) => {
  test.slow(); // axe walks the picture's 400 elements: over 30 s on a busy machine
  await openReportFile(page, busyReport());
  await goToStep(page, 'preview');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '复制图解网页代码' }).click();
  await expect(page.getByText('图解网页代码已复制，可粘贴到网站编辑器的“源代码”模式中；图中每个数字都在图下的表格里。')).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<section aria-label="一图读懂：/);
  expect(code).not.toMatch(/<script|\sclass=|\sid=/);

  const site = await context.newPage();
  await site.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><main>${code}</main></body></html>`);
  await expect(site.getByRole('img', { name: `图解：${TITLE}` })).toBeVisible();
  await expect(site.getByRole('row', { name: '行政许可（本年处理决定数量） 326件' })).toBeVisible();
  const results = await new AxeBuilder({ page: site }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await site.screenshot({ path: test.info().outputPath('图解网页代码.png'), fullPage: true });
});

test('a report with errors draws its 图解 marked 草稿', async ({ page }) => {
  await openReportFile(page, setAt(busyReport(), 'applications.carriedForward.natural', 3));
  await goToStep(page, 'preview');
  const svg = new TextDecoder().decode(await bytesOf(await download(page, '下载图解（SVG）')));
  expect(svg).toContain('>草稿 · 校验未通过</text>');
  expect(svg).toContain('>草稿 · 校验未通过：本图由尚有错误的报告生成，仅供内部审阅。</text>');
});
