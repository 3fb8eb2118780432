// The wizard's page carries the table and the form; the draft's store with its schemas and the
// checks, the steps that are not tables, and the paste reader load after the first paint. Each of
// those loads can fail (the intranet drops, the site is updated under an open tab): the clerk is
// told so where she is looking, and nothing she entered is lost.
import { expect, test, type Page } from '@playwright/test';
import { cell, goToStep, newReport, paste, saved, storedDraft, total } from './clerk';

// The service worker would serve the chunks from its cache, past the routes below.
test.use({ serviceWorkers: 'block' });

/** The scripts the wizard's page names in its HTML: its first load. */
async function firstLoadScripts(page: Page): Promise<Set<string>> {
  const html = await (await page.request.get('/report/')).text();
  return new Set([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** From now on, a script chunk whose text contains `marker` (or any chunk not in the first load) fails to load. */
async function failChunks(page: Page, which: { marker: string } | 'all but the first load') {
  const first = await firstLoadScripts(page);
  await page.route('**/_next/static/chunks/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (which === 'all but the first load') return first.has(path) ? route.continue() : route.abort('internetdisconnected');
    const response = await route.fetch();
    return (await response.text()).includes(which.marker) ? route.abort('internetdisconnected') : route.fulfill({ response });
  });
}

test('the store and the checks load after the first paint; when they cannot, the page says so and the draft is kept', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  await failChunks(page, 'all but the first load');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '无法载入' })).toHaveText('无法载入填写页面的程序文件（网络中断，或网站已更新）。已填写的内容保存在本浏览器中，没有丢失；请刷新本页重试。');
  expect((await storedDraft(page))?.report.meta.agency).toBe('某某县司法局');
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveValue('某某县司法局');
});

test('a step whose code cannot load says so in the step; the wizard and what was typed stay', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('7');
  await saved(page);
  // The steps that are not tables are one chunk: 评议时会对照上年报告 is the intro of 五.
  await failChunks(page, { marker: '评议时会对照上年报告' });
  await page.goto(page.url().replace(/step=[^&]+/, 'step=applications'));
  await expect(total(page, '一、本年新收政府信息公开申请数量 总计')).toHaveText('7');
  await goToStep(page, 'problems');
  await expect(page.getByRole('alert').filter({ hasText: '无法载入' })).toHaveText('无法载入这一步的程序文件（网络中断，或网站已更新）。已填写的内容都保存在本浏览器中，没有丢失；请刷新本页重试。');
  await page.unrouteAll();
  await goToStep(page, 'applications');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('7');
  // Going there again tries again.
  await goToStep(page, 'problems');
  await expect(page.getByRole('textbox', { name: '存在的主要问题', exact: true })).toBeVisible();
});

test('a block pasted when the paste reader cannot load is refused with a message; no cell changes', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('7');
  // The paste reader's own words.
  await failChunks(page, { marker: '个总计与自动相加的结果一致' });
  await paste(cell(page, '一、本年新收政府信息公开申请数量 自然人'), { text: '1\t2\t3\n4\t5\t6\n' });
  await expect(page.getByRole('status').filter({ hasText: '没能粘贴' })).toHaveText('没能粘贴：填写页面的程序文件没有载入（网络中断，或网站已更新）。表中的数字没有改动；请刷新本页后再粘贴。');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('7');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 商业企业')).toHaveValue('');
  await page.unrouteAll();
  await paste(cell(page, '一、本年新收政府信息公开申请数量 自然人'), { text: '1\t2\t3\n4\t5\t6\n' });
  await expect(cell(page, '一、本年新收政府信息公开申请数量 商业企业')).toHaveValue('2');
});

test('a preview whose code cannot load says so; the next visit to 预览 shows it', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  // The preview's own words.
  await failChunks(page, { marker: '没有错误：下载的文件即为正式稿。' });
  await goToStep(page, 'preview');
  await expect(page.getByRole('alert').filter({ hasText: '无法载入' })).toHaveText('无法载入这一步的程序文件（网络中断，或网站已更新）。已填写的内容都保存在本浏览器中，没有丢失；请刷新本页重试。');
  await page.unrouteAll();
  await goToStep(page, 'check');
  await goToStep(page, 'preview');
  await expect(page.getByRole('button', { name: '下载 Word 文档（.docx）' })).toBeVisible();
  await page.goto(page.url().replace(/step=[^&]+/, 'step=meta'));
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveValue('某某县司法局');
});
