// 汇总与核查, as the 政务公开办 uses it: ~30 files of a county's departments dropped at once — our
// report files, our Word and web exports, an office's Excel workbook, a published text and the real
// PDF of last year, broken files, a second copy, a report that does not balance — each status
// right, the sum cell for cell, the workbook read back, and the 人民政府's report started from it.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pngSize } from '@/lib/export/infographic/png-node';
import { printModel } from '@/lib/export/print-model';
import { importDocument } from '@/lib/import/import-document';
import { readWorkbook } from '@/lib/import/read/xlsx/workbook';
import { ourDocx, ourHtml } from '@/lib/import/testing/document-fixtures';
import { publishedSample } from '@/lib/import/testing/samples';
import { officeWorkbook } from '@/lib/import/testing/xlsx-fixtures';
import { placeCells } from '@/lib/report/grid';
import { getAt, setAt } from '@/lib/report/paths';
import type { DraftReport, Report } from '@/lib/report/file/schema';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { emptyReport } from '@/lib/report/empty-report';
import { INPUT_CELLS, TABLES } from '@/lib/report/template/tables';
import { computeTotals } from '@/lib/report/totals';
import { runChecks } from '@/lib/report/checks/checks';

const COUNTY = '某某县';
/** A department's 2025 report: the busy report, with k more of some numbers (still balanced). */
function dept(name: string, k: number): Report {
  const busy = busyReport();
  let r: Report = setAt(busy, 'meta.agency', `${COUNTY}${name}`);
  r = setAt(r, 'proactive.licensing', busy.proactive.licensing + k);
  r = setAt(r, 'proactive.feesWanYuan', (12 + k / 100).toFixed(4).replace(/0+$/, '').replace(/\.$/, ''));
  r = setAt(r, 'applications.received.business', busy.applications.received.business + k);
  r = setAt(r, 'applications.granted.business', busy.applications.granted.business + k);
  r = setAt(r, 'review.litigationDirect.upheld', busy.review.litigationDirect.upheld + (k % 3));
  return r;
}

