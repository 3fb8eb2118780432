// `tsx scripts/trace-keystroke.ts [keys]` (after npm run build): where a 表三 keystroke's time goes.
// Types and erases a digit in 「（一）予以公开 自然人」 `keys` times (default 100) at the 4× CPU
// throttle of the keystroke figure, under a Chromium Performance trace, then prints the renderer
// main thread's self time per key by DevTools' categories (script, style, layout, paint and
// compositing, other), beside the keystroke's latency in the same run — and the same for the plain
// page of the same table (the bench's reference line).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { LAUNCH, WARM_UP_KEYS, floorPage, newDraft, table3Cell, typeKeys } from './bench-browser';
import { percentile } from './bench-stats';

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } };
type Category = 'script' | 'style' | 'layout' | 'paint' | 'other';

/** DevTools' grouping of the renderer's trace events (its timeline categories, simplified). */
const CATEGORY: Record<string, Category> = {
  EventDispatch: 'script',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'script',
  'v8.run': 'script',
  'V8.Execute': 'script',
  MinorGC: 'script',
  MajorGC: 'script',
  'V8.GC_SCAVENGER': 'script',
  'BlinkGC.AtomicPhase': 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  'LocalFrameView::RunPostLayoutIntersectionObserverSteps': 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  'PaintArtifactCompositor::Update': 'paint',
};

const CATEGORIES: readonly Category[] = ['script', 'style', 'layout', 'paint', 'other'];
const LABEL: Record<Category, string> = { script: 'script', style: 'style', layout: 'layout', paint: 'paint + compositing', other: 'other (input routing, task scheduling)' };

/** Self time per category on the busiest renderer main thread (a nested event's time goes to its own category). */
/** Self time by event name of what falls in 'other', largest first (printed with TRACE_OTHER=1). */
const otherByName = new Map<string, number>();

function summarise(events: readonly TraceEvent[], within?: readonly (readonly [number, number])[]): Record<Category, number> {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !mains.has(key)) continue;
    if (within && !within.some(([from, to]) => e.ts >= from && e.ts < to)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const totals: Record<Category, number> = { script: 0, style: 0, layout: 0, paint: 0, other: 0 };
  // Complete events nest: walk them in start order with a stack, giving each its duration minus its children's.
  const sorted = [...busiest].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { end: number; category: Category; self: number; name: string }[] = [];
  const close = (until: number) => {
    while (stack.length && (stack.at(-1)?.end ?? 0) <= until) {
      const done = stack.pop();
      if (!done) continue;
      totals[done.category] += done.self;
      if (within && done.category === 'other') otherByName.set(done.name, (otherByName.get(done.name) ?? 0) + done.self);
    }
  };
  for (const e of sorted) {
    close(e.ts);
    const dur = e.dur ?? 0;
    const parent = stack.at(-1);
    if (parent) parent.self -= dur;
    // An event DevTools does not name takes its parent's category (a task's own work is 'other').
    stack.push({ end: e.ts + dur, category: CATEGORY[e.name] ?? parent?.category ?? 'other', self: dur, name: e.name });
  }
  close(Number.POSITIVE_INFINITY);
  for (const c of CATEGORIES) totals[c] /= 1000;
  return totals;
}

async function trace(browser: Browser, name: string, open: (page: Page) => Promise<void>, keys: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await open(page);
  await table3Cell(page).click();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel'] });
  const started = Date.now();
  // Polled every 50 ms, not every frame, so that the polling itself hardly shows in the trace.
  const latencies = await typeKeys(page, keys, { marks: true, polling: 50 });
  const wall = Date.now() - started;
  const buffer = await browser.stopTracing();
  await context.close();
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  if (process.env.TRACE_DUMP) writeFileSync(`${process.env.TRACE_DUMP}-${name === '年报助手 表三' ? 'app' : 'plain'}.json`, buffer);
  const marks = (name: string) => parsed.traceEvents.filter((e) => e.name === name).map((e) => e.ts).sort((a, b) => a - b);
  const starts = marks('nianbao-key-start');
  const ends = marks('nianbao-key-end');
  const windows = starts.map((from, i) => [from, ends[i] ?? from] as const);
  otherByName.clear();
  const inWindow = summarise(parsed.traceEvents, windows);
  const all = summarise(parsed.traceEvents);
  const sum = (t: Record<Category, number>) => CATEGORIES.reduce((total, c) => total + t[c], 0);
  console.log(`\n${name}: ${keys} keys (${windows.length} marked), latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (keydown → frame after the total changed)`);
  console.log('| renderer main thread, ms per key at 4× | keydown → frame | all the key caused (the deferred checks and save too) |');
  console.log('|---|---|---|');
  for (const c of CATEGORIES) console.log(`| ${LABEL[c]} | ${(inWindow[c] / keys).toFixed(2)} | ${(all[c] / keys).toFixed(2)} |`);
  console.log(`| **busy** | **${(sum(inWindow) / keys).toFixed(2)}** | **${(sum(all) / keys).toFixed(2)}** |`);
  console.log(`(wall ${(wall / keys).toFixed(1)} ms per key, the driver's round trips included)`);
  // The slowest tenth of the keys (what makes the p95): the same breakdown over their windows only.
  const slow = latencies.map((latency, i) => [latency, i] as const).sort((a, b) => b[0] - a[0]).slice(0, Math.max(1, Math.round(keys / 10)));
  const slowWindows = slow.map(([, i]) => windows[i]).filter((w): w is readonly [number, number] => w !== undefined);
  const inSlow = summarise(parsed.traceEvents, slowWindows);
  console.log(`slowest ${slow.length} keys (${slow.at(-1)?.[0].toFixed(1)}–${slow[0]?.[0].toFixed(1)} ms), ms per key: ${CATEGORIES.map((c) => `${c} ${(inSlow[c] / slow.length).toFixed(1)}`).join(', ')}; busy ${(sum(inSlow) / slow.length).toFixed(1)}`);
  // Which keys they are: the first ones (V8 still running our code unoptimised) or spread out.
  console.log(`slowest tenth, key numbers: ${slow.map(([, i]) => i + 1).sort((a, b) => a - b).join(' ')}; p95 without the first ${WARM_UP_KEYS} keys ${percentile(latencies.slice(WARM_UP_KEYS), 95).toFixed(1)} ms`);
  if (process.env.TRACE_OTHER) {
    const top = [...otherByName].sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.log(`other, keydown → frame: ${top.map(([n, us]) => `${n} ${(us / 1000 / keys).toFixed(2)}`).join(', ')}`);
  }
}

const keys = Number(process.argv[2] ?? 100);
const port = 3400 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;
try {
  for (let i = 0; i < 50 && !(await fetch(base).then((r) => r.ok).catch(() => false)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const browser = await chromium.launch(LAUNCH);
  try {
    await trace(
      browser,
      '年报助手 表三',
      async (page) => {
        const id = await newDraft(page, base);
        await page.goto(`${base}report/?id=${id}&step=applications`);
      },
      keys,
    );
    await trace(
      browser,
      '参照：原生页面的同一张表三',
      async (page) => {
        const url = `${base}bench-floor/`;
        await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: floorPage() }));
        await page.goto(url);
      },
      keys,
    );
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}
