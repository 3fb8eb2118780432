// `NIANBAO_SOURCE_MAPS=1 npm run build && tsx scripts/profile-keystroke.ts [keys]`: which of our
// functions (and which libraries') a 表三 keystroke's script time goes to. Types the bench's
// keystrokes at its 4× CPU throttle under V8's sampling profiler and prints the self time per key
// by original source (through the build's source maps), largest first.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { LAUNCH, newDraft, table3Cell, typeKeys } from './bench-browser';

const keys = Number(process.argv[2] ?? 100);
const port = 3900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((ready) => server.stdout?.once('data', () => ready()));
const base = `http://127.0.0.1:${port}/`;

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const maps = new Map<string, SourceMapConsumer | null>();
function mapFor(url: string): SourceMapConsumer | null {
  if (maps.has(url)) return maps.get(url) ?? null;
  const file = join('out', new URL(url).pathname);
  const map = existsSync(`${file}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null;
  maps.set(url, map);
  return map;
}

function where(frame: Node['callFrame']): string {
  if (!frame.url) return `(${frame.functionName || 'program'})`;
  const map = mapFor(frame.url);
  const pos = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!pos?.source) return `${frame.url.replace(/^.*\//, '')} ${frame.functionName}`;
  const source = pos.source.replace(/^.*node_modules\//, '').replace(/^.*_N_E\/(\.\/)?/, '');
  return `${source}:${pos.line} ${pos.name ?? frame.functionName}`;
}

try {
  const browser = await chromium.launch(LAUNCH);
  const page = await browser.newPage();
  const id = await newDraft(page, base);
  await page.goto(`${base}report/?id=${id}&step=applications`);
  await table3Cell(page).click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // PROFILE_WARM=0: the first keys too (the tiers V8 climbs through while the clerk starts typing).
  const warm = Number(process.env.PROFILE_WARM ?? 10);
  if (warm > 0) await typeKeys(page, warm);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await typeKeys(page, keys, { polling: 50 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await browser.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((sample, i) => {
    const node = byId.get(sample);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || ['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName)) return;
    const key = where(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  console.log(`script self time per key: ${(total / keys).toFixed(2)} ms (${keys} keys, 4× throttle)`);
  const byModule = new Map<string, number>();
  for (const [key, ms] of self) {
    const source = key.replace(/:\d+ .*$/, '').replace(/^\((?!program).*\)$/, '(browser APIs: localStorage, IndexedDB, timers, BroadcastChannel)');
    byModule.set(source, (byModule.get(source) ?? 0) + ms);
  }
  console.log('\nby module:');
  for (const [source, ms] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / keys).toFixed(3).padStart(8)} ms  ${source}`);
  console.log('\nby function:');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(ms / keys).toFixed(3).padStart(8)} ms  ${key}`);
} finally {
  server.kill();
}
