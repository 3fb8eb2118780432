import { chromium } from '@playwright/test';
const base = process.argv[2]!;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext(); const p = await ctx.newPage();
await p.goto(base); await p.getByRole('button', { name: '新建报告' }).click(); await p.waitForURL(/id=/);
const id = new URL(p.url()).searchParams.get('id');
await p.goto(`${base}report/?id=${id}&step=applications`);
await p.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true }).click();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events: { name: string; dur?: number; ph: string }[] = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as typeof events)));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink', transferMode: 'ReportEvents' });
for (let i = 0; i < 20; i++) { await p.keyboard.press(i % 2 ? 'Backspace' : '7'); await p.waitForTimeout(150); }
await cdp.send('Tracing.end'); await done;
const sums = new Map<string, { ms: number; n: number }>();
for (const e of events) if (e.ph === 'X' && e.dur) { const s = sums.get(e.name) ?? { ms: 0, n: 0 }; s.ms += e.dur / 1000; s.n++; sums.set(e.name, s); }
[...sums.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 18).forEach(([k, v]) => console.log(v.ms.toFixed(1).padStart(8), String(v.n).padStart(5), k));
await b.close();