const json = (r: DraftReport) => Buffer.from(`${JSON.stringify(r, null, 2)}\n`);
const JSON_NAMES = ['教育局', '公安局', '民政局', '财政局', '人力资源和社会保障局', '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '水利局'];
const DOCX_NAMES = ['农业农村局', '商务局', '文化和旅游局', '卫生健康委员会', '应急管理局'];
const HTML_NAMES = ['市场监督管理局', '统计局', '医疗保障局', '林业局', '审计局'];

type Made = { name: string; buffer: Buffer; status: string; agency: string; year: string; format: string; source: string; report?: DraftReport; summed?: boolean };

async function files(): Promise<Made[]> {
  const made: Made[] = [];
  const ok = (name: string, report: Report, format: string, buffer: Buffer, status = '可发布', source = '本助手数据') =>
    made.push({ name, buffer, status, agency: report.meta.agency, year: String(report.meta.year), format, source, report, summed: status === '可发布' || status === '有错误' });
  JSON_NAMES.forEach((n, i) => ok(`${n}.nianbao.json`, dept(n, i + 1), '报告文件', json(dept(n, i + 1))));
  for (const [i, n] of DOCX_NAMES.entries()) ok(`${n}.docx`, dept(n, 20 + i), 'Word', Buffer.from(await ourDocx(dept(n, 20 + i))));
  HTML_NAMES.forEach((n, i) => ok(`${n}.html`, dept(n, 30 + i), '网页', Buffer.from(ourHtml(dept(n, 30 + i)))));
  // The 教育局 sent again, corrected: the later file counts, the first is 重复.
  const first = made[0];
  if (first) Object.assign(first, { status: '重复', summed: false });
  ok('教育局（修改后）.nianbao.json', dept('教育局', 40), '报告文件', json(dept('教育局', 40)));
  // A report whose 自然人 column does not balance: 有错误, and still summed.
  const unbalanced = setAt(dept('司法局', 41), 'applications.received.natural', busyReport().applications.received.natural + 2);
  ok('司法局.nianbao.json', unbalanced, '报告文件', json(unbalanced), '有错误');
  // An office's Excel workbook of its three tables: 有错误, for it holds no texts (summed all the same).
  const office = dept('审计局', 0);
  const workbookReport = setAt(office, 'meta.agency', `${COUNTY}档案局`);
  ok('档案局.xlsx', workbookReport, 'Excel', Buffer.from(officeWorkbook(workbookReport, 'one-sheet')), '有错误', '按文字识别');
  // This year's report of an agency whose last year's text is dropped too: X-CARRY against it.
  const huinong = setAt(dept('', 42), 'meta.agency', '惠农区司法局');
  ok('惠农区司法局.nianbao.json', huinong, '报告文件', json(huinong));
  // Last year's: a published text and the real PDF, listed and not summed.
  made.push({ name: '惠农区司法局2024年报.txt', buffer: Buffer.from(publishedSample('004')), status: '年度不符', agency: '惠农区司法局', year: '2024', format: '文字', source: '按文字识别' });
  made.push({ name: '淮安市人民政府2024年报.pdf', buffer: readFileSync('fixtures/published/005_huaian-2024.pdf'), status: '年度不符', agency: '淮安市人民政府', year: '2024', format: 'PDF', source: '按文字识别' });
  // Broken files: none stops the others.
  const broken = (name: string, buffer: Buffer, format: string) => made.push({ name, buffer, status: '无法读取', agency: '—', year: '—', format, source: '—' });
  broken('空文件.docx', Buffer.alloc(0), 'Word');
  broken('下载不完整.docx', made[10]?.buffer.subarray(0, 2000) ?? Buffer.alloc(0), 'Word');
  broken('旧版.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), '旧版 Office');
  broken('坏.nianbao.json', Buffer.from('{"format": "nianbao.report", '), '报告文件');
  return made;
}

/** The expected sum, added up here cell by cell (the fee in ten-thousandths, exactly). */
function expectedSum(reports: readonly DraftReport[]): DraftReport {
  let sum: DraftReport = emptyReport({ year: 2025 });
  for (const cell of INPUT_CELLS) {
    const values = reports.map((r) => getAt(r, cell.path));
    const value =
      cell.path === 'proactive.feesWanYuan'
        ? String(values.reduce<number>((a, v) => a + Math.round(Number(v) * 10_000), 0) / 10_000)
        : values.reduce<number>((a, v) => a + Number(v), 0);
    sum = setAt(sum, cell.path, value);
  }
  return sum;
}

/** Every number cell of the three tables as printed, in document order. */
const printedNumbers = (report: DraftReport) =>
  printModel(report, []).blocks.flatMap((b) => (b.kind === 'table' ? [b.table.rows.flat().filter((c) => !c.header).map((c) => c.text)] : []));

async function drop(page: Page, made: readonly Made[]) {
  // Half through the folder picker (with a file that is not a report), half through the file picker.
  const folder = mkdtempSync(path.join(tmpdir(), 'nianbao-summary-'));
  const inside = path.join(folder, '部门年报');
  mkdirSync(inside);
  const half = Math.ceil(made.length / 2);
  for (const m of made.slice(0, half)) writeFileSync(path.join(inside, m.name), m.buffer, { flag: 'wx' });
  writeFileSync(path.join(inside, 'Thumbs.db'), 'x');
  const choosingFolder = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件夹' }).click();
  await (await choosingFolder).setFiles(inside);
  await expect(page.getByText(`已读取 ${half} 个文件。`)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('文件夹中有 1 个文件不是报告，没有读取：部门年报/Thumbs.db。')).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件（可多选）' }).click();
  await (await choosing).setFiles(made.slice(half).map((m) => ({ name: m.name, mimeType: 'application/octet-stream', buffer: m.buffer })));
  await expect(page.getByText(`已读取 ${made.length - half} 个文件。`)).toBeVisible({ timeout: 60_000 });
  return half;
}

test('the 政务公开办 checks 30 files at once, sums them, downloads the workbook and starts the 人民政府 report', async ({ page, context }) => {
  test.setTimeout(180_000);
  const made = await files();
  expect(made.length).toBe(30);
  await page.goto('/');
  await page.getByRole('link', { name: '汇总与核查' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '汇总与核查' })).toBeVisible();
  const half = await drop(page, made);
  const fileName = (m: Made, i: number) => (i < half ? `部门年报/${m.name}` : m.name);

  // Each file's row, as the clerk reads it.
  const table = page.getByRole('table', { name: '各文件的检查结果（点击文件名查看问题）' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(30);
  const expected = made.map((m, i) => [fileName(m, i), m.agency, m.year, m.format, m.source, m.status]);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  const byFile = (a: string[], b: string[]) => (a[0] ?? '').localeCompare(b[0] ?? '');
  expect(shown.map((r) => [r[0] ?? '', r[1] ?? '', r[2] ?? '', r[3] ?? '', r[4] ?? '', r[7] ?? '']).sort(byFile)).toEqual(expected.sort(byFile));
  await expect(page.getByText('可发布 21 · 有错误 2 · 无法读取 4 · 年度不符 2 · 重复 1；计入汇总 23 份', { exact: false })).toBeVisible();

  // The unbalanced report's findings, as 检查 says them.
  await table.getByRole('button', { name: '司法局.nianbao.json', exact: true }).click();
  const details = page.getByRole('region', { name: `${COUNTY}司法局 的检查结果` });
  const unbalanced = made.find((m) => m.name === '司法局.nianbao.json')?.report;
  const balance = unbalanced ? runChecks(unbalanced, { today: new Date() }).filter((f) => f.id === 'T3-BALANCE') : [];
  expect(balance.length).toBe(1);
  await expect(details.getByRole('listitem')).toContainText([`错误${balance[0]?.message}`]);
  // X-CARRY against last year's file of the same agency.
  await table.getByRole('button', { name: '惠农区司法局.nianbao.json', exact: true }).click();
  await expect(page.getByRole('region', { name: '惠农区司法局 的检查结果' })).toContainText('对照上年报告「惠农区司法局2024年报.txt」');
  // The duplicate says which file counts; a broken file says why.
  await table.getByRole('button', { name: `部门年报/${made[0]?.name}`, exact: true }).click();
  await expect(page.getByRole('region', { name: `${COUNTY}教育局 的检查结果` })).toContainText(`只计入「教育局（修改后）.nianbao.json」`);
  await table.getByRole('button', { name: '空文件.docx', exact: true }).click();
  await expect(page.getByRole('region', { name: '空文件.docx 的检查结果' })).toContainText('文件是空的。');

  // Sorting and filtering.
  await table.getByRole('button', { name: /^错误/ }).click();
  await table.getByRole('button', { name: /^错误/ }).click();
  await expect(table.getByRole('columnheader', { name: /^错误/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().locator('td').nth(0)).toHaveText('档案局.xlsx');
  await page.getByRole('combobox', { name: '按状态筛选' }).selectOption({ label: '无法读取（4）' });
  await expect(rows).toHaveCount(4);
  await page.getByRole('combobox', { name: '按状态筛选' }).selectOption({ label: '全部（30）' });
  await page.getByRole('searchbox', { name: '按机关名称或文件名筛选' }).fill('林业');
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox', { name: '按机关名称或文件名筛选' }).fill('');

  // The sum, cell for cell, and its imbalance named by the report that makes it.
  const summed = made.filter((m) => m.summed).flatMap((m) => (m.report ? [m.report] : []));
  expect(summed.length).toBe(23);
  const want = printedNumbers(expectedSum(summed));
  const sum = page.getByRole('region', { name: /^汇总数/ });
  for (const [t, table] of TABLES.entries()) {
    await expect(sum.getByRole('table', { name: table.caption }).locator('td')).toHaveText(want[t] ?? []);
  }
  await expect(sum).toContainText(`${COUNTY}司法局（一+二比（七）+四多 2 件）`);

  // The workbook, read back by our own reader: every sheet, the summed tables' cells and merges.
  await page.getByRole('textbox', { name: '汇总机关（本级人民政府）名称' }).fill(`${COUNTY}人民政府`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载汇总工作簿（Excel .xlsx）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${COUNTY}人民政府2025年度政府信息公开工作年度报告数据汇总.xlsx`);
  const read = readWorkbook(readFileSync((await download.path()) ?? ''), { rows: 1_000, columns: 1_000 });
  if (!read.ok) throw new Error(read.problems.join(''));
  expect(read.sheets.map((s) => s.name)).toEqual(['表二 汇总', '表三 汇总', '表四 汇总', '表二 分机关明细', '表三 分机关明细', '表四 分机关明细', '问题清单']);
  const sumReport = expectedSum(summed);
  const totals = computeTotals(sumReport);
  for (const [t, table] of TABLES.entries()) {
    const sheet = read.sheets[t];
    const placed = placeCells(table.rows, { columns: table.gridColumns }).flat();
    expect(sheet?.merges).toEqual([
      { row: 0, column: 0, rowSpan: 1, colSpan: table.gridColumns },
      { row: 1, column: 0, rowSpan: 1, colSpan: table.gridColumns },
      ...placed.filter((p) => p.rowSpan > 1 || p.colSpan > 1).map((p) => ({ row: p.row + 2, column: p.column, rowSpan: p.rowSpan, colSpan: p.colSpan })),
    ]);
    for (const p of placed) {
      const stored = sheet?.cells.get(p.row + 2)?.get(p.column);
      if (p.cell.kind === 'label') expect(String(stored).replace(/\n/g, '')).toBe(p.cell.text);
      else expect([p.cell.path, stored]).toEqual([p.cell.path, Number(totals.get(p.cell.path) ?? getAt(sumReport, p.cell.path))]);
    }
  }
  // One row per summed agency, under the header, and the sum last.
  expect(read.sheets[4]?.cells.size).toBe(1 + 23 + 1);
  const problems = read.sheets[6];
  expect(problems?.cells.get(0)?.get(0)).toBe('机关');
  expect([...(problems?.cells.values() ?? [])].some((row) => row.get(0) === '空文件.docx' && row.get(4) === '文件是空的。')).toBe(true);

  // The summed report file records what it sums and its scope.
  const savingJson = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载汇总报告文件（.nianbao.json）' }).click();
  const file = JSON.parse(readFileSync((await (await savingJson).path()) ?? '', 'utf8')) as DraftReport;
  expect(file.meta).toMatchObject({ agency: `${COUNTY}人民政府`, year: 2025, scope: 'region' });
  expect(file.summary?.of.length).toBe(23);
  // The summed tables as Word and web page: each reads back whole as that sum.
  for (const [label, extension] of [['下载汇总表格（Word .docx）', 'docx'], ['下载汇总表格（网页 .html）', 'html']] as const) {
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: label }).click();
    const saved = await saving;
    expect(saved.suggestedFilename()).toBe(`${COUNTY}人民政府2025年度政府信息公开工作年度报告数据汇总.${extension}`);
    const back = await importDocument(readFileSync((await saved.path()) ?? ''), saved.suggestedFilename());
    expect(back.ok && back.source).toBe('embedded');
    if (back.ok) expect(printedNumbers(back.report)).toEqual(want);
  }

  // The sum's 图解, drawn on the click: its key numbers as text, marked 草稿 (the sum does not balance).
  const SUM_NAME = `${COUNTY}人民政府2025年度政府信息公开工作年度报告数据汇总`;
  const drawing = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载图解（SVG）' }).click();
  const svgFile = await drawing;
  expect(svgFile.suggestedFilename()).toBe(`${SUM_NAME}-图解.svg`);
  const svg = readFileSync((await svgFile.path()) ?? '', 'utf8');
  const keyFigures = ['proactive.licensing', 'applications.received.total', 'applications.carriedOver.total', 'applications.resultsTotal.total', 'applications.carriedForward.total', 'review.reconsideration.total'] as const;
  const drawn = keyFigures.map((p) => [p, `>${Number(totals.get(p) ?? getAt(sumReport, p))}</text>`]);
  expect(drawn.filter(([, text]) => !svg.includes(text ?? ''))).toEqual([]);
  expect(svg).toContain('>草稿 · 校验未通过</text>');
  await expect(page.getByText(`已生成 ${SUM_NAME}-图解.svg。`)).toBeVisible();
  const drawingPng = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载图解（PNG）' }).click();
  const pngFile = await drawingPng;
  expect(pngFile.suggestedFilename()).toBe(`${SUM_NAME}-图解.png`);
  expect(pngSize(new Uint8Array(readFileSync((await pngFile.path()) ?? '')))?.width).toBe(1080);

  // The page passes axe.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'test-results/summary-page.png', fullPage: true });

  // The 人民政府's report from the sum: a new draft in a new tab, its tables the sum.
  const opening = context.waitForEvent('page');
  await page.getByRole('button', { name: '以汇总数新建本级人民政府年度报告' }).click();
  const draft = await opening;
  await expect(draft.getByRole('heading', { level: 1, name: '基本信息' })).toBeVisible();
  await expect(draft.getByRole('textbox', { name: '机关名称' })).toHaveValue(`${COUNTY}人民政府`);
  await expect(draft.getByRole('radio', { name: '人民政府' })).toBeChecked();
  await expect(draft.getByRole('textbox', { name: '报告年度' })).toHaveValue('2025');
  await expect(draft.getByRole('group', { name: '统计范围' }).getByRole('radio', { name: '本行政区域' })).toBeChecked();
  await expect(draft.getByRole('textbox', { name: '前言' })).toHaveValue(/本报告统计数据从2025年1月1日至12月31日，统计范围为本行政区域。/);
  await draft.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /^二、/ }).click();
  await expect(draft.getByRole('textbox', { name: '行政许可 本年处理决定数量', exact: true })).toHaveValue(String(sumReport.proactive.licensing));
});

test('files dragged onto the page are read like files chosen: a report counted, a file that is no report listed as 无法读取', async ({ page }) => {
  await page.goto('/summary/');
  const report = JSON.stringify(busyReport());
  // A drop as the browser delivers it: a DataTransfer holding the files (a synthetic one has no
  // directory entries, so this is the files' path; folders are read through 选择文件夹 above).
  const dropped = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], '自然资源局.nianbao.json', { type: 'application/json' }));
    data.items.add(new File(['会议通知：定于1月10日召开工作会议。'], '通知.txt', { type: 'text/plain' }));
    return data;
  }, report);
  const zone = page.getByText('把报告文件或文件夹拖到这里，或者：').locator('..');
  await zone.dispatchEvent('dragover', { dataTransfer: dropped });
  await zone.dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByText('已读取 2 个文件。')).toBeVisible();
  const rows = page.getByRole('table', { name: '各文件的检查结果（点击文件名查看问题）' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '自然资源局.nianbao.json' })).toContainText('某某市自然资源局');
  await expect(rows.filter({ hasText: '通知.txt' })).toContainText('无法读取');
});
