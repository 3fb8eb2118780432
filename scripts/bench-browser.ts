// Browser figures for `npm run bench`: keystroke → painted totals in table 三 under a 4× CPU
// throttle (and the same on a plain page of the same table, for scale), and the gzipped
// JavaScript each page loads on a first visit.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { fieldId } from '@/components/wizard/wizard-context';
import { TABLE3 } from '@/lib/report/template/table3';
import { median, percentile } from './bench-stats';

export const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

/** A string of pdf.js's own module, to tell whether a page loaded it. */
const PDFJS_MARK = 'Setting up fake worker';

export type KeystrokeFigures = {
  keystrokeP50: number;
  keystrokeP95: number;
  /** The same on a plain page of the same table (see floorPage). */
  floorP50: number;
  floorP95: number;
  /** p95 of the keys after the first WARM_UP_KEYS, the app's and the plain page's. */
  steadyP95: number;
  floorSteadyP95: number;
};
/** `kb`: every script loaded until the page is quiet; `htmlKb`: those the page's HTML names (Next's "first load"), the rest being loaded after the first paint. */
export type FirstLoadJs = { page: string; kb: number; htmlKb: number; docx: boolean; pdfjs: boolean };
export type ExportFigures = {
  /** The 6-page sample PDF chosen on the import page → read and recognised: the first (loading pdf.js), then the median of 10. */
  pdfFirst: number;
  pdfMedian: number;
  docxFirst: number;
  docxMedian: number;
  htmlMedian: number;
};
export const BROWSER_PARTS = ['keystroke', 'js', 'exports'] as const;
export type BrowserPart = (typeof BROWSER_PARTS)[number];
export type BrowserFigures = { keystroke?: KeystrokeFigures; js?: FirstLoadJs[]; exports?: ExportFigures };

/** Click → download offered, for the busy report on the preview step: the first (loading docx), then 20 more. */
async function exports(browser: Browser, base: string, reportFile: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(base);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开文件' }).click();
  await (await choosing).setFiles(reportFile);
  await page.waitForURL(/id=/);
  await page.goto(page.url().replace(/step=[a-z]+/, 'step=preview'));
  await page.getByRole('region', { name: '第 1 页' }).waitFor();
  // From the marks the app sets: click → file offered for download (the browser itself may then
  // hold back repeated downloads, which is not the app's time).
  const time = async (name: string, kind: 'docx' | 'html') => {
    const offered = `nianbao-${kind}-offered`;
    const before = await page.evaluate((mark) => performance.getEntriesByName(mark).length, offered);
    await page.getByRole('button', { name }).click();
    await page.waitForFunction(([mark, n]) => performance.getEntriesByName(String(mark)).length > Number(n), [offered, before] as const);
    // NOTE: no named function inside: tsx would wrap it in a helper the page does not have.
    return page.evaluate(
      (k) => (performance.getEntriesByName(`nianbao-${k}-offered`).at(-1)?.startTime ?? 0) - (performance.getEntriesByName(`nianbao-${k}-start`).at(-1)?.startTime ?? 0),
      kind,
    );
  };
  const docxFirst = await time('下载 Word 文档（.docx）', 'docx');
  const docx: number[] = [];
  for (let i = 0; i < 20; i++) docx.push(await time('下载 Word 文档（.docx）', 'docx'));
  const html: number[] = [];
  for (let i = 0; i < 20; i++) html.push(await time('下载网页文件（.html）', 'html'));
  await context.close();
  return { docxFirst, docxMedian: median(docx), htmlMedian: median(html) };
}

/** The sample PDF chosen on the import page, from the marks the page sets: the first, then 10 more. */
async function pdfImports(browser: Browser, base: string, pdfFile: string) {
  const page = await browser.newPage();
  await page.goto(`${base}import/`);
  const time = async () => {
    const before = await page.evaluate(() => performance.getEntriesByName('nianbao-import-read').length);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件' }).click();
    await (await choosing).setFiles(pdfFile);
    await page.waitForFunction((n) => performance.getEntriesByName('nianbao-import-read').length > n, before);
    return page.evaluate(() => (performance.getEntriesByName('nianbao-import-read').at(-1)?.startTime ?? 0) - (performance.getEntriesByName('nianbao-import-start').at(-1)?.startTime ?? 0));
  };
  const pdfFirst = await time();
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) samples.push(await time());
  await page.close();
  return { pdfFirst, pdfMedian: median(samples) };
}

export async function newDraft(page: Page, base: string): Promise<string> {
  await page.goto(base);
  await page.getByRole('button', { name: '新建报告' }).click();
  await page.waitForURL(/id=/);
  return new URL(page.url()).searchParams.get('id') ?? '';
}

