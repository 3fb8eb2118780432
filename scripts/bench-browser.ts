// Browser figures for `npm run bench`: keystroke → painted totals in table 三 under a 4× CPU
// throttle, and the gzipped JavaScript each page loads on a first visit.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export type BrowserFigures = { keystrokeP50: number; keystrokeP95: number; js: { page: string; kb: number; docx: boolean }[] };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function newDraft(page: Page, base: string): Promise<string> {
  await page.goto(base);
  await page.getByRole('button', { name: '新建报告' }).click();
  await page.waitForURL(/id=/);
  return new URL(page.url()).searchParams.get('id') ?? '';
}

/** Gzipped JS a page loads with an empty cache; `target` prepares the context and names the URL. */
async function firstLoadJs(browser: Browser, target: (page: Page) => Promise<string>) {
  const context = await browser.newContext();
  const url = await target(await context.newPage());
  const fresh = await context.newPage();
  const cdp = await context.newCDPSession(fresh);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts: Promise<{ url: string; gz: number }>[] = [];
  fresh.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => ({ url: response.url(), gz: gzipSync(body).length })));
  });
  await fresh.goto(url, { waitUntil: 'networkidle' });
  const loaded = await Promise.all(scripts);
  await context.close();
  return { kb: loaded.reduce((sum, s) => sum + s.gz, 0) / 1024, docx: loaded.some((s) => /docx/i.test(s.url)) };
}

async function keystrokes(browser: Browser, base: string, count: number): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const id = await newDraft(page, base);
  await page.goto(`${base}report/?id=${id}&step=applications`);
  const input = page.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true });
  await input.click();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    const w = window as unknown as { latencies: number[] };
    w.latencies = [];
    const total = document.getElementById('field-applications-resultsTotal-total');
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => w.latencies.push(performance.now() - start), 0));
        });
        if (total) observer.observe(total, { childList: true, characterData: true, subtree: true });
      },
      true,
    );
  });
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i % 2 === 0 ? String((i % 9) + 1) : 'Backspace');
    await page.waitForFunction((n) => (window as unknown as { latencies: number[] }).latencies.length >= n, i + 1);
  }
  const latencies = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
  await context.close();
  return latencies;
}

export async function browserFigures(base: string): Promise<BrowserFigures> {
  const browser = await chromium.launch(LAUNCH);
  try {
    const latencies = await keystrokes(browser, base, 200);
    const home = await firstLoadJs(browser, async () => base);
    const table = await firstLoadJs(browser, async (page) => `${base}report/?id=${await newDraft(page, base)}&step=applications`);
    return {
      keystrokeP50: percentile(latencies, 50),
      keystrokeP95: percentile(latencies, 95),
      js: [
        { page: '首页', ...home },
        { page: '表三步骤', ...table },
      ],
    };
  } finally {
    await browser.close();
  }
}
