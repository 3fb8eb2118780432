import { expect, test, type Page } from '@playwright/test';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { cell, goToStep, newReport, openReportFile, paste, saved, storedDraft, total, type StoredDraft } from './clerk';

/** The draft as IndexedDB holds it right now. */
async function stored(page: Page): Promise<StoredDraft> {
  const draft = await storedDraft(page);
  if (!draft) throw new Error('the draft is not stored');
  return draft;
}

test('a clerk who keeps typing is still saved within a second', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await page.clock.install();
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  for (const key of '123456789') {
    await page.keyboard.type(key);
    await page.clock.runFor(250);
  }
  // 2.25 s of typing (on the page's clock) without a pause of 400 ms: saved anyway, at most 1 s behind.
  await expect.poll(async () => Number((await stored(page)).report.applications.received.natural)).toBeGreaterThanOrEqual(1234);
});

test('a blank pasted over text that is not a number clears it, also after a reload', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  const target = cell(page, '（一）予以公开 科研机构');
  await target.fill('1/');
  await target.press('Tab');
  await paste(target, { text: '\t5' });
  await expect(target).toHaveValue('');
  await expect(cell(page, '（一）予以公开 社会公益组织')).toHaveValue('5');
  await saved(page);
  await page.reload();
  await expect(cell(page, '（一）予以公开 科研机构')).toHaveValue('');
  expect((await stored(page)).inputs).toEqual({});
});

test('opening a draft saves nothing, so 最后保存 stays when the clerk changed nothing', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  const before = (await stored(page)).savedAt;
  await page.clock.install();
  await page.reload();
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveValue('某某县司法局');
  // Longer than any save delay of the wizard, on the page's clock.
  await page.clock.runFor(1500);
  expect((await stored(page)).savedAt).toBe(before);
});

test('a draft being edited in another tab cannot be deleted from the home page', async ({ page, context }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  const home = await context.newPage();
  await home.goto('/');
  await home.getByRole('button', { name: /^删除「某某县司法局/ }).click();
  await home.getByRole('button', { name: '确定删除' }).click();
  await expect(home.getByRole('alert').filter({ hasText: '另一个标签页' })).toHaveText('这份报告正在另一个标签页中填写，不能删除。请先关闭那个标签页。');
  await expect(home.getByRole('row', { name: /某某县司法局/ })).toHaveCount(1);
});

test('the offered fix puts the focus on the cell it changed', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('3');
  await page.getByRole('button', { name: '将四、结转下年度·自然人改为 3' }).click();
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toBeFocused();
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toHaveValue('3');
});

test('an arrow moves on at once from a cell arrived at by an arrow, its text selected', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 商业企业').fill('12');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 商业企业')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 科研机构')).toBeFocused();
});

test('the step links are named with the step heading alone; the state is their description', async ({ page }) => {
  await newReport(page);
  const link = page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: '三、收到和处理政府信息公开申请情况', exact: true });
  await expect(link).toHaveAccessibleDescription('未填');
});

test('totals printed in an opened file are not carried into the draft: the wizard computes them', async ({ page }) => {
  const file = { name: '带总计.nianbao.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(setAt(busyReport(), 'applications.received.total', 999))) };
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开文件' }).click();
  await (await choosing).setFiles(file);
  await goToStep(page, 'applications');
  await expect(total(page, '一、本年新收政府信息公开申请数量 总计')).toHaveText('54');
  expect((await stored(page)).report.applications.received.total).toBeUndefined();
});

test('a U+FFFF or NUL pasted into a text field is dropped there, and what was around it is kept and saved', async ({ page }) => {
  await newReport(page);
  const agency = page.getByRole('textbox', { name: '机关名称' });
  await agency.click();
  await page.keyboard.insertText('某某县\uFFFF司法\u0000局');
  await expect(agency).toHaveValue('某某县司法局');
  // The caret stays where the clerk was typing: after 局.
  await page.keyboard.insertText('办公室');
  await expect(agency).toHaveValue('某某县司法局办公室');
  await goToStep(page, 'overview');
  const intro = page.getByRole('textbox', { name: '引言' });
  await intro.click();
  await page.keyboard.insertText('全年\u0001收到申请\uFFFE。');
  await expect(intro).toHaveValue('全年收到申请。');
  await saved(page);
  const report = (await stored(page)).report as unknown as { meta: { agency: string }; overview: { intro: string } };
  expect([report.meta.agency, report.overview.intro]).toEqual(['某某县司法局办公室', '全年收到申请。']);
});

test('a file whose 成文日期 is 2025-13-45 opens with the date named as an error, and its preview prints no such date', async ({ page }) => {
  await openReportFile(page, setAt(busyReport(), 'meta.issuedOn', '2025-13-45'));
  await expect(page.getByText('基本信息「成文日期」填的是「2025-13-45」：成文日期应为日历上真实的一天，如 2026-01-16。').first()).toBeVisible();
  await goToStep(page, 'preview');
  await expect(page.getByRole('region', { name: '第 1 页' })).toContainText('某某市自然资源局');
  await expect(page.getByText(/2025年13月45日/)).toHaveCount(0);
});