/**
 * Gzipped JS a page loads with an empty cache, up to the moment `ready` is on screen and the
 * network is quiet after it. `target` prepares the context (its page is closed before, so a draft's
 * page is measured as the tab that writes it, not as a read-only second tab) and names the URL.
 */
async function firstLoadJs(browser: Browser, target: (page: Page) => Promise<string>, ready: (page: Page) => Locator) {
  const context = await browser.newContext();
  const preparing = await context.newPage();
  const url = await target(preparing);
  await preparing.close();
  const fresh = await context.newPage();
  const cdp = await context.newCDPSession(fresh);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts: Promise<{ url: string; gz: number; pdfjs: boolean }>[] = [];
  fresh.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.push(response.body().then((body) => ({ url: response.url(), gz: gzipSync(body).length, pdfjs: body.includes(PDFJS_MARK) })));
    }
  });
  const html = (await (await fresh.goto(url))?.text()) ?? '';
  const named = new Set([...html.matchAll(/<script src="([^"]+\.js)"/g)].map((m) => new URL(m[1] ?? '', url).href));
  await ready(fresh).waitFor({ state: 'visible' });
  await fresh.waitForLoadState('networkidle');
  const loaded = await Promise.all(scripts);
  await context.close();
  const kb = (list: typeof loaded) => list.reduce((sum, s) => sum + s.gz, 0) / 1024;
  return { kb: kb(loaded), htmlKb: kb(loaded.filter((s) => named.has(s.url))), docx: loaded.some((s) => /docx/i.test(s.url)), pdfjs: loaded.some((s) => s.pdfjs) };
}

/**
 * Times each keystroke on `page` from `keydown` to the frame after 「（七）总计 总计」 changed (the
 * latencies gather in `window.latencies`). `marks`: also a user-timing mark at either end (the
 * trace's windows).
 */
export async function timeKeystrokes(page: Page, options: { marks?: boolean } = {}): Promise<void> {
  await page.evaluate((marks) => {
    const w = window as unknown as { latencies: number[] };
    w.latencies = [];
    const total = document.getElementById('field-applications-resultsTotal-total');
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        if (marks) performance.mark('nianbao-key-start');
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              if (marks) performance.mark('nianbao-key-end');
              w.latencies.push(performance.now() - start);
            }, 0),
          );
        });
        if (total) observer.observe(total, { childList: true, characterData: true, subtree: true });
      },
      true,
    );
  }, options.marks === true);
}

/**
 * Types and erases a digit `count` times in the focused cell of a page `timeKeystrokes` set up,
 * each key once the one before has painted; returns all the latencies so far. `polling`: how often
 * the page is asked whether the key landed (every frame unless given: a trace wants it rare, so
 * that the asking hardly shows).
 */
export async function pressKeys(page: Page, count: number, options: { polling?: number } = {}): Promise<number[]> {
  const before = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies.length);
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i % 2 === 0 ? String((i % 9) + 1) : 'Backspace');
    await page.waitForFunction((n) => (window as unknown as { latencies: number[] }).latencies.length >= n, before + i + 1, options.polling ? { polling: options.polling } : {});
  }
  return page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
}

/** `timeKeystrokes` and `pressKeys` at once: `count` keys typed and timed. */
export async function typeKeys(page: Page, count: number, options: { marks?: boolean; polling?: number } = {}): Promise<number[]> {
  await timeKeystrokes(page, options);
  return pressKeys(page, count, options);
}

/** 「（一）予以公开 自然人」 of `page` focused, at the 4× CPU throttle of every keystroke figure. */
async function readyToType(page: Page): Promise<void> {
  await table3Cell(page).click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await timeKeystrokes(page);
}

async function appPage(browser: Browser, base: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const id = await newDraft(page, base);
  await page.goto(`${base}report/?id=${id}&step=applications`);
  await readyToType(page);
  return page;
}

/**
 * For scale: table 三 drawn from the same template — every merge, label, input and computed
 * total, same ids — as a plain page whose only script recomputes the totals, served from the
 * app's origin: what the table itself costs this browser, before any app code and any tuning.
 */
