// `node scripts/bench-spread.mjs run1.json run2.json run3.json`: several `npm run bench` results
// (bench/latest.json, copied after each run) as one table — each figure's median over the runs and
// its spread (lowest–highest), judged against its target by the median. The README's table is this.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('用法：node scripts/bench-spread.mjs 第一次.json 第二次.json …');
  process.exit(2);
}
const runs = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const format = (n) => (n < 10 ? n.toFixed(3) : n.toFixed(1));
const names = [...new Set(runs.flatMap((run) => run.figures.map((f) => f.name)))];
console.log(`${runs.length} 次运行：${runs.map((run) => run.at).join('，')}`);
console.log('');
console.log('| 指标 | 中位数 | 范围（最低–最高） | 目标 | |');
console.log('|---|---|---|---|---|');
for (const name of names) {
  const found = runs.map((run) => run.figures.find((f) => f.name === name)).filter(Boolean);
  const values = found.map((f) => f.value);
  const { unit, target, better } = found[0];
  const mid = median(values);
  const pass = better === 'lower' ? mid < target : mid >= target;
  const spread = `${format(Math.min(...values))}–${format(Math.max(...values))}${found.length < runs.length ? `（${found.length} 次）` : ''}`;
  console.log(`| ${name} | ${format(mid)} ${unit} | ${spread} | ${better === 'lower' ? '<' : '≥'} ${target} ${unit} | ${pass ? '✓' : '✗'} |`);
}
const floors = runs.map((run) => run.floor).filter(Boolean);
if (floors.length) {
  const p50 = floors.map((f) => f.p50);
  const p95 = floors.map((f) => f.p95);
  console.log('');
  console.log(`参照（原生页面的同一张表三）：p50 中位数 ${format(median(p50))} ms（${format(Math.min(...p50))}–${format(Math.max(...p50))}），p95 中位数 ${format(median(p95))} ms（${format(Math.min(...p95))}–${format(Math.max(...p95))}）。`);
  const steady = floors.filter((f) => f.steadyP95 !== undefined && f.appSteadyP95 !== undefined);
  if (steady.length) {
    const range = (xs) => `${format(median(xs))} ms（${format(Math.min(...xs))}–${format(Math.max(...xs))}）`;
    console.log(`去掉最初 20 键后的 p95 中位数：本应用 ${range(steady.map((f) => f.appSteadyP95))}，原生页面 ${range(steady.map((f) => f.steadyP95))}。`);
  }
}
