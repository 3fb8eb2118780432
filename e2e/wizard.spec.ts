import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { STEP, cell, goToStep, newReport, saved, total, typeReport } from './clerk';

const report = busyReport();

test('a busy agency types its whole report; totals are exact and 检查 finds no error', async ({ page }) => {
  test.slow();
  await newReport(page);
  await typeReport(page, report);

  await goToStep(page, 'applications');
  await expect(total(page, '一、本年新收政府信息公开申请数量 总计')).toHaveText('54');
  await expect(total(page, '（七）总计 自然人')).toHaveText('39');
  await expect(total(page, '（七）总计 总计')).toHaveText('52');
  await expect(total(page, '四、结转下年度继续办理 总计')).toHaveText('7');
  await goToStep(page, 'review');
  await expect(total(page, '行政复议 总计')).toHaveText('4');
  await expect(total(page, '行政诉讼 未经复议直接起诉 总计')).toHaveText('2');
  await expect(total(page, '行政诉讼 复议后起诉 总计')).toHaveText('1');

  await goToStep(page, 'check');
  await expect(page.getByText(/^错误 0 项 · 警告 0 项/)).toBeVisible();
  await expect(page.getByText('没有错误：表格数字和必填内容都已核对通过。')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: STEP.applications })).toContainText('已完成');
});

test('the balance error appears when one number is off, says by how much, and goes when fixed', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await page.getByRole('button', { name: '本表空白格填 0' }).click();
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('12');
  await cell(page, '二、上年结转政府信息公开申请数量 自然人').fill('2');
  await cell(page, '（一）予以公开 自然人').fill('11');
  await cell(page, '四、结转下年度继续办理 自然人').fill('2');
  const foot = page.getByRole('row', { name: /勾稽关系核对/ });
  await expect(foot).toContainText('一+二 = 14，（七）+四 = 13，差 1');
  await expect(page.getByRole('link', { name: /^表三·自然人列：一、本年新收\(12\) \+ 二、上年结转\(2\) = 14，但（七）总计\(11\) \+ 四、结转下年度\(2\) = 13，相差 1/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^三、收到和处理政府信息公开申请情况/ })).toContainText('有问题');

  await page.getByRole('button', { name: '将四、结转下年度·自然人改为 3' }).click();
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toHaveValue('3');
  await expect(foot).not.toContainText('差');
  await expect(page.getByText(/表三·自然人列/)).toHaveCount(0);
});

test('a reload in the middle of table 三 brings back every value, the typed mistake and the step', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('１２');
  await cell(page, '（三）不予公开 1.属于国家秘密 科研机构').fill('3');
  await cell(page, '（六）其他处理 3.其他 其他').fill('1/');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: STEP.applications })).toBeVisible();
  await expect(page).toHaveURL(/step=applications/);
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('12');
  await expect(cell(page, '（三）不予公开 1.属于国家秘密 科研机构')).toHaveValue('3');
  await expect(cell(page, '（六）其他处理 3.其他 其他')).toHaveValue('1/');
  await expect(total(page, '一、本年新收政府信息公开申请数量 总计')).toHaveText('12');
});

test('full-width digits become plain ones and 「/」 is refused at the cell when the clerk leaves it', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  const natural = cell(page, '（一）予以公开 自然人');
  await natural.fill('１２');
  await natural.press('Tab');
  await expect(natural).toHaveValue('12');
  await expect(total(page, '（一）予以公开 总计')).toHaveText('12');

  const business = cell(page, '（一）予以公开 商业企业');
  await business.fill('/');
  await expect(business).not.toHaveAttribute('aria-invalid', 'true');
  await business.press('Tab');
  await expect(business).toHaveAttribute('aria-invalid', 'true');
  await expect(business).toHaveAccessibleDescription('「/」：不是数字，没有就填 0');
  await expect(page.getByRole('link', { name: '表三「（一）予以公开 商业企业」填的是「/」：不是数字，没有就填 0。' })).toBeVisible();
  await business.fill('0');
  await expect(business).not.toHaveAttribute('aria-invalid', 'true');
});

test('the error summary links take the clerk to the cell', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'applications');
  await cell(page, '（一）予以公开 商业企业').fill('x');
  await cell(page, '（一）予以公开 科研机构').click();
  await page.getByRole('link', { name: /^表三「（一）予以公开 商业企业」填的是「x」/ }).click();
  await expect(cell(page, '（一）予以公开 商业企业')).toBeFocused();
});

test('steps live in the URL: Back and Forward land on the same step', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'overview');
  await goToStep(page, 'review');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: STEP.overview })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: STEP.review })).toBeVisible();
});

test('the downloaded report file passes `nianbao check` and opens in a fresh browser profile', async ({ page, browser }) => {
  test.slow();
  await newReport(page);
  await typeReport(page, report);
  await saved(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存为文件' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('某某市自然资源局2025年政府信息公开工作年度报告.nianbao.json');
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);

  const { stdout } = await promisify(execFile)('node', ['bin/nianbao.mjs', 'check', '--json', file]);
  const [checked] = JSON.parse(stdout) as [{ findings: { severity: string }[] }];
  expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByText('本浏览器中还没有报告。点击“新建报告”开始填写。')).toBeVisible();
  const choosing = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: '打开文件' }).click();
  await (await choosing).setFiles(file);
  await expect(other.getByRole('textbox', { name: '机关名称' })).toHaveValue('某某市自然资源局');
  await goToStep(other, 'applications');
  await expect(cell(other, '（三）不予公开 6.属于四类过程性信息 科研机构')).toHaveValue('1');
  await expect(total(other, '（七）总计 总计')).toHaveText('52');
  await fresh.close();
});

test('the error summary counts what it lists: errors to fix, and apart from them what needs a second look', async ({ page }) => {
  await newReport(page);
  await goToStep(page, 'other');
  await page.getByRole('radio', { name: '收取了信息处理费' }).check();
  await page.getByRole('textbox', { name: '收费件数' }).fill('3');
  const summary = page.getByRole('region', { name: '本页有 1 个问题需要处理，另有 3 处需要留意' });
  await expect(summary.getByRole('listitem')).toHaveText([
    '六、其他需要报告的事项「收费金额（元）」：已选择收取信息处理费，请填写收费金额（元）。',
    '六、其他需要报告的事项：填写了收取信息处理费，但表三「（七）总计 总计」为 0，本年没有办理政府信息公开申请，不应产生信息处理费。请核对。',
    '六、其他需要报告的事项「（二）落实上级年度政务公开工作要点情况」还没有内容。评议时会对照上级年度政务公开工作要点逐项查看落实情况；请写明本年的情况，确实没有的请写“无”。',
    '六、其他需要报告的事项「（三）人大代表建议和政协提案办理结果公开情况」还没有内容。评议时会查看人大代表建议和政协提案办理结果的公开情况；请写明本年的情况，确实没有的请写“无”。',
  ]);
  await page.getByRole('textbox', { name: '（三）人大代表建议和政协提案办理结果公开情况' }).fill('无');
  await expect(page.getByRole('region', { name: '本页有 1 个问题需要处理，另有 2 处需要留意' }).getByRole('listitem')).toHaveCount(3);
});
