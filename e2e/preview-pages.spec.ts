// The preview is the printed page: the same breaks as the Word file and the print — table 三 only
// between its groups of rows, the header repeated, and never a page holding only the closing.
import { expect, test, type Page } from '@playwright/test';
import { closingVariants, tableVariants } from '@/lib/export/testing/prose-lengths';
import { goToStep, openReportFile, STEP } from './clerk';

const pages = (page: Page) => page.getByRole('region', { name: /^第 \d+ 页$/ });

test('the preview keeps table 三\'s rows under 「三、本年度办理结果」 on one page, under the repeated header', async ({ page }) => {
  // Section 一 twelve lines longer: the table starts low on a page and cannot stand on it whole.
  const variant = tableVariants()[12];
  if (!variant) throw new Error('no variant');
  await openReportFile(page, variant.report);
  await goToStep(page, 'preview');
  await expect(page.getByRole('heading', { level: 1, name: STEP.preview })).toBeVisible();
  const withGroup = pages(page).filter({ hasText: '（一）予以公开' });
  await expect(withGroup).toHaveCount(1);
  for (const text of ['三、本年度办理结果', '（三）不予公开', '3.其他', '（七）总计', '申请人情况']) await expect(withGroup).toContainText(text);
  const withFirst = pages(page).filter({ hasText: '一、本年新收政府信息公开申请数量' });
  await expect(withFirst).toHaveCount(1);
  // The table breaks before the group: 一 and 二 stand on the page before, under their own header.
  expect(await withFirst.getAttribute('aria-label')).not.toBe(await withGroup.getAttribute('aria-label'));
  await expect(pages(page).filter({ hasText: '三、本年度办理结果' })).toHaveCount(1);
});

test('the preview never puts the closing alone on its last page', async ({ page }) => {
  // Without the last paragraph kept with the closing, these three lengths (and 11–13) leave it alone.
  for (const index of [8, 9, 10]) {
    const variant = closingVariants()[index];
    if (!variant) throw new Error('no variant');
    await openReportFile(page, variant.report, `${variant.name}.nianbao.json`);
    await goToStep(page, 'preview');
    const last = pages(page).last();
    await expect(last).toContainText('2026年1月16日');
    // More than the agency, the date and the page number: at least the last paragraph of section 六.
    await expect(last).toContainText('办理人大代表建议12件、政协提案9件，办理结果全部公开。');
  }
});
