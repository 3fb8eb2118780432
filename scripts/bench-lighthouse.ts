// Lighthouse figures for `npm run bench`: performance and accessibility (system Chromium) on the
// home page and on the table-三 step of a fresh draft, with the desktop preset and with the mobile
// one (Lighthouse's default: a slow CPU and network simulated, the issue's target). Loopback only: Chromium is
// started with its background networking off, and Lighthouse only drives that Chromium.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';

export type LighthousePreset = 'desktop' | 'mobile';
export type LighthouseFigure = { page: string; preset: LighthousePreset; performance: number; accessibility: number };
export const PRESET_NAMES: Record<LighthousePreset, string> = { desktop: '桌面', mobile: '移动' };

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
];

/** Creates a draft in the browser's default context (the one Lighthouse's tab shares) and returns its table-三 URL. */
async function tableStepUrl(port: number, base: string): Promise<string> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('Lighthouse: Chromium has no default browser context to create the draft in');
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('button', { name: '新建报告' }).click();
    await page.waitForURL(/id=/);
    const url = new URL(page.url());
    url.searchParams.set('step', 'applications');
    // The draft must open on table 三 here, or Lighthouse would audit something else.
    await page.goto(url.toString());
    await page.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true }).waitFor();
    await page.close();
    return url.toString();
  } finally {
    // Disconnects from a connectOverCDP browser; Chromium and its storage stay.
    await browser.close();
  }
}

async function audit(port: number, name: string, url: string, preset: LighthousePreset): Promise<LighthouseFigure> {
  let result;
  try {
    result = await lighthouse(
      url,
      {
        port,
        hostname: '127.0.0.1',
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        // Keep the IndexedDB draft the table-三 URL points at.
        disableStorageReset: true,
      },
      // No config: Lighthouse's default, the mobile preset.
      preset === 'desktop' ? desktopConfig : undefined,
    );
  } catch (error) {
    throw new Error(`Lighthouse (${preset}) failed on ${name} (${url}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!result) throw new Error(`Lighthouse returned no result for ${name} (${url})`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${name} (${url}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const performance = lhr.categories.performance?.score;
  const accessibility = lhr.categories.accessibility?.score;
  if (typeof performance !== 'number' || typeof accessibility !== 'number') {
    const warnings = lhr.runWarnings.join('; ');
    throw new Error(`Lighthouse gave no score on ${name} (${url}): performance ${performance}, accessibility ${accessibility}${warnings ? ` — ${warnings}` : ''}`);
  }
  if (process.env.LIGHTHOUSE_DETAILS) reportDetails(`${name}（${PRESET_NAMES[preset]}）`, lhr);
  return { page: name, preset, performance, accessibility };
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** With LIGHTHOUSE_DETAILS=1: failing accessibility audits (with nodes) and performance metrics/opportunities. */
function reportDetails(name: string, lhr: Lhr) {
  console.error(`\n[lighthouse] ${name} ${lhr.finalDisplayedUrl} (Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent}; DOM ${lhr.audits['dom-size']?.displayValue})`);
  for (const [category, summary] of Object.entries(lhr.categories)) {
    console.error(`  ${category}: ${summary.score}`);
    for (const ref of summary.auditRefs) {
      const result = lhr.audits[ref.id];
      if (!result || result.score === null || result.score >= 1 || (ref.weight === 0 && category === 'accessibility')) continue;
      if (category === 'performance' && ref.weight === 0 && (result.scoreDisplayMode === 'informative' || result.score >= 0.9)) continue;
      console.error(`    ✗ ${ref.id} (weight ${ref.weight}, score ${result.score}): ${result.title}${result.displayValue ? ` — ${result.displayValue}` : ''}`);
      const details = result.details as { items?: unknown } | undefined;
      const items = Array.isArray(details?.items) ? (details.items as { node?: { selector?: string; snippet?: string; explanation?: string } }[]) : [];
      for (const item of items) {
        if (item.node) console.error(`        ${item.node.selector} ${item.node.snippet ?? ''}\n          ${(item.node.explanation ?? '').replace(/\n/g, ' ')}`);
      }
    }
  }
  // Where the blocking time is: the main thread's long tasks (simulated), and script time per file.
  const items = (id: string) => ((lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []);
  for (const task of items('long-tasks')) console.error(`    long task at ${Math.round(Number(task.startTime))} ms: ${Math.round(Number(task.duration))} ms ${String(task.url).replace(/^.*\/_next\//, '')}`);
  for (const file of items('bootup-time')) console.error(`    script ${String(file.url).replace(/^.*\/_next\//, '')}: ${Math.round(Number(file.scripting))} ms run, ${Math.round(Number(file.scriptParseCompile))} ms parse`);
  const metrics = items('metrics')[0] ?? {};
  console.error(`    observed: FCP ${metrics.observedFirstContentfulPaint} LCP ${metrics.observedLargestContentfulPaint} load ${metrics.observedLoad}; simulated LCP ${metrics.largestContentfulPaint}`);
  for (const group of items('mainthread-work-breakdown')) console.error(`    main thread ${String(group.groupLabel)}: ${Math.round(Number(group.duration))} ms`);
}

export async function lighthouseFigures(base: string): Promise<LighthouseFigure[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'error',
  });
  try {
    const figures: LighthouseFigure[] = [];
    // LIGHTHOUSE_PRESET=mobile (or desktop): one preset only, to look at it.
    const presets = (['desktop', 'mobile'] as const).filter((p) => !process.env.LIGHTHOUSE_PRESET || p === process.env.LIGHTHOUSE_PRESET);
    for (const preset of presets) {
      figures.push(await audit(chrome.port, '首页', base, preset));
      // A fresh draft each time: the audit of one preset leaves its page's state behind.
      figures.push(await audit(chrome.port, '表三步骤', await tableStepUrl(chrome.port, base), preset));
    }
    return figures;
  } finally {
    chrome.kill();
  }
}