export function floorPage(): string {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const computed = TABLE3.rows.flat().flatMap((c) => (c.kind === 'value' && c.computed ? [{ id: fieldId(c.path), addends: c.computed.addends.map(fieldId) }] : []));
  const rows = TABLE3.rows
    .map((row) => {
      const cells = row.map((c) => {
        const span = `${c.kind === 'label' && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
        if (c.kind === 'label') return `<th${span}>${esc(c.text)}</th>`;
        const id = fieldId(c.path);
        return c.computed ? `<td${span}><output id="${id}"></output></td>` : `<td${span}><input id="${id}" aria-label="${esc(c.name)}" autocomplete="off"></td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  const script = `const computed=${JSON.stringify(computed)};const value=(id)=>{const el=document.getElementById(id);const v=el.tagName==='INPUT'?el.value:el.textContent;return v===''?0:Number(v)||0};document.addEventListener('input',()=>{for(const c of computed){const sum=String(c.addends.reduce((s,a)=>s+value(a),0));const el=document.getElementById(c.id);if(el.textContent!==sum)el.textContent=sum}});`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>floor</title><style>table{border-collapse:collapse;table-layout:fixed;width:100%;min-width:56rem;font:14px/20px sans-serif}th,td{border:1px solid #a8a29e;padding:2px}input{width:100%;box-sizing:border-box;padding:4px;text-align:center}output{display:block;min-height:30px;padding:4px;text-align:center;font-weight:600}</style></head><body><div style="overflow-x:auto"><table><tbody>${rows}</tbody></table></div><script>${script}</script></body></html>`;
}

async function plainPage(browser: Browser, base: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const url = `${base}bench-floor/`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: floorPage() }));
  await page.goto(url);
  await readyToType(page);
  return page;
}

/** Keys per turn of the keystroke figure: the app and the plain page type in turns. */
export const ROUND_KEYS = 20;
/** The first keys of a page, while V8 still runs its code unoptimised (left out of the steady figure). */
export const WARM_UP_KEYS = 20;

/**
 * The app's and the plain page's `count` keystrokes each, in turns of ROUND_KEYS (the app first in
 * even rounds, the plain page in odd ones), so that a slow minute of this shared machine falls on
 * both figures alike rather than on whichever ran then.
 */
async function keystrokeRounds(browser: Browser, base: string, count: number): Promise<{ app: number[]; plain: number[] }> {
  const pages = { app: await appPage(browser, base), plain: await plainPage(browser, base) };
  const latencies = { app: [] as number[], plain: [] as number[] };
  for (let round = 0; round * ROUND_KEYS < count; round++) {
    for (const which of round % 2 === 0 ? (['app', 'plain'] as const) : (['plain', 'app'] as const)) latencies[which] = await pressKeys(pages[which], ROUND_KEYS);
  }
  await pages.app.context().close();
  await pages.plain.context().close();
  return latencies;
}

/** The writable 表三 cell every keystroke figure types into: on screen means the step is. */
export const table3Cell = (page: Page) => page.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true });

async function firstLoads(browser: Browser, base: string): Promise<FirstLoadJs[]> {
  const draftAt = (step: string) => async (page: Page) => `${base}report/?id=${await newDraft(page, base)}&step=${step}`;
  return [
    { page: '首页', ...(await firstLoadJs(browser, async () => base, (page) => page.getByRole('button', { name: '新建报告' }))) },
    // In the tab that writes the draft, once 表三's cells are on screen and editable.
    { page: '表三步骤', ...(await firstLoadJs(browser, draftAt('applications'), (page) => table3Cell(page).and(page.locator(':not([readonly])')))) },
    { page: '预览', ...(await firstLoadJs(browser, draftAt('preview'), (page) => page.getByRole('region', { name: '第 1 页' }))) },
    { page: '从上年报告开始', ...(await firstLoadJs(browser, async () => `${base}import/`, (page) => page.getByRole('heading', { level: 1, name: '从上年报告开始' }))) },
  ];
}

export async function browserFigures(base: string, reportFile: string, pdfFile: string, parts: ReadonlySet<BrowserPart>): Promise<BrowserFigures> {
  const browser = await chromium.launch(LAUNCH);
  try {
    const figures: BrowserFigures = {};
    if (parts.has('keystroke')) {
      const { app, plain } = await keystrokeRounds(browser, base, 200);
      figures.keystroke = {
        keystrokeP50: percentile(app, 50),
        keystrokeP95: percentile(app, 95),
        floorP50: percentile(plain, 50),
        floorP95: percentile(plain, 95),
        steadyP95: percentile(app.slice(WARM_UP_KEYS), 95),
        floorSteadyP95: percentile(plain.slice(WARM_UP_KEYS), 95),
      };
    }
    if (parts.has('js')) figures.js = await firstLoads(browser, base);
    if (parts.has('exports')) figures.exports = { ...(await exports(browser, base, reportFile)), ...(await pdfImports(browser, base, pdfFile)) };
    return figures;
  } finally {
    await browser.close();
  }
}
