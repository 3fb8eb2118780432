import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cell, goToStep, newReport, STEP } from './clerk';

async function noViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${where}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('axe finds nothing on the home page and on every step, empty and with errors shown', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await noViolations(page, 'home');
  await newReport(page);
  for (const step of Object.keys(STEP) as (keyof typeof STEP)[]) {
    await goToStep(page, step);
    await noViolations(page, `${step} (empty)`);
  }
  await goToStep(page, 'meta');
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await page.getByRole('textbox', { name: '邮编' }).fill('7500');
  await page.getByRole('textbox', { name: '电话' }).focus();
  await noViolations(page, 'meta (errors)');
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('3');
  await cell(page, '（一）予以公开 商业企业').fill('/');
  await cell(page, '（一）予以公开 科研机构').focus();
  await page.getByRole('button', { name: '5.属于三类内部事务信息：说明' }).click();
  await noViolations(page, 'applications (errors)');
  await goToStep(page, 'check');
  await noViolations(page, 'check (errors)');
});
