import { expect, test, type Page } from '@playwright/test';
import { cell, goToStep, newReport, saved } from './clerk';

test('home lists the reports of this browser with their errors, and deletes one only after asking', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  await page.getByRole('link', { name: '年报助手' }).click();
  const row = page.getByRole('row', { name: /某某县司法局/ });
  await expect(row).toContainText('2026');
  await expect(row).toContainText(/\d+ 个错误/);
  await row.getByRole('button', { name: '删除「某某县司法局2026年政府信息公开工作年度报告」' }).click();
  await expect(page.getByText('确定删除？删除后无法恢复。')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /^删除/ }).click();
  await page.getByRole('button', { name: '确定删除' }).click();
  await expect(page.getByText('本浏览器中还没有报告。点击“新建报告”开始填写。')).toBeVisible();
});

test('a draft opened from the list with Ctrl opens in a new tab (the list stays); a plain click opens it in the page', async ({ page, context }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  await page.getByRole('link', { name: '年报助手' }).click();
  const draft = page.getByRole('link', { name: '某某县司法局', exact: true });
  const href = await draft.getAttribute('href');
  expect(href).toMatch(/^\/report\/\?id=[0-9a-f-]{36}&step=meta$/);
  const [tab] = await Promise.all([context.waitForEvent('page'), draft.click({ modifiers: ['Control'] })]);
  await expect(tab).toHaveURL(new URL(href ?? '', page.url()).href);
  await expect(tab.getByRole('textbox', { name: '机关名称' })).toBeVisible();
  await expect(page.getByRole('row', { name: /某某县司法局/ })).toBeVisible();
  await tab.close();
  await draft.click();
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveValue('某某县司法局');
  await expect(page).toHaveURL(new URL(href ?? '', page.url()).href);
});

test('a file that is not a report is refused with the reason, and nothing changes', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开文件' }).click();
  await (await choosing).setFiles({ name: '坏文件.nianbao.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "nianbao.report", "version": 9}') });
  await expect(page.getByRole('alert').filter({ hasText: '坏文件' })).toHaveText('「坏文件.nianbao.json」无法打开，现有的报告没有任何改动：文件版本为 9，比本程序支持的版本 1 新。请使用新版年报助手打开。');
  await expect(page.getByRole('row', { name: /某某县司法局/ })).toHaveCount(1);
  await expect(page.getByRole('row')).toHaveCount(2);
});

test('the same draft in a second tab is read-only, says why, follows the writing tab, and its text can be copied', async ({ page, context }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('7');
  await saved(page);
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('alert').filter({ hasText: '另一个标签页' })).toContainText('此报告已在另一个标签页中打开。为避免互相覆盖，这里只能查看');
  const shown = cell(second, '一、本年新收政府信息公开申请数量 自然人');
  await expect(shown).toHaveValue('7');
  await expect(shown).not.toBeEditable();
  await expect(second.getByRole('button', { name: '本表空白格填 0' })).toBeDisabled();
  await expect(second.getByRole('button', { name: '保存为文件（副本：另一标签页中的当前内容）' })).toBeEnabled();

  // The writing tab goes on; the second shows it without a reload.
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('71');
  await cell(page, '（一）予以公开 自然人').fill('5');
  await expect(shown).toHaveValue('71');
  await expect(cell(second, '（一）予以公开 自然人')).toHaveValue('5');
  expect(await shown.evaluate((el: HTMLInputElement) => {
    el.focus();
    el.select();
    return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
  })).toBe('71');
});

test('the status says 已保存 with the time once a change is stored', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await expect(page.getByText('有修改，即将保存…')).toBeVisible();
  await expect(page.getByText(/^已保存 \d{2}:\d{2}:\d{2}$/)).toBeVisible();
});

test('two tabs opened at the same instant over plain http (no Web Locks): exactly one may edit, and no field is overwritten', async ({ page, context }) => {
  test.setTimeout(120_000); // four pages on a shared machine
  await newReport(page);
  // The e2e server is http://127.0.0.1, which browsers count as secure: Web Locks exist there.
  expect(await page.evaluate(() => typeof navigator.locks)).toBe('object');
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await saved(page);
  const url = page.url();
  await page.close();

  // An intranet page over plain http has neither: take them away, and note when a tab has asked
  // for the draft and when it has given way (closed its channel to the other tabs).
  await context.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'locks');
    const seen = window as unknown as { asked?: boolean; gaveWay?: boolean };
    const { postMessage, close } = BroadcastChannel.prototype;
    BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
      if (this.name.startsWith('nianbao-draft-')) seen.asked = true;
      postMessage.call(this, message);
    };
    BroadcastChannel.prototype.close = function (this: BroadcastChannel) {
      if (this.name.startsWith('nianbao-draft-')) seen.gaveWay = true;
      close.call(this);
    };
  });
  const tabs = [await context.newPage(), await context.newPage()];
  const seen = (tab: Page) => tab.evaluate(() => ({ ...(window as unknown as { asked?: boolean; gaveWay?: boolean }) }));
  // The clock is the context's, one for both tabs: standing still, it lets both ask before either's wait can end.
  await context.clock.install();
  await context.clock.pauseAt(new Date(Date.now() + 3_600_000));
  await Promise.all(tabs.map((tab) => tab.goto(url)));
  for (const tab of tabs) expect(await tab.evaluate(() => 'locks' in navigator)).toBe(false);
  // Page time moves 2 ms a look, and only until both have asked: what start-up waits on. Mostly
  // nothing, and both ask at the same paused instant; but when a script came late on a loaded
  // machine React holds the 「正在打开报告…」 it had to show for 300 ms of page time, so the looks
  // must be able to reach past that (60 looks of 2 ms did not). A tab that asks that late finds the
  // other holding the draft: still exactly one editor.
  await expect
    .poll(
      async () => {
        const asked = (await Promise.all(tabs.map(seen))).every((s) => s.asked === true);
        if (!asked) await context.clock.runFor(2);
        return asked;
      },
      { timeout: 60_000, intervals: [50] },
    )
    .toBe(true);
  // With the clock still, only the ballots can settle it: exactly one tab gives way on hearing the
  // other's (or its 「held」), whatever the order the messages arrive in. Only then do the waits end.
  await expect.poll(async () => (await Promise.all(tabs.map(seen))).map((s) => s.gaveWay === true).sort(), { timeout: 30_000 }).toEqual([false, true]);
  await context.clock.runFor(1000);
  await context.clock.resume();

  const agency = (tab: Page) => tab.getByRole('textbox', { name: '机关名称' });
  for (const tab of tabs) await expect(agency(tab)).toHaveValue('某某县司法局');
  const readOnly = await Promise.all(tabs.map((tab) => tab.getByText('只读：此报告正在另一个标签页中编辑').count()));
  expect([...readOnly].sort()).toEqual([0, 1]);
  const writer = tabs[readOnly.indexOf(0)] as Page;
  const reader = tabs[readOnly.indexOf(1)] as Page;
  await expect(agency(reader)).not.toBeEditable();
  await expect(agency(writer)).toBeEditable();

  await agency(writer).fill('某某县民政局');
  await expect(writer.getByText(/^已保存 /)).toBeVisible();
  await expect(agency(reader)).toHaveValue('某某县民政局');
  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(agency(fresh)).toHaveValue('某某县民政局');
});
