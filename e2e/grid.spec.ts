import { expect, test } from '@playwright/test';
import { cell, goToStep, newReport, paste, total } from './clerk';

test.beforeEach(async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
});

test('a 3×7 block copied from a spreadsheet fills right and down, and its 总计 column is checked, not typed in', async ({ page }) => {
  await paste(cell(page, '一、本年新收政府信息公开申请数量 自然人'), { text: '10\t2\t0\t0\t1\t0\t13\r\n1\t0\t0\t0\t0\t0\t1\r\n6\t1\t0\t0\t1\t0\t8\r\n' });
  await expect(page.getByText('已粘贴 18 格，从「一、本年新收政府信息公开申请数量 自然人」到「（一）予以公开 其他」。粘贴内容中的 3 个总计与自动相加的结果一致。')).toBeVisible();
  await expect(cell(page, '一、本年新收政府信息公开申请数量 法律服务机构')).toHaveValue('1');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toHaveValue('1');
  await expect(cell(page, '（一）予以公开 商业企业')).toHaveValue('1');
  await expect(total(page, '一、本年新收政府信息公开申请数量 总计')).toHaveText('13');
  await expect(total(page, '（一）予以公开 总计')).toHaveText('8');
});

test('a table copied from WPS as HTML is read cell by cell, and what is not a number is skipped and named', async ({ page }) => {
  await paste(cell(page, '（三）不予公开 1.属于国家秘密 自然人'), {
    text: 'ignored',
    html: '<table><tr><td>1</td><td>/</td><td>２</td></tr><tr><td>0</td><td>无</td><td>3</td></tr></table>',
  });
  await expect(page.getByText('已粘贴 4 格，从「（三）不予公开 1.属于国家秘密 自然人」到「（三）不予公开 2.其他法律行政法规禁止公开 科研机构」。跳过 2 格不是数字（「/」「无」）。')).toBeVisible();
  await expect(cell(page, '（三）不予公开 1.属于国家秘密 科研机构')).toHaveValue('2');
  await expect(cell(page, '（三）不予公开 2.其他法律行政法规禁止公开 科研机构')).toHaveValue('3');
  await expect(cell(page, '（三）不予公开 1.属于国家秘密 商业企业')).toHaveValue('');
});

test('a paste that reaches the computed 总计 compares it and says so when it differs', async ({ page }) => {
  await paste(cell(page, '一、本年新收政府信息公开申请数量 其他'), { text: '5\t9\n' });
  await expect(page.getByText('已粘贴 1 格，「一、本年新收政府信息公开申请数量 其他」。粘贴内容中有 1 个总计与各项相加不符：「一、本年新收政府信息公开申请数量 总计」原表为 9，相加为 5，请核对原表。')).toBeVisible();
  await expect(total(page, '一、本年新收政府信息公开申请数量 总计')).toHaveText('5');
});

test('arrow keys and Enter move like a spreadsheet, over the computed （七）总计 row', async ({ page }) => {
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 商业企业')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 商业企业')).toBeFocused();
  await cell(page, '（六）其他处理 3.其他 自然人').click();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cell(page, '四、结转下年度继续办理 商业企业')).toBeFocused();
});

test('the Enter that ends an IME composition neither moves nor commits anything', async ({ page }) => {
  const first = cell(page, '一、本年新收政府信息公开申请数量 自然人');
  await first.click();
  await first.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true })));
  await expect(first).toBeFocused();
});

test('「本年度未收到政府信息公开申请」 and 「本表空白格填 0」 fill zeros in one click', async ({ page }) => {
  await cell(page, '二、上年结转政府信息公开申请数量 自然人').fill('1');
  await cell(page, '（一）予以公开 自然人').fill('1');
  await page.getByRole('button', { name: '本年度未收到政府信息公开申请' }).click();
  await expect(page.getByText('已将“一、本年新收政府信息公开申请数量”各列设为 0，其余 136 个空白格填为 0。')).toBeVisible();
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toHaveValue('1');
  await expect(cell(page, '（五）不予处理 2.重复申请 社会公益组织')).toHaveValue('0');
  await expect(page.getByRole('row', { name: /勾稽关系核对/ })).not.toContainText('差');

  await goToStep(page, 'review');
  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await expect(page.getByText('已将 12 个空白格填为 0。')).toBeVisible();
  await expect(total(page, '行政诉讼 复议后起诉 总计')).toHaveText('0');
});

test('the 条例 definition of a row is one click away', async ({ page }) => {
  const help = page.getByRole('button', { name: '5.属于三类内部事务信息：说明' });
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await help.click();
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('三类内部事务信息指人事管理、后勤管理、内部工作流程等方面的信息（《条例》第十六条第一款）。')).toBeVisible();
});

test('table 二 takes the 万元 amount with up to 4 decimals and refuses a fifth', async ({ page }) => {
  await goToStep(page, 'proactive');
  const fee = cell(page, '行政事业性收费 本年收费金额（单位：万元）');
  await fee.fill('１２．５万元');
  await fee.press('Tab');
  await expect(fee).toHaveValue('12.5');
  await fee.fill('1.23456');
  await fee.press('Tab');
  await expect(fee).toHaveAccessibleDescription('「1.23456」：金额最多保留 4 位小数（0.0001 万元即 1 元）');
});

test('Enter in a table row of one input keeps the clerk on the page, with what was typed', async ({ page }) => {
  await goToStep(page, 'proactive');
  const url = page.url();
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  const fee = cell(page, '行政事业性收费 本年收费金额（单位：万元）');
  await fee.fill('3.5');
  await fee.press('Enter');
  await expect(fee).toHaveValue('3.5');
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => 'stillHere' in window)).toBe(true);
});

test('each row of a table is a form of its own, so the browser’s autofill never rereads the whole table per keystroke', async ({ page }) => {
  // The per-keystroke cost this guards against is Chromium's: it extracts every field of the
  // typed-in field's form (or of all formless fields) after each key.
  const sizes = await page.evaluate(() => [...document.querySelectorAll('table input')].map((input) => (input as HTMLInputElement).form?.elements.length ?? -1));
  expect(sizes).toHaveLength(144);
  expect(Math.max(...sizes)).toBe(6);
  expect(Math.min(...sizes)).toBe(6);
});

test('typing never moves the table: totals appearing and the balance going off keep every row and the footer in place', async ({ page }) => {
  // The narrowest layout (the table's own minimum width), and five digits on both sides of the
  // balance with the fix offered: the longest footer there is for most agencies.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await expect(page.getByText('已将 144 个空白格填为 0。')).toBeVisible();
  await expect(page.getByRole('region', { name: /^本页有/ })).toHaveCount(0);
  const below = cell(page, '四、结转下年度继续办理 自然人');
  const next = page.getByRole('button', { name: /^下一步/ });
  const before = [await below.boundingBox(), await next.boundingBox()];
  // Typed as a clerk does: a click into the cell, then the keys.
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await page.keyboard.type('54321');
  await cell(page, '（一）予以公开 自然人').click();
  await page.keyboard.type('12345');
  await expect(total(page, '（七）总计 总计')).toHaveText('12345');
  const foot = page.getByRole('row', { name: /勾稽关系核对/ });
  await expect(foot).toContainText('一+二 = 54321，（七）+四 = 12345，差 41976');
  await expect(foot.getByRole('button', { name: '将四、结转下年度·自然人改为 41976' })).toBeVisible();
  expect([await below.boundingBox(), await next.boundingBox()]).toEqual(before);
});
