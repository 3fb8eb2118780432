// `npm run bench`'s 汇总与核查 line in the browser (the command line's is bench-summary.ts): in Chromium, 100 mixed report files (our report files, our
// Word files and web pages) chosen at once on /summary/ → every one read by the importer's worker,
// checked, and the sum drawn. Timed in the page from the mark the page sets when reading starts to
// the frame where the sum's heading counts all 100.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ourDocx, ourHtml } from '@/lib/import/testing/document-fixtures';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { LAUNCH } from './bench-browser';

export const SUMMARY_FILES = 100;

async function files(): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-bench-summary-'));
  const paths: string[] = [];
  for (let i = 0; i < SUMMARY_FILES; i++) {
    const report = setAt(setAt(busyReport(), 'meta.agency', `某某市第${i + 1}局`), 'proactive.licensing', i);
    const kind = i % 3;
    const file = join(folder, `第${i + 1}局.${kind === 0 ? 'nianbao.json' : kind === 1 ? 'docx' : 'html'}`);
    writeFileSync(file, kind === 0 ? JSON.stringify(report) : kind === 1 ? await ourDocx(report) : ourHtml(report));
    paths.push(file);
  }
  return paths;
}

/** Milliseconds from choosing the 100 files to the sum of all 100 on screen. */
export async function summaryFigure(base: string): Promise<number> {
  const paths = await files();
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await browser.newPage();
    await page.goto(`${base}summary/`);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件（可多选）' }).click();
    await (await choosing).setFiles(paths);
    const done = await page.waitForFunction(
      (n) => {
        const heading = document.getElementById('sum-heading')?.textContent ?? '';
        const start = performance.getEntriesByName('nianbao-summary-start').at(-1)?.startTime;
        return heading.includes(`${n} 份报告`) && start !== undefined ? performance.now() - start : false;
      },
      SUMMARY_FILES,
      { polling: 'raf', timeout: 300_000 },
    );
    return Number(await done.jsonValue());
  } finally {
    await browser.close();
  }
}
