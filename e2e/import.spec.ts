import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { reportProperties } from '@/lib/report/file/embedding';
import { buildDocx } from '@/lib/export/docx/document';
import { printModelOf } from '@/lib/export/print-model';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { publishedSample } from '@/lib/import/testing/samples';
import { shapeBytes } from '@/lib/import/testing/huaian';
import { handWorkbook, num, officeWorkbook, text } from '@/lib/import/testing/xlsx-fixtures';
import { NO_TABLES_IN_WORKBOOK, WORKBOOK_NOTE } from '@/lib/import/import-document';
import { UNREAD_HINT } from '@/lib/import/recognise/tables/unread';
import { cell, goToStep, newReport, saved } from './clerk';


test('a published report pasted as text is recognised, reviewed, and starts next year’s report', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '从上年报告开始' }).click();
  await page.getByRole('textbox', { name: '或粘贴已发布报告的全部文字' }).fill(publishedSample('000'));
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('红寺堡区司法局');
  await expect(review).toContainText('国办公开办函〔2021〕30号');
  await expect(review.getByRole('row', { name: /^表三/ })).toHaveText('表三读到 175 格 / 原表印出 175 格');
  await expect(review.getByRole('row', { name: /^表四/ })).toHaveText('表四读到 15 格 / 原表印出 15 格');
  await review.getByRole('button', { name: '以此为上年报告，新建 2023 年度报告' }).click();
  await expect(page.getByRole('textbox', { name: '报告年度' })).toHaveValue('2023');
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveValue('红寺堡区司法局');
  await goToStep(page, 'applications');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toHaveValue('0');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('');
});

