import type * as Fflate from 'fflate';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { compressedData, declareSize, ourDocx, rezip } from '../../testing/document-fixtures';
import { NO_DOCUMENT_PART, readDocx } from './read';
import { BROKEN_DOCX, NOT_DOCX, ZIP_BOMB } from './zip';

vi.mock('fflate', async (importOriginal) => {
  const actual = await importOriginal<typeof Fflate>();
  return { ...actual, unzipSync: vi.fn(actual.unzipSync) };
});

const ours = await ourDocx();
const MB = 1024 * 1024;

/** What readDocx says about `bytes`, and how long it took to say it. */
async function refusal(bytes: Uint8Array) {
  const started = performance.now();
  const read = await readDocx(bytes);
  return { problems: read.ok ? null : read.problems, fast: performance.now() - started < 2000 };
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

  it('refuses a zip bomb of 60 MB of zeros from its directory, without inflating it', async () => {
    const bomb = zipSync({ 'word/document.xml': strToU8('<w:document><w:body></w:body></w:document>'), 'word/media/zeros.bin': new Uint8Array(60 * MB) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    vi.mocked(unzipSync).mockClear();
    expect(await refusal(bomb)).toEqual({ problems: ['文件解压后超过 50 MB，不予读取。'], fast: true });
    expect(ZIP_BOMB).toBe('文件解压后超过 50 MB，不予读取。');
    // One pass over the central directory, whose filter declines every entry; no second, inflating pass.
    expect(vi.mocked(unzipSync)).toHaveBeenCalledTimes(1);
  });

  it('refuses an entry under 50 MB that claims to shrink a thousandfold', async () => {
    const bomb = zipSync({ 'word/document.xml': strToU8('<w:document><w:body></w:body></w:document>'), 'word/media/zeros.bin': new Uint8Array(20 * MB) });
    expect(await refusal(bomb)).toEqual({ problems: [ZIP_BOMB], fast: true });
  });

  it('refuses an entry whose directory claims 60 MB, and cuts one that unpacks past its claim', async () => {
    expect(await refusal(declareSize(ours, 'word/document.xml', 60 * MB))).toEqual({ problems: [ZIP_BOMB], fast: true });
    expect(await refusal(declareSize(ours, 'word/document.xml', 1000))).toEqual({ problems: [BROKEN_DOCX], fast: true });
  });

  it('refuses a file over 20 MB before unzipping it', async () => {
    vi.mocked(unzipSync).mockClear();
    const large = new Uint8Array(20 * MB + 1);
    large.set(ours.subarray(0, 4));
    expect(await refusal(large)).toEqual({
      problems: ['文件有 20.0 MB，超过 20 MB 上限，不是报告文件（报告文件通常只有几十 KB）。'],
      fast: true,
    });
    expect(vi.mocked(unzipSync)).not.toHaveBeenCalled();
  });
});
