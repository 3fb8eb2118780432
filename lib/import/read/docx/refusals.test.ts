import { inflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { compressedData, declareSize, ourDocx, rezip } from '../../testing/document-fixtures';
import { inflationBomb, manyParts, zip64EntryCountBomb } from '../../testing/hostile-zips';
import * as inflate from '../zip/inflate';
import { NO_DOCUMENT_PART, readDocx } from './read';
import { BROKEN_DOCX, NOT_DOCX, TOO_MANY_PARTS, ZIP_BOMB, ZIP_OVERRUN } from './zip';
import { cpuMs } from '@/lib/report/testing/cpu-time';

vi.mock('../zip/inflate', async (importOriginal) => {
  const actual = await importOriginal<typeof inflate>();
  return { ...actual, inflateBounded: vi.fn(actual.inflateBounded) };
});
const inflated = vi.mocked(inflate.inflateBounded);

const ours = await ourDocx();
const MB = 1024 * 1024;

/** What readDocx says about `bytes`, and how long it took to say it. */
async function refusal(bytes: Uint8Array) {
  const started = cpuMs();
  const read = await readDocx(bytes);
  return { problems: read.ok ? null : read.problems, fast: cpuMs() - started < 2000 };
}

function randomBytes(length: number): Uint8Array {
  let seed = 20250101;
  return Uint8Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16);
}