test('a report in the 2019 trial format says per table what was printed, what was read and which rows were not, and the clerk fills those in by hand', async ({ page }) => {
  await page.goto('/import/');
  await page.getByRole('textbox', { name: '或粘贴已发布报告的全部文字' }).fill(publishedSample('002'));
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  const review = page.getByRole('region', { name: '识别结果' });
  const table = (name: string) => review.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(table('表二')).toContainText('读到 0 格 / 原表印出 22 格');
  await expect(table('表二').getByRole('listitem')).toHaveText(['2019 年试行格式的栏目与现行格式不同，22 个数字未导入']);
  await expect(table('表三')).toContainText('读到 154 格 / 原表印出 161 格');
  await expect(table('表三').getByRole('listitem')).toHaveText(['「(六) 其他处理」：2019 年试行格式中只有一行，分不到现行格式（六）的 3 项中，7 个数字未导入']);
  await expect(table('表四')).toContainText('读到 15 格 / 原表印出 16 格');
  await expect(table('表四').getByRole('listitem')).toHaveText(['不在表四的栏目下，1 个数字未导入']);
  await expect(review.getByText(UNREAD_HINT)).toBeVisible();
  // Every finding of the checks is listed, none hidden behind an inner scroll.
  const findings = review.getByRole('list', { name: '检查发现的问题' });
  await expect(review.getByRole('heading', { name: '检查发现的问题（6）' })).toBeVisible();
  await expect(findings.getByRole('listitem')).toHaveCount(6);
  expect(await findings.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await review.getByRole('button', { name: '作为 2020 年度报告打开' }).click();
  await goToStep(page, 'applications');
  const other = cell(page, '（六）其他处理 3.其他 自然人');
  await expect(other).toHaveValue('');
  await other.fill('2');
  await expect(other).toHaveValue('2');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('0');
});

test('the address and phone a published report states in its closing are read into 基本信息, and the review says which were not found', async ({ page }) => {
  await page.goto('/import/');
  await page.getByRole('textbox', { name: '或粘贴已发布报告的全部文字' }).fill(publishedSample('003'));
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('基本信息：从原文读到联系部门、地址、电话、传真，请核对；原文没有写明发布网站名称、发布网站网址、邮编、电子邮箱，请在基本信息中填写。');
  await expect(review).toContainText('机关名称、机关类型和联系部门、地址、电话、传真沿用上年，请核对；上年报告没有写明发布网站名称、发布网站网址、邮编、电子邮箱，请在基本信息中填写。');
  await expect(review).not.toContainText('机关名称、机关类型、发布网站和联系方式沿用上年');
  await expect(review).toContainText('原文六、其他需要报告的事项末尾说明联系方式的一段已移到前言末尾，不再作为该部分的正文');
  await review.getByRole('button', { name: '以此为上年报告，新建 2024 年度报告' }).click();
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveValue('利通区司法局');
  await expect(page.getByRole('textbox', { name: '联系部门' })).toHaveValue('利通区司法局办公室');
  await expect(page.getByRole('textbox', { name: '地址' })).toHaveValue('吴忠市利通区吴灵东路和利红街交会处综合楼三楼');
  await expect(page.getByRole('textbox', { name: '电话' })).toHaveValue('0953-2221103');
  await expect(page.getByRole('textbox', { name: '传真' })).toHaveValue('0953-2615680');
  await expect(page.getByRole('textbox', { name: '邮编' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: '前言' })).toHaveValue(
    /请与利通区司法局办公室联系（地址：吴忠市利通区吴灵东路和利红街交会处综合楼三楼；电话：0953-2221103；传真：0953-2615680）。$/,
  );
  // Said once: the preface gives the contact details, 六 no longer repeats last year's paragraph.
  await goToStep(page, 'other');
  await expect(page.getByRole('textbox', { name: '（五）其他' })).toHaveValue('无其他需要报告事项。');
});

test('a Word file exported by the app is read back exactly, and next year carries its 结转 over', async ({ page }) => {
  const report = busyReport();
  const docx = await buildDocx(printModelOf(report, new Date(2025, 10, 1)), await reportProperties(report));
  await page.goto('/import/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await choosing).setFiles({ name: '某某市自然资源局2025年政府信息公开工作年度报告.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docx) });
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('已从年报助手导出的文件中完整读回报告。');
  await expect(review).toContainText('二、上年结转政府信息公开申请数量：按上年四、结转下年度继续办理填入（自然人 4，商业企业 1，科研机构 0，社会公益组织 0，法律服务机构 1，其他 1）。');
  await review.getByRole('button', { name: '以此为上年报告，新建 2026 年度报告' }).click();
  await goToStep(page, 'applications');
  for (const [column, value] of [['自然人', '4'], ['商业企业', '1'], ['科研机构', '0'], ['社会公益组织', '0'], ['法律服务机构', '1'], ['其他', '1']]) {
    await expect(cell(page, `二、上年结转政府信息公开申请数量 ${column}`)).toHaveValue(value ?? '');
  }
});

