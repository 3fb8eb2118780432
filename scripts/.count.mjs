import { chromium } from '@playwright/test';
const base = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext(); const p = await ctx.newPage();
await p.goto(base); await p.getByRole('button', { name: '新建报告' }).click(); await p.waitForURL(/id=/);
const id = new URL(p.url()).searchParams.get('id');
await p.goto(`${base}report/?id=${id}&step=applications`);
await p.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true }).click();
await p.evaluate(() => {
  const w = window;
  w.counts = {}; w.stacks = {};
  const wrap = (proto, prop) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop); if (!d) return;
    if (d.get) Object.defineProperty(proto, prop, { ...d, get() { w.counts[prop] = (w.counts[prop] ?? 0) + 1; const s = (new Error().stack ?? '').split('\n').slice(2, 5).join(' | '); w.stacks[prop + ' ' + s] = (w.stacks[prop + ' ' + s] ?? 0) + 1; return d.get.call(this); } });
    else if (typeof d.value === 'function') { const f = d.value; Object.defineProperty(proto, prop, { ...d, value(...a) { w.counts[prop] = (w.counts[prop] ?? 0) + 1; return f.apply(this, a); } }); }
  };
  for (const prop of ['offsetWidth','offsetHeight','offsetTop','offsetLeft','offsetParent','clientWidth','clientHeight','scrollTop','scrollHeight','innerText']) wrap(HTMLElement.prototype, prop);
  for (const prop of ['getBoundingClientRect','getClientRects','scrollIntoView','focus']) wrap(Element.prototype, prop);
  for (const prop of ['value','selectionStart','selectionEnd','validity','checkValidity','validationMessage','willValidate']) wrap(HTMLInputElement.prototype, prop);
  wrap(window, 'getComputedStyle');
});
await p.keyboard.press('7');
await p.waitForTimeout(600);
const r = await p.evaluate(() => ({ counts: window.counts, stacks: window.stacks }));
console.log(r.counts);
Object.entries(r.stacks).sort((a, b) => b[1] - a[1]).slice(0, 6).forEach(([k, v]) => console.log(v, k.slice(0, 400)));
await b.close();
