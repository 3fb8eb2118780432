import { expect, test } from '@playwright/test';
import { cell, goToStep, newReport } from './clerk';

test('totals and the balance are announced when the clerk pauses, and the focus stays in the cell', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await expect(page.getByRole('status').filter({ hasText: '勾稽关系：各列平衡。' })).toHaveCount(1);
  const target = cell(page, '（一）予以公开 自然人');
  await target.fill('12');
  const announcer = page.getByRole('status').filter({ hasText: '（一）予以公开 总计 12' });
  await expect(announcer).toHaveText('（一）予以公开 总计 12；（七）总计 自然人 12；（七）总计 总计 12。勾稽关系不平衡：自然人列差 12。');
  await expect(target).toBeFocused();
});

test('arriving at a step with problems puts the focus on its error summary', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await cell(page, '（一）予以公开 自然人').fill('3');
  await goToStep(page, 'review');
  await goToStep(page, 'applications');
  await expect(page.getByRole('region', { name: /^本页有 \d+ 个问题需要处理(，另有 \d+ 处需要留意)?$/ })).toBeFocused();
});