test('a CMS page saved from a government site in GB2312 (Word-paste markup, blank 总计 cells) is read in the browser, every printed number in its cell', async ({ page }) => {
  await page.goto('/import/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await choosing).setFiles({ name: '淮安市人民政府2024年政府信息公开工作年度报告.html', mimeType: 'text/html', buffer: Buffer.from(shapeBytes('huaian-2024-cms-gbk.html')) });
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('淮安市人民政府');
  // Its 表三 prints the 总计 column in 一、（七） and 四 only: 153 numbers, not 175.
  await expect(review.getByRole('row', { name: /^表二/ })).toHaveText('表二读到 10 格 / 原表印出 10 格');
  await expect(review.getByRole('row', { name: /^表三/ })).toHaveText('表三读到 153 格 / 原表印出 153 格');
  await expect(review.getByRole('row', { name: /^表四/ })).toHaveText('表四读到 15 格 / 原表印出 15 格');
  await review.getByRole('button', { name: '作为 2024 年度报告打开' }).click();
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveValue('淮安市人民政府');
  await goToStep(page, 'applications');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('3001');
  await expect(cell(page, '（四）无法提供 2.没有现成信息需要另行制作 自然人')).toHaveValue('11');
  await expect(cell(page, '（六）其他处理 3.其他 商业企业')).toHaveValue('2');
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toHaveValue('103');
});

test('an office’s Excel workbook of the three tables is recognised, reviewed, and starts next year’s report', async ({ page }) => {
  await page.goto('/import/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  const xlsx = officeWorkbook(busyReport(), 'one-sheet');
  await (await choosing).setFiles({ name: '年报表格.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(xlsx) });
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText(WORKBOOK_NOTE);
  await expect(review).toContainText('某某市自然资源局');
  await expect(review.getByRole('row', { name: /^表二/ })).toHaveText('表二读到 10 格 / 原表印出 10 格');
  await expect(review.getByRole('row', { name: /^表三/ })).toHaveText('表三读到 175 格 / 原表印出 175 格');
  await expect(review.getByRole('row', { name: /^表四/ })).toHaveText('表四读到 15 格 / 原表印出 15 格');
  await review.getByRole('button', { name: '以此为上年报告，新建 2026 年度报告' }).click();
  await expect(page.getByRole('textbox', { name: '机关名称' })).toHaveValue('某某市自然资源局');
  await goToStep(page, 'applications');
  for (const [column, value] of [['自然人', '4'], ['商业企业', '1'], ['科研机构', '0'], ['社会公益组织', '0'], ['法律服务机构', '1'], ['其他', '1']]) {
    await expect(cell(page, `二、上年结转政府信息公开申请数量 ${column}`)).toHaveValue(value ?? '');
  }
});

test('a workbook without the tables creates nothing and says so in Chinese', async ({ page }) => {
  await page.goto('/import/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  const xlsx = handWorkbook([{ name: '通讯录', rows: [[text('姓名'), text('电话')], [text('张三'), num('13800000000', 0)]] }]);
  await (await choosing).setFiles({ name: '通讯录.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(xlsx) });
  await expect(page.getByRole('alert').filter({ hasText: '没有创建新报告' })).toContainText(NO_TABLES_IN_WORKBOOK);
});

test('a file that is not a report creates nothing and says why', async ({ page }) => {
  await page.goto('/import/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await choosing).setFiles({ name: '照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x00, 0x00, 0x80, 0x81]) });
  await expect(page.getByRole('alert').filter({ hasText: '没有创建新报告' })).toContainText('无法识别的文件');
  await page.goto('/');
  await expect(page.getByText('本浏览器中还没有报告。点击“新建报告”开始填写。')).toBeVisible();
});

test('a report in this browser starts next year’s from the home page', async ({ page }) => {
  await newReport(page);
  await page.getByRole('textbox', { name: '机关名称' }).fill('某某县司法局');
  await page.getByRole('textbox', { name: '报告年度' }).fill('2025');
  await goToStep(page, 'applications');
  await cell(page, '四、结转下年度继续办理 自然人').fill('2');
  await saved(page);
  await page.goto('/');
  await page.getByRole('link', { name: '以「某某县司法局2025年政府信息公开工作年度报告」为基础新建下一年度报告' }).click();
  await page.getByRole('button', { name: '以此为上年报告，新建 2026 年度报告' }).click();
  await goToStep(page, 'applications');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toHaveValue('2');
});

test('a file that is still being read after 20 s is stopped, creates nothing and says why; the page answers meanwhile', async ({ page }) => {
  await page.clock.install();
  await page.goto('/import/');
  // 15 MB of a web page: seconds of work for the importer, so it is still reading when 20 s are up.
  const html = `<html><body>${'<p>一、总体情况</p><table><tr><td rowspan="2">1</td><td>2</td></tr></table>'.repeat(200_000)}</body></html>`;
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await choosing).setFiles({ name: '很大的网页.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByRole('status')).toHaveText('正在读取……');
  // The import runs in a worker: the page still takes typing while it reads.
  await page.getByRole('textbox', { name: '或粘贴已发布报告的全部文字' }).fill('还能输入');
  await page.clock.runFor(20_000);
  const alert = page.getByRole('alert').filter({ hasText: '没有创建新报告' });
  await expect(alert).toContainText('读取这个文件超过 20 秒仍未完成，已停止读取：文件可能已损坏，或不是年度报告。');
  await expect(page.getByRole('status')).toHaveText('');
  await page.goto('/');
  await expect(page.getByText('本浏览器中还没有报告。点击“新建报告”开始填写。')).toBeVisible();
});
