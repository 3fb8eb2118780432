// The busy report's DOCX as LibreOffice prints it. Needs soffice and poppler: without them the
// tests fail (they are how the layout is checked, so they must not be skipped quietly).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { buildDocx } from './document';
import { reportProperties } from '@/lib/report/file/embedding';
import { printModelOf } from '../print-model';

const INSTALL = 'apt-get install -y libreoffice-writer-nogui poppler-utils';
const PT_PER_MM = 72 / 25.4;
const model = printModelOf(busyReport(), new Date(2025, 10, 1));
const dir = mkdtempSync(join(tmpdir(), 'nianbao-docx-'));
const pdf = join(dir, 'report.pdf');
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', timeout: 90_000, stdio: ['ignore', 'pipe', 'pipe'] });

function onPath(command: string): boolean {
  try {
    run('which', [command]);
    return true;
  } catch {
    return false;
  }
}

/** The texts of the rows of a table, each row's cells joined without white space as LibreOffice paints them. */
function rowTexts(id: 'table3' | 'table4'): string[] {
  const table = model.blocks.flatMap((b) => (b.kind === 'table' && b.table.id === id ? [b.table] : []))[0];
  return table?.rows.map((row) => row.map((c) => c.text).join('')) ?? [];
}

/** The needles not found in `haystack` one after another. */
function missingInOrder(haystack: string, needles: readonly string[]): string[] {
  let at = 0;
  return needles.filter((needle) => {
    const found = haystack.indexOf(needle, at);
    if (found >= 0) at = found + needle.length;
    return found < 0;
  });
}

beforeAll(async () => {
  const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((c) => !onPath(c));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} not on the PATH: run \`${INSTALL}\` (as root) to render the DOCX`);
  const docx = join(dir, 'report.docx');
  writeFileSync(docx, await buildDocx(model, await reportProperties(busyReport())));
  run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the busy report rendered by LibreOffice', () => {
  it('prints every label and number of tables 三 and 四 in reading order', () => {
    // -raw keeps the order the cells are painted in; -layout interleaves the lines of wrapped cells side by side.
    const text = run('pdftotext', ['-raw', pdf, '-']).replace(/\s+/g, '');
    const rows = [...rowTexts('table3'), ...rowTexts('table4')];
    expect(rows).toHaveLength(32);
    expect(rows).toContain('一、本年新收政府信息公开申请数量4062141' + '54');
    expect(rows).toContain('（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请1000001');
    expect(missingInOrder(text, rows)).toEqual([]);
    const layout = run('pdftotext', ['-layout', pdf, '-']);
    expect(layout).toMatch(/四、结转下年度继续办理\s+4\s+1\s+0\s+0\s+1\s+1\s+7/);
  });

  it('repeats the header of table 三 on the page it runs on to', () => {
    const text = run('pdftotext', ['-raw', pdf, '-']).replace(/\s+/g, '');
    const header = rowTexts('table3').slice(0, 3).join('');
    expect(text.split(header).length - 1).toBeGreaterThanOrEqual(2);
  });

  it('takes 3 to 8 A4 pages', () => {
    const info = run('pdfinfo', [pdf]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(8);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('keeps every word within the 156 mm type area, 28 mm from the left edge', () => {
    const bbox = run('pdftotext', ['-bbox', pdf, '-']);
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)].map((m) => ({
      left: Number(m[1]),
      right: Number(m[2]),
      text: m[3] ?? '',
    }));
    expect(words.length).toBeGreaterThan(400);
    const edge = { left: 28 * PT_PER_MM - 0.5, right: (210 - 26) * PT_PER_MM + 0.5 };
    expect(words.filter((w) => w.left < edge.left)).toEqual([]);
    // A closing 。，、 may hang into the margin (标点溢出边界), as Word and WPS let it by default; nothing else may.
    const hangs = (w: (typeof words)[number]) => /[。，、；：！？”’）》]$/.test(w.text) && w.right <= edge.right + 16;
    expect(words.filter((w) => w.right > edge.right && !hangs(w))).toEqual([]);
  });
});
