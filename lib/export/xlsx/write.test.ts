import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '@/lib/import/read/xlsx/workbook';
import { writeWorkbook, type XlsxCell, type XlsxSheet } from './write';

const header: XlsxCell[] = ['机关', '文件', '数'].map((value) => ({ value, header: true, ruled: true, bold: true }));
const line = (i: number): XlsxCell[] => [
  { value: `第${i}局 & <某> "县"`, align: 'left', ruled: true },
  i % 3 === 0 ? { value: '', ruled: true } : { value: `${i}.docx`, align: 'left', ruled: true },
  { value: i * 7, ruled: true },
];
const sum: (XlsxCell | null)[] = [{ value: '合计', align: 'left', ruled: true, bold: true }, null, { value: 12345, ruled: true, bold: true }];
const sheet = (rows: (XlsxCell | null)[][]): XlsxSheet => ({ name: '明细', columns: [20, 20, 8], rows, heights: new Map([[0, 30]]), stickyRows: 1 });

const parts = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  return { sheet: strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array()), styles: strFromU8(files['xl/styles.xml'] ?? new Uint8Array()) };
};
/** Cell reference → style id, as the sheet's XML says. */
const stylesOf = (xml: string) => new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)].map((m) => [m[1], m[2]]));

describe('writeWorkbook', () => {
  it('writes a long sheet row by row with the very cells and styles the library gives a short one', async () => {
    const body = Array.from({ length: 150 }, (_, i) => line(i + 1));
    const long = await writeWorkbook([sheet([header, ...body, sum])]);
    const read = readWorkbook(long, { rows: 1_000, columns: 10 });
    if (!read.ok) throw new Error(read.problems.join(''));
    const cells = read.sheets[0]?.cells;
    expect(cells?.size).toBe(152);
    expect([...(cells?.get(0)?.values() ?? [])]).toEqual(['机关', '文件', '数']);
    expect([...(cells?.get(3)?.values() ?? [])]).toEqual(['第3局 & <某> "县"', 21]);
    expect([...(cells?.get(4)?.values() ?? [])]).toEqual(['第4局 & <某> "县"', '4.docx', 28]);
    expect([...(cells?.get(151)?.values() ?? [])]).toEqual(['合计', 12345]);

    // Below the threshold the library writes every cell: the same looks get the same styles.
    const short = await writeWorkbook([sheet([header, line(1), line(2), line(3), sum])]);
    expect(parts(long).styles).toBe(parts(short).styles);
    const longStyles = stylesOf(parts(long).sheet);
    const shortStyles = stylesOf(parts(short).sheet);
    for (const ref of ['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'B4', 'C4']) expect([ref, longStyles.get(ref)]).toEqual([ref, shortStyles.get(ref)]);
    for (const [ref, at] of [['A5', 'A152'], ['C5', 'C152']] as const) expect([ref, longStyles.get(at)]).toEqual([ref, shortStyles.get(ref)]);
    // Written here (the library would write shared strings), the header row by the library.
    expect(parts(long).sheet).toContain('<c r="A152" s="5" t="inlineStr"><is><t xml:space="preserve">合计</t></is></c>');
    expect(parts(short).sheet).not.toContain('inlineStr');
    expect(parts(long).sheet).toContain('<row r="1" ht="30" customHeight="1">');
    expect(parts(long).sheet).toContain('<pane ySplit="1"');
  });
});
