// The balance check as the clerk meets it: a column still being filled in is not an error, a
// complete one that does not close is one mistake with one offered fix naming what it writes.
import { expect, test } from '@playwright/test';
import { publishedSample } from '@/lib/import/testing/samples';
import { cell, goToStep, newReport } from './clerk';

test('a column with blank cells is 尚未填完: no balance error and no fix until every cell is in', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('12');
  await cell(page, '二、上年结转政府信息公开申请数量 自然人').fill('2');
  const foot = page.getByRole('row', { name: /勾稽关系核对/ });
  await expect(foot.getByRole('cell').first()).toHaveText('尚未填完（22 格空白）', { useInnerText: true });
  await expect(foot.getByRole('cell').last()).toHaveText('尚未填完（142 格空白）', { useInnerText: true });
  await expect(foot.getByRole('button', { name: /^将四/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^表三·自然人列/ })).toHaveCount(0);

  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await expect(foot.getByRole('cell').first()).toContainText('一+二 = 14，（七）+四 = 0，差 14');
  await expect(foot.getByRole('button', { name: '将四、结转下年度·自然人改为 14' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^表三·自然人列：.*总计列也因此不平衡/ })).toHaveCount(1);
  await expect(page.getByRole('link', { name: /^表三·总计列/ })).toHaveCount(0);

  await goToStep(page, 'check');
  await expect(page.getByRole('link', { name: /^表三·.*列：/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: '将四、结转下年度·自然人改为 14' })).toBeVisible();
});

test('a report carried over from last year shows no balance error and no fix that would write last year forward', async ({ page }) => {
  await page.goto('/import/');
  await page.getByRole('textbox', { name: '或粘贴已发布报告的全部文字' }).fill(publishedSample('004'));
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  await page.getByRole('region', { name: '识别结果' }).getByRole('button', { name: '以此为上年报告，新建 2025 年度报告' }).click();
  await goToStep(page, 'check');
  await expect(page.getByRole('link', { name: /^表三·.*列：/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^将四、结转下年度/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^表三有 144 个空白格/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^表三有 138 个空白格/ })).toBeVisible();
});
