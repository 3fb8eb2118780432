// PDFs of our own exports, made as a clerk would make them: the Word file converted by LibreOffice
// and the web page printed by Chromium. Neither carries the embedded report, so each is recognised
// from its text, and every cell must land. Needs soffice and Chromium (as the render test and the
// e2e tests do): without them the tests fail rather than pass quietly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '@/lib/export/docx/document';
import { renderHtmlDocument } from '@/lib/export/html/page';
import { printModelOf } from '@/lib/export/print-model';
import { reportProperties } from '@/lib/report/file/embedding';
import { getAt } from '@/lib/report/paths';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { importDocument } from '../../import-document';

const report = busyReport();
const model = printModelOf(report, new Date(2025, 10, 1));
const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
const pdfs = new Map<string, Uint8Array>();

beforeAll(async () => {
  writeFileSync(join(dir, 'report.docx'), await buildDocx(model, await reportProperties(report)));
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { timeout: 120_000, stdio: 'ignore' });
  pdfs.set('LibreOffice', new Uint8Array(readFileSync(join(dir, 'report.pdf'))));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(renderHtmlDocument(model, report));
    pdfs.set('Chromium', new Uint8Array(await page.pdf({ format: 'A4' })));
  } finally {
    await browser.close();
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['LibreOffice', 'Chromium'])('our own export printed to PDF by %s', (maker) => {
  it('is recognised, not read back, with every number of tables 二, 三 and 四 in its cell', async () => {
    const outcome = await importDocument(pdfs.get(maker) ?? new Uint8Array(), 'report.pdf');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.source).toBe('recognised');
    expect(outcome.missing).toEqual([]);
    expect(outcome.tables.map((t) => [t.found, t.printed, t.unread])).toEqual([[10, 10, []], [175, 175, []], [15, 15, []]]);
    expect(INPUT_CELLS.filter((cell) => String(getAt(outcome.report, cell.path)) !== String(getAt(report, cell.path))).map((cell) => cell.path)).toEqual([]);
    expect(INPUT_CELLS).toHaveLength(166);
  });

  it('gives back the texts as written, 一 and 民 as themselves (Chromium spells them ⼀ and ⺠)', async () => {
    const outcome = await importDocument(pdfs.get(maker) ?? new Uint8Array(), 'report.pdf');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.report.meta).toMatchObject({ agency: '某某市自然资源局', year: 2025 });
    expect(outcome.report.overview).toEqual(report.overview);
    expect(outcome.report.problems).toEqual(report.problems);
  });
});
