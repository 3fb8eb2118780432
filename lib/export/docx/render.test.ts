// The DOCX as LibreOffice prints it: the busy report, the report at 40 lengths of section 五 and 24
// of section 一, and a page of plain prose — converted in one soffice call. Needs soffice and
// poppler: without them the tests fail (they are how the layout is checked, so they must not be
// skipped quietly).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { buildDocx } from './document';
import { reportProperties } from '@/lib/report/file/embedding';
import { printModelOf } from '../print-model';
import { closingVariants, GROUP_ROW_MARKS, PLAIN_PROSE, plainProseVariant, tableVariants, type Variant } from '../testing/prose-lengths';

const INSTALL = 'apt-get install -y libreoffice-writer-nogui poppler-utils';
const PT_PER_MM = 72 / 25.4;
const today = new Date(2025, 10, 1);
const model = printModelOf(busyReport(), today);
const dir = mkdtempSync(join(tmpdir(), 'nianbao-docx-'));
const pdf = join(dir, 'report.pdf');
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', timeout: 240_000, stdio: ['ignore', 'pipe', 'pipe'] });
const closings = closingVariants();
const tables = tableVariants();
const prose = plainProseVariant();

function onPath(command: string): boolean {
  try {
    run('which', [command]);
    return true;
  } catch {
    return false;
  }
}

/** The pages of a rendered variant as text, in the order LibreOffice paints it. */
const pagesOf = (name: string, mode: '-raw' | '-layout' = '-raw') =>
  run('pdftotext', [mode, join(dir, `${name}.pdf`), '-'])
    .split('\f')
    .filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The texts of the rows of a table, each row's cells joined without white space as LibreOffice paints them. */
function rowTexts(id: 'table3' | 'table4'): string[] {
  const table = model.blocks.flatMap((b) => (b.kind === 'table' && b.table.id === id ? [b.table] : []))[0];
  return table?.rows.map((row) => row.map((c) => c.lines.join('')).join('')) ?? [];
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
  const variants: Variant[] = [{ name: 'report', report: busyReport() }, ...closings, ...tables, prose];
  const files = await Promise.all(
    variants.map(async ({ name, report }) => {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await buildDocx(printModelOf(report, today), await reportProperties(report)));
      return file;
    }),
  );
  // One soffice for all: starting it is most of the time a conversion takes.
  run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files]);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the busy report rendered by LibreOffice', () => {
  it('prints every label and number of tables 三 and 四 in reading order', () => {
    // -raw keeps the order the cells are painted in; -layout interleaves the lines of wrapped cells side by side.
    const text = squeezed(run('pdftotext', ['-raw', pdf, '-']));
    const rows = [...rowTexts('table3'), ...rowTexts('table4')];
    expect(rows).toHaveLength(32);
    expect(rows).toContain('一、本年新收政府信息公开申请数量4062141' + '54');
    expect(rows).toContain('（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请1000001');
    expect(missingInOrder(text, rows)).toEqual([]);
    const layout = run('pdftotext', ['-layout', pdf, '-']);
    expect(layout).toMatch(/四、结转下年度继续办理\s+4\s+1\s+0\s+0\s+1\s+1\s+7/);
  });

  it('repeats the header of table 三 on the page it runs on to', () => {
    const text = squeezed(run('pdftotext', ['-raw', pdf, '-']));
    const header = rowTexts('table3').slice(0, 3).join('');
    expect(text.split(header).length - 1).toBeGreaterThanOrEqual(2);
  });

  it('takes 4 A4 pages, numbered 「— N —」 from 1', () => {
    const info = run('pdfinfo', [pdf]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBe(4);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pagesOf('report').map((page) => /—\s*(\d+)\s*—/.exec(page)?.[1])).toEqual(Array.from({ length: pages }, (_, i) => String(i + 1)));
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

describe('the DOCX at many lengths of prose, rendered by LibreOffice', () => {
  it('never leaves the closing alone on a page, at 40 lengths of section 五', () => {
    const lastPages = closings.map(({ name }) => {
      const lines = (pagesOf(name, '-layout').at(-1) ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/^—\s*\d+\s*—$/.test(line));
      return { name, lines };
    });
    const alone = lastPages.filter(({ lines }) => lines.every((line) => ['某某市自然资源局', '2026 年 1 月 16 日'].includes(line)));
    expect(alone.map((p) => p.name)).toEqual([]);
    // With the closing, at least the last two lines of the body: the 40 lengths put it at every place of its page.
    for (const { lines } of lastPages) expect(lines.slice(-2)).toEqual(['某某市自然资源局', '2026 年 1 月 16 日']);
    expect(Math.min(...lastPages.map((p) => p.lines.length))).toBeGreaterThanOrEqual(4);
    expect(new Set(lastPages.map((p) => p.lines.length)).size).toBeGreaterThanOrEqual(8);
  });

  it('breaks table 三 only between its groups of rows, with the header repeated, wherever the table starts', () => {
    const labels = ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];
    const layouts = tables.map(({ name }) => {
      const pages = pagesOf(name).map(squeezed);
      const pageOf = (mark: string) => pages.findIndex((page) => page.includes(mark));
      const group = GROUP_ROW_MARKS.map(pageOf);
      const page = pages[group[0] ?? -1] ?? '';
      return {
        name,
        first: pageOf('一、本年新收政府信息公开申请数量'),
        group,
        last: pageOf('四、结转下年度继续办理'),
        labelsWhole: labels.filter((label) => page.includes(label)).length,
        header: page.includes('申请人情况自然人法人或其他组织总计商业企业科研机构'),
      };
    });
    for (const layout of layouts) {
      expect(layout.group.every((p) => p === layout.group[0] && p >= 0), layout.name).toBe(true);
      expect([layout.labelsWhole, layout.header], layout.name).toEqual([labels.length, true]);
      expect(layout.first, layout.name).toBeLessThanOrEqual(layout.group[0] ?? -1);
      expect(layout.last, layout.name).toBeGreaterThanOrEqual(layout.group[0] ?? Infinity);
    }
    // The 24 starts move the table through a whole page: 一 stands on three different pages.
    expect(new Set(layouts.map((l) => l.first)).size).toBeGreaterThanOrEqual(3);
  });

  it('sets 28 characters a line of plain prose, 26 after the indent', () => {
    const text = pagesOf(prose.name, '-layout').join('\n');
    const lines = text.split('\n').map(squeezed).filter((line) => line !== '' && PLAIN_PROSE.includes(line) && line.length > 20);
    expect(lines.map((line) => [...line].length)).toEqual([26, 28, 28, 28, 28, 28, 28, 28, 28, 28]);
    expect(lines.join('')).toBe(PLAIN_PROSE);
  });
});
