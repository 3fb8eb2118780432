import { expect, test } from '@playwright/test';
import { cell, goToStep, newReport, putStoredDrafts, saved, storedDraft, storedDrafts, type StoredDraft } from './clerk';

// Storage faults, switched on and off from the test: puts fail as a full disk would.
const QUOTA_SWITCH = `
  window.__failPuts = false;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__failPuts) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
`;

test('a full disk is shown to the clerk, what was typed stays, and it is saved once storage works again', async ({ page }) => {
  await page.addInitScript(QUOTA_SWITCH);
  await newReport(page);
  await goToStep(page, 'applications');
  await page.evaluate(() => ((window as unknown as { __failPuts: boolean }).__failPuts = true));
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('7');
  await expect(page.getByRole('alert').filter({ hasText: '未能保存' })).toHaveText(
    '未能保存：浏览器存储空间已满，本次修改未能保存。请清理浏览器数据或先「保存为文件」。',
  );
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('7');
  await page.evaluate(() => ((window as unknown as { __failPuts: boolean }).__failPuts = false));
  await saved(page);
  await page.reload();
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('7');
});

test('storage forbidden by the browser is said on the home page, not swallowed', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: '浏览器禁止了本地存储' })).toHaveText(
    '浏览器禁止了本地存储（可能处于无痕模式或被管理员关闭），本次修改未能保存。请先「保存为文件」。',
  );
});

test('a stored draft that cannot be read is kept aside and reported, the others still listed', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  await putStoredDrafts(page, [{ id: 'broken-draft', storageVersion: 1, report: 'not a report' }]);
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: '损坏' })).toHaveText('有 1 份草稿已损坏、无法读取。它们已被单独保存，没有删除；如需找回，请联系信息技术人员。');
  await expect(page.getByRole('row', { name: /某某县司法局/ })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '损坏' })).toBeVisible();
});

test('a stored draft with a time that is no date is set aside, and one of a newer version is listed as such and left untouched', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  const [mine] = await storedDrafts(page);
  if (!mine) throw new Error('no draft');
  await putStoredDrafts(page, [
    { ...mine, id: 'bad-date', savedAt: 'not a date' },
    { ...mine, id: 'newer-draft', storageVersion: 2, report: { ...mine.report, meta: { ...mine.report.meta, agency: '某某县财政局', year: 2025 } } },
  ]);
  const rawNewer = () => storedDraft(page, 'newer-draft');
  const stored = await rawNewer();

  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: '损坏' })).toHaveText('有 1 份草稿已损坏、无法读取。它们已被单独保存，没有删除；如需找回，请联系信息技术人员。');
  await expect(page.getByRole('list', { name: '较新版本保存的草稿' }).getByRole('listitem')).toHaveText(['「某某县财政局 2025 年度」：此草稿由较新版本保存，请刷新页面。']);
  await expect(page.getByRole('row', { name: /某某县司法局/ })).toHaveCount(1);
  await expect(page.getByText('Invalid Date')).toHaveCount(0);

  // Listing twice, and opening it, leave the newer draft exactly where and as it was.
  await page.reload();
  await expect(page.getByRole('list', { name: '较新版本保存的草稿' }).getByRole('listitem')).toHaveCount(1);
  await page.goto('/report/?id=newer-draft&step=meta');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('此草稿由较新版本保存，请刷新页面。');
  expect(await rawNewer()).toEqual(stored);
});

test('a draft stored before its count of errors was kept is counted on the home page, the same as one stored with it', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  const [mine] = await storedDrafts(page);
  if (!mine) throw new Error('no draft');
  const errors = mine.errors;
  const older: StoredDraft = { ...mine, id: 'older-draft', report: { ...mine.report, meta: { ...mine.report.meta, agency: '某某县财政局' } } };
  delete older.errors;
  await putStoredDrafts(page, [older]);
  expect(typeof errors === 'number' && errors > 0).toBe(true);
  await page.goto('/');
  await expect(page.getByRole('row', { name: /某某县司法局/ }).getByRole('cell').nth(2)).toHaveText(`${String(errors)} 个错误`);
  await expect(page.getByRole('row', { name: /某某县财政局/ }).getByRole('cell').nth(2)).toHaveText(`${String(errors)} 个错误`);
});
