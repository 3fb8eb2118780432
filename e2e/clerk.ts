// What a clerk does, step by step, in the words on the screen.
import { expect, type Locator, type Page } from '@playwright/test';
import { getAt } from '@/lib/report/paths';
import type { DraftReport, Report } from '@/lib/report/file/schema';
import { STEP_TITLES } from '@/components/wizard/steps';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS, fieldLabel } from '@/lib/report/template/sections';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import type { TableId } from '@/lib/report/template/layout';

/** The steps' titles, as the app defines them. */
export const STEP = STEP_TITLES;

export async function newReport(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: STEP.meta })).toBeVisible();
}

/** 「打开文件」 on the home page with a report file: it opens as a new draft at its first step. */
export async function openReportFile(page: Page, report: DraftReport, name = '报告.nianbao.json') {
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开文件' }).click();
  await (await choosing).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await expect(page.getByRole('heading', { level: 1, name: STEP.meta })).toBeVisible();
}

export async function goToStep(page: Page, step: keyof typeof STEP) {
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: new RegExp(`^${STEP[step]}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: STEP[step] })).toBeVisible();
}

export const cell = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
export const total = (page: Page, name: string) => page.getByRole('status', { name, exact: true });

async function fillTable(page: Page, table: TableId, report: Report) {
  for (const c of INPUT_CELLS.filter((x) => x.table.id === table)) {
    await cell(page, c.name).fill(String(getAt(report, c.path)));
  }
}

async function fillMeta(page: Page, report: Report) {
  const meta = report.meta;
  await page.getByRole('textbox', { name: fieldLabel('meta.agency') }).fill(meta.agency);
  await page.getByRole('textbox', { name: fieldLabel('meta.year') }).fill(String(meta.year));
  await page.getByRole('textbox', { name: fieldLabel('meta.website.name') }).fill(meta.website?.name ?? '');
  await page.getByRole('textbox', { name: fieldLabel('meta.website.url') }).fill(meta.website?.url ?? '');
  await page.getByRole('textbox', { name: fieldLabel('meta.contact.unit') }).fill(meta.contact?.unit ?? '');
  await page.getByRole('textbox', { name: fieldLabel('meta.contact.phone') }).fill(meta.contact?.phone ?? '');
  await page.getByRole('textbox', { name: fieldLabel('meta.contact.email') }).fill(meta.contact?.email ?? '');
}

async function fillProse(page: Page, parts: readonly { path: string; label: string }[], report: Report) {
  for (const part of parts) {
    const text = getAt(report, part.path);
    if (typeof text === 'string' && text) await page.getByRole('textbox', { name: part.label, exact: true }).fill(text);
  }
}

/** The whole busy report, typed from scratch through every step. */
export async function typeReport(page: Page, report: Report) {
  await fillMeta(page, report);
  await goToStep(page, 'overview');
  await fillProse(page, OVERVIEW_PARTS, report);
  await goToStep(page, 'proactive');
  await fillTable(page, 'table2', report);
  await goToStep(page, 'applications');
  await fillTable(page, 'table3', report);
  await goToStep(page, 'review');
  await fillTable(page, 'table4', report);
  await goToStep(page, 'problems');
  await fillProse(page, PROBLEMS_PARTS, report);
  await goToStep(page, 'other');
  await page.getByRole('radio', { name: report.other.fees.charged ? '收取了信息处理费' : '未收取信息处理费' }).check();
  await fillProse(page, OTHER_PARTS, report);
}

/** A paste at the focused cell, as Excel or WPS puts it on the clipboard (text and/or HTML). */
export async function paste(target: Locator, data: { text?: string; html?: string }) {
  await target.focus();
  await target.evaluate((el, { text, html }) => {
    const clipboard = new DataTransfer();
    if (text !== undefined) clipboard.setData('text/plain', text);
    if (html !== undefined) clipboard.setData('text/html', html);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, data);
}

export async function saved(page: Page) {
  await expect(page.getByText(/^已保存 \d{2}:\d{2}:\d{2}$/)).toBeVisible();
}

/** A draft record as the browser stores it (IndexedDB 「nianbao」, store 「drafts」), loosely typed. */
export type StoredDraft = { id: string; savedAt: string; errors?: number; report: DraftReport & { meta: Record<string, unknown> }; inputs: Record<string, string> } & Record<string, unknown>;

/** The stored draft of that id (the one the page shows, by default), as IndexedDB holds it now. */
export async function storedDraft(page: Page, id = new URL(page.url()).searchParams.get('id') ?? ''): Promise<StoredDraft | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<StoredDraft | undefined>((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get(key);
          get.onsuccess = () => resolve(get.result as StoredDraft | undefined);
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

/** Every stored draft record. */
export async function storedDrafts(page: Page): Promise<StoredDraft[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDraft[]>((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(all.result as StoredDraft[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Writes records into the draft store as they are, past the app (damaged, older or newer ones). */
export async function putStoredDrafts(page: Page, records: readonly unknown[]): Promise<void> {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          for (const record of list) tx.objectStore('drafts').put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}