describe('refusing what is not a readable DOCX', () => {
  it('refuses random bytes as not a Word document', async () => {
    expect(await refusal(randomBytes(4096))).toEqual({ problems: [NOT_DOCX], fast: true });
  });

  it('refuses a zip archive without word/document.xml', async () => {
    expect(await refusal(zipSync({ 'readme.txt': strToU8('说明') }))).toEqual({
      problems: ['文件是压缩包，但里面没有 Word 正文（word/document.xml），不是 Word 文档（.docx）。'],
      fast: true,
    });
    expect(NO_DOCUMENT_PART).toBe('文件是压缩包，但里面没有 Word 正文（word/document.xml），不是 Word 文档（.docx）。');
  });

  it('refuses a DOCX cut in half as broken', async () => {
    expect(await refusal(ours.slice(0, ours.length >> 1))).toEqual({ problems: [BROKEN_DOCX], fast: true });
  });

  it('refuses a DOCX whose compressed document.xml was overwritten', async () => {
    const { start, length } = compressedData(ours, 'word/document.xml');
    const damaged = ours.slice();
    damaged.fill(0xaa, start + (length >> 1), start + (length >> 1) + 64);
    expect(await refusal(damaged)).toEqual({ problems: [BROKEN_DOCX], fast: true });
  });

  it('refuses a DOCX whose document.xml is cut short or is not XML', async () => {
    const cut = rezip(ours, (name, text) => (name === 'word/document.xml' ? text.slice(0, text.length >> 1) : text));
    const notXml = rezip(ours, (name, text) => (name === 'word/document.xml' ? '这不是 XML' : text));
    expect([await refusal(cut), await refusal(notXml)]).toEqual([
      { problems: [BROKEN_DOCX], fast: true },
      { problems: [BROKEN_DOCX], fast: true },
    ]);
  });

  it('refuses a zip bomb of 110 MB of zeros from its directory, without inflating it', { timeout: 30_000 }, async () => {
    const bomb = zipSync({ 'word/document.xml': strToU8('<w:document><w:body></w:body></w:document>'), 'word/media/zeros.bin': new Uint8Array(110 * MB) });
    expect(bomb.length).toBeLessThan(400 * 1024);
    inflated.mockClear();
    expect(await refusal(bomb)).toEqual({ problems: ['文件解压后超过 100 MB，不予读取（年报助手导出的文件解压后远小于此）。'], fast: true });
    expect(ZIP_BOMB).toBe('文件解压后超过 100 MB，不予读取（年报助手导出的文件解压后远小于此）。');
    // Decided from the central directory alone: nothing is inflated.
    expect(inflated).not.toHaveBeenCalled();
  });

  it('reads the document beside a 20 MB part that shrinks a thousandfold, never inflating that part', async () => {
    const zeros = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>'), 'word/media/zeros.bin': new Uint8Array(20 * MB) });
    inflated.mockClear();
    expect(await refusal(zeros)).toEqual({ problems: null, fast: true });
    expect(inflated).toHaveBeenCalledTimes(1);
  });

  it('refuses at once a 129-byte file whose zip64 end record claims 4,294,967,295 entries', async () => {
    const bomb = zip64EntryCountBomb();
    expect(bomb.length).toBe(129);
    expect(await refusal(bomb)).toEqual({ problems: [BROKEN_DOCX], fast: true });
  });

  it('refuses an archive of more than 10,000 parts from its directory', { timeout: 20_000 }, async () => {
    expect(await refusal(manyParts(10_000))).toEqual({ problems: ['文件中的部件超过 10000 个，不是正常的 Word 文档，不予读取。'], fast: true });
    expect(TOO_MANY_PARTS).toBe('文件中的部件超过 10000 个，不是正常的 Word 文档，不予读取。');
  });

  it('stops an 8 MB document.xml that declares 222 bytes and unpacks to 8 GB at 223 bytes', async () => {
    const bomb = inflationBomb(8 * 1024);
    expect(bomb.length).toBeGreaterThan(8 * 1000 * 1000);
    inflated.mockClear();
    expect(await refusal(bomb)).toEqual({ problems: [ZIP_OVERRUN], fast: true });
    expect(ZIP_OVERRUN).toBe('文件中有部件解压后比它声明的大小更大，不是正常的 Word 文档，不予读取。');
    expect(inflated).toHaveBeenCalledTimes(1);
    expect(inflated.mock.calls[0]?.[1]).toBe(222);
    expect(inflated.mock.results[0]?.value).toEqual({ ok: false, reason: 'over-limit' });
  });

  it('stops one that declares 40 MB (within both guards) and unpacks to 8 GB once 40 MB have come out', async () => {
    inflated.mockClear();
    expect(await refusal(inflationBomb(8 * 1024, 40 * MB))).toEqual({ problems: [ZIP_OVERRUN], fast: true });
    expect(inflated.mock.results[0]?.value).toEqual({ ok: false, reason: 'over-limit' });
  });

  it('refuses a part whose damaged bytes still inflate to its size, by its CRC-32', async () => {
    // A flipped bit in deflate data can still inflate cleanly to the declared size, to other text:
    // read, that text once replaced the document's prose (fuzz.test, byte 3067 xor 1).
    const { start, length } = compressedData(ours, 'word/document.xml');
    const original = inflateSync(ours.subarray(start, start + length));
    let damaged: Uint8Array | null = null;
    for (let at = start + length - 1; at > start && !damaged; at--) {
      const copy = ours.slice();
      copy[at] = (copy[at] ?? 0) ^ 1;
      try {
        const out = inflateSync(copy.subarray(start, start + length));
        if (out.length === original.length && out.some((b, i) => b !== original[i])) damaged = copy;
      } catch {
        // Not inflatable: the plain case, refused as broken anyway.
      }
    }
    if (!damaged) throw new Error('no flip found that inflates cleanly to other text');
    expect(await refusal(damaged)).toEqual({ problems: [BROKEN_DOCX], fast: true });
  });

  it('refuses an entry whose directory claims 110 MB, and cuts one that unpacks past its claim', async () => {
    expect(await refusal(declareSize(ours, 'word/document.xml', 110 * MB))).toEqual({ problems: [ZIP_BOMB], fast: true });
    expect(await refusal(declareSize(ours, 'word/document.xml', 1000))).toEqual({ problems: [ZIP_OVERRUN], fast: true });
  });

  it('refuses a file over 48 MB before unzipping it, naming the limit', async () => {
    inflated.mockClear();
    const large = new Uint8Array(48 * MB + 1);
    large.set(ours.subarray(0, 4));
    expect(await refusal(large)).toEqual({
      problems: ['文件有 48.0 MB，超过 48 MB 上限，不予读取：年报助手导出的 Word 文档和网页即使报告有 20 MB 也小于此，一份年度报告通常只有几百 KB。'],
      fast: true,
    });
    expect(inflated).not.toHaveBeenCalled();
  });
});
