// Pasting from Excel or WPS as clerks really select (with the row labels, with the headings), and
// undoing any change to a table.
import { expect, test, type Page } from '@playwright/test';
import { cell, goToStep, newReport, paste, total } from './clerk';

test.beforeEach(async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
});

const message = (page: Page) => page.getByRole('status').filter({ hasText: /粘贴|撤销|重做|已将/ }).first();

test('rows copied with their label column land in their own columns, not one to the right, and 撤销 takes them back', async ({ page }) => {
  // The most common selection in a real sheet: the label column and the numbers beside it.
  await paste(cell(page, '（一）予以公开 自然人'), {
    text: '一、本年新收政府信息公开申请数量\t40\t6\t2\t1\t4\t1\t54\r\n二、上年结转政府信息公开申请数量\t3\t1\t0\t0\t1\t0\t5\r\n',
  });
  await expect(message(page)).toHaveText(
    '按粘贴内容中的栏目对应到 2 行，已粘贴 12 格，从「一、本年新收政府信息公开申请数量 自然人」到「二、上年结转政府信息公开申请数量 其他」。粘贴内容中的 2 个总计与自动相加的结果一致。',
  );
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('40');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 其他')).toHaveValue('1');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 法律服务机构')).toHaveValue('1');
  await expect(cell(page, '（一）予以公开 自然人')).toHaveValue('');
  await expect(total(page, '一、本年新收政府信息公开申请数量 总计')).toHaveText('54');

  await page.getByRole('button', { name: '撤销：粘贴 12 格' }).click();
  await expect(message(page)).toHaveText('已撤销：粘贴 12 格。');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('');
  await expect(total(page, '一、本年新收政府信息公开申请数量 总计')).toHaveText('');
  await page.getByRole('button', { name: '重做：粘贴 12 格' }).click();
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toHaveValue('3');
});

test('a WPS table with merged group labels and the headings is read by its labels, and a wrong printed 总计 is reported', async ({ page }) => {
  await paste(cell(page, '一、本年新收政府信息公开申请数量 自然人'), {
    text: 'ignored',
    html:
      '<table><tr><td colspan="3"></td><td>自然人</td><td>商业企业</td><td>总计</td></tr>' +
      '<tr><td rowspan="2">三、本年度办理结果</td><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>0</td><td>1</td></tr>' +
      '<tr><td>2.其他法律行政法规禁止公开</td><td>2</td><td>1</td><td>4</td></tr></table>',
  });
  await expect(message(page)).toHaveText(
    '按粘贴内容中的栏目和表头对应到 2 行，已粘贴 4 格，从「（三）不予公开 1.属于国家秘密 自然人」到「（三）不予公开 2.其他法律行政法规禁止公开 商业企业」。' +
      '粘贴内容中有 1 个总计与各项相加不符：「（三）不予公开 2.其他法律行政法规禁止公开 总计」原表为 4，相加为 3，请核对原表。',
  );
  await expect(cell(page, '（三）不予公开 2.其他法律行政法规禁止公开 商业企业')).toHaveValue('1');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('');
});

test('a block that cannot be aligned with certainty is refused, says what it found, and changes nothing', async ({ page }) => {
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('7');
  await paste(cell(page, '一、本年新收政府信息公开申请数量 自然人'), { text: '一、本年新收政府信息公开申请数量\t5\t3\t1\r\n' });
  await expect(message(page)).toHaveText(
    '「一、本年新收政府信息公开申请数量」这一行有 3 个数字，本表这一行有 7 格（不含总计 6 格），分不清对应哪几列，没有粘贴。请连同表头一起复制，或只复制数字部分。',
  );
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('7');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 商业企业')).toHaveValue('');
});

test('Ctrl+Z and Ctrl+Y undo and redo typing, one cell at a time, and the button names the step', async ({ page }) => {
  const first = cell(page, '一、本年新收政府信息公开申请数量 自然人');
  await first.click();
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await expect(page.getByRole('button', { name: '撤销：输入「一、本年新收政府信息公开申请数量 商业企业」' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 商业企业')).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(first).toHaveValue('');
  await expect(message(page)).toHaveText('已撤销：输入「一、本年新收政府信息公开申请数量 自然人」。');
  await page.keyboard.press('Control+y');
  await expect(first).toHaveValue('12');
  await expect(total(page, '一、本年新收政府信息公开申请数量 总计')).toHaveText('12');
  await page.keyboard.press('Control+Shift+z');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 商业企业')).toHaveValue('3');
});

test('undo takes back 本表空白格填 0, 本年度未收到政府信息公开申请 and an applied fix, each as one step', async ({ page }) => {
  await cell(page, '二、上年结转政府信息公开申请数量 自然人').fill('2');
  await page.getByRole('button', { name: '本年度未收到政府信息公开申请' }).click();
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toHaveValue('0');
  const fix = page.getByRole('button', { name: '将四、结转下年度·自然人改为 2' });
  await fix.click();
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toHaveValue('2');
  await page.getByRole('button', { name: '撤销：将四、结转下年度·自然人改为 2' }).click();
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toHaveValue('0');
  await page.getByRole('button', { name: '撤销：本年度未收到政府信息公开申请' }).click();
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toHaveValue('');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toHaveValue('2');
  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await expect(page.getByRole('button', { name: '撤销：本表空白格填 0（143 格）' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(cell(page, '（一）予以公开 自然人')).toHaveValue('');
});
