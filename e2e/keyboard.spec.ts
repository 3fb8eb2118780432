import { expect, test, type Locator, type Page } from '@playwright/test';
import { STEP } from './clerk';

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 400) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reachable by Tab');
}

async function next(page: Page, to: keyof typeof STEP) {
  await tabTo(page, page.getByRole('button', { name: `下一步：${STEP[to]}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: STEP[to] })).toBeFocused();
}

async function type(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

test('a clerk completes the whole wizard with the keyboard alone', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: '新建报告' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: STEP.meta })).toBeFocused();
  await type(page, page.getByRole('textbox', { name: '机关名称' }), '某某县司法局');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '人民政府' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: '政府部门' })).toBeChecked();
  await tabTo(page, page.getByRole('textbox', { name: '报告年度' }));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2025');

  await next(page, 'overview');
  await type(page, page.getByRole('textbox', { name: '（一）主动公开情况' }), '全年主动公开政府信息56条。');
  await next(page, 'proactive');
  await tabTo(page, page.getByRole('button', { name: '本表空白格填 0' }));
  await page.keyboard.press('Enter');
  await next(page, 'applications');
  await tabTo(page, page.getByRole('button', { name: '本年度未收到政府信息公开申请' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: '二、上年结转政府信息公开申请数量 自然人', exact: true }));
  await page.keyboard.press('Backspace');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('1');
  await expect(page.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true })).toHaveValue('1');
  await expect(page.getByRole('row', { name: /勾稽关系核对/ })).not.toContainText('差');
  await next(page, 'review');
  await tabTo(page, page.getByRole('button', { name: '本表空白格填 0' }));
  await page.keyboard.press('Enter');
  await next(page, 'problems');
  await type(page, page.getByRole('textbox', { name: '存在的主要问题', exact: true }), '政策解读形式较为单一。');
  await type(page, page.getByRole('textbox', { name: '改进情况', exact: true }), '下一步将增加图解解读。');
  await next(page, 'other');
  await tabTo(page, page.getByRole('radio', { name: '未收取信息处理费' }));
  await page.keyboard.press('Space');
  await expect(page.getByText('本年度未收取信息处理费。')).toBeVisible();
  await next(page, 'check');
  await expect(page.getByText(/^错误 0 项/)).toBeVisible();
});

test('by keyboard alone: fix an error from the summary, then preview and download', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: '新建报告' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: STEP.meta })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: '三、收到和处理政府信息公开申请情况', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true }));
  await page.keyboard.type('/');
  await page.keyboard.press('Tab');
  await tabTo(page, page.getByRole('link', { name: /^表三「（一）予以公开 自然人」填的是「\/」/ }), 600);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /填的是「\/」/ })).toHaveCount(0);
  await tabTo(page, page.getByRole('link', { name: STEP.preview, exact: true }), 600);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: STEP.preview })).toBeFocused();
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: '下载网页文件（.html）' }));
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/年政府信息公开工作年度报告\.html$/);
});
