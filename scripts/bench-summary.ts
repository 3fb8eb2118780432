// The 汇总与核查 benchmark: `nianbao summary` of 1,000 report files, a prefecture's year (900 report
// files, 50 Word files and 50 web pages exported by the app, in 20 folders), run as a clerk runs it
// (node bin/nianbao.mjs, a process of its own) with the workbook and the summed report written;
// wall time and the process's peak memory (max RSS, threads included) by /usr/bin/time.
// `tsx scripts/bench-summary.ts` runs this line alone; `npm run bench` runs it with the rest.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { ourDocx, ourHtml } from '@/lib/import/testing/document-fixtures';

/** Wall time, the CPU time of all its threads (user + system: what a quiet machine would not wait for), peak memory. */
export type SummaryFigures = { files: number; seconds: number; cpuSeconds: number; maxRssMb: number; code: number };

const FILES = 1000;
const FOLDERS = 20;
const DOCUMENTS = 50;

/** A department's report, its numbers varied so that no two are alike. */
const department = (i: number) => setAt(setAt({ ...busyReport(), meta: { ...busyReport().meta, agency: `某市第${i + 1}部门` } }, 'proactive.licensing', i), 'proactive.punishment', i % 97);

async function writeFiles(root: string): Promise<void> {
  for (let f = 0; f < FOLDERS; f++) mkdirSync(join(root, `县${f + 1}`));
  for (let i = 0; i < FILES; i++) {
    const folder = join(root, `县${(i % FOLDERS) + 1}`);
    const report = department(i);
    if (i < DOCUMENTS) writeFileSync(join(folder, `部门${i + 1}.docx`), await ourDocx(report));
    else if (i < 2 * DOCUMENTS) writeFileSync(join(folder, `部门${i + 1}.html`), ourHtml(report));
    else writeFileSync(join(folder, `部门${i + 1}.nianbao.json`), JSON.stringify(report, null, 2));
  }
}

export async function summaryFigures(): Promise<SummaryFigures> {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-bench-summary-'));
  const input = join(root, '部门年报');
  mkdirSync(input);
  try {
    await writeFiles(input);
    const bin = fileURLToPath(new URL('../bin/nianbao.mjs', import.meta.url));
    const args = ['-f', '%e %U %S %M', process.execPath, bin, 'summary', input, '--agency', '某市', '-o', join(root, '汇总.nianbao.json'), '--xlsx', join(root, '汇总.xlsx'), '--json'];
    // A warm start, as on the clerk's second run: tsx has compiled the TypeScript once.
    await promisify(execFile)(process.execPath, [bin, 'summary', '--help']);
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile('/usr/bin/time', args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr }));
    });
    const measured = /([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
    if (!measured) throw new Error(`no figures from /usr/bin/time: ${stderr.slice(-500)}`);
    return { files: FILES, seconds: Number(measured[1]), cpuSeconds: Number(measured[2]) + Number(measured[3]), maxRssMb: Number(measured[4]) / 1024, code };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await summaryFigures();
  console.log(`nianbao summary：${figures.files} 个文件，${figures.seconds.toFixed(2)} s（CPU ${figures.cpuSeconds.toFixed(2)} s），最大内存 ${figures.maxRssMb.toFixed(0)} MB，退出码 ${figures.code}`);
}
