// Nothing typed is ever lost: a reload, a closed tab or a crash at any moment after a keystroke
// keeps it — in a table cell, a text area and a 基本信息 field — and leaving while a change is not
// yet stored asks first.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { STEP, cell, goToStep, newReport, saved } from './clerk';

const QUOTA_SWITCH = `
  window.__failPuts = false;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__failPuts) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
`;

/** Stops the page's clock a second from now: no timer fires until the test moves it. */
async function pause(page: Page) {
  await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1000));
}

type Field = { step: keyof typeof STEP; locate: (page: Page) => Locator; typed: string };
const FIELDS: Record<string, Field> = {
  'a table cell': { step: 'applications', locate: (page) => cell(page, '一、本年新收政府信息公开申请数量 自然人'), typed: '37' },
  'a text area': { step: 'overview', locate: (page) => page.getByRole('textbox', { name: '（一）主动公开情况', exact: true }), typed: '全年主动公开信息56条。' },
  'a 基本信息 field': { step: 'meta', locate: (page) => page.getByRole('textbox', { name: '机关名称' }), typed: '某某县司法局' },
};

for (const [what, field] of Object.entries(FIELDS)) {
  for (const after of [0, 50, 100, 300]) {
    test(`a reload ${after} ms after the last key keeps what was typed in ${what}`, async ({ page }) => {
      await page.clock.install();
      page.on('dialog', (dialog) => void dialog.accept());
      await newReport(page);
      if (field.step !== 'meta') await goToStep(page, field.step);
      await field.locate(page).click();
      // From here the clock stands still unless moved: the reload comes exactly `after` ms after
      // the last key, before the save the app would make 400 ms later.
      await pause(page);
      await page.keyboard.type(field.typed);
      if (after > 0) await page.clock.runFor(after);
      await page.reload();
      await page.clock.resume();
      await expect(field.locate(page)).toHaveValue(field.typed);
      // And it is stored in IndexedDB now, not only in the write-ahead copy.
      await saved(page);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await expect(field.locate(page)).toHaveValue(field.typed);
    });
  }
}

test('a tab closed at once while its save cannot complete (as in a crash) keeps the last key', async ({ page, context }) => {
  await page.addInitScript(QUOTA_SWITCH);
  await newReport(page);
  await goToStep(page, 'applications');
  const url = page.url();
  await cell(page, '（一）予以公开 自然人').click();
  // No save gets through before the tab is gone: neither the 400 ms one nor the one on pagehide.
  await page.evaluate(() => ((window as unknown as { __failPuts: boolean }).__failPuts = true));
  await page.keyboard.type('9');
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto(url);
  await expect(cell(again, '（一）予以公开 自然人')).toHaveValue('9');
});

test('leaving while a change cannot be stored asks first, by the browser and by the app’s own link, and the change is stored once space is back', async ({ page }) => {
  await page.addInitScript(QUOTA_SWITCH);
  await newReport(page);
  await goToStep(page, 'applications');
  await page.evaluate(() => ((window as unknown as { __failPuts: boolean }).__failPuts = true));
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('7');
  await expect(page.getByRole('alert').filter({ hasText: '未能保存' })).toBeVisible();

  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type() === 'beforeunload' ? 'beforeunload' : dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: '年报助手' }).click();
  await expect(page.getByRole('heading', { level: 1, name: STEP.applications })).toBeVisible();
  expect(asked).toEqual(['最近的修改还没有保存到本浏览器（正在保存，或保存没有成功）。现在离开，这些修改可能丢失。确定离开吗？']);
  await page.evaluate(() => location.reload());
  await expect.poll(() => asked.length).toBe(2);
  expect(asked[1]).toBe('beforeunload');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('7');

  await page.evaluate(() => ((window as unknown as { __failPuts: boolean }).__failPuts = false));
  await saved(page);
  await page.getByRole('link', { name: '年报助手' }).click();
  await expect(page.getByRole('button', { name: '新建报告' })).toBeVisible();
  expect(asked).toHaveLength(2);
});
