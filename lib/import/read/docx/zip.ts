// The parts of a DOCX (a zip archive) that the importer reads, as text — refusing a zip bomb from
// the sizes in the archive's central directory before anything is inflated.
import { unzipSync } from 'fflate';

/** Everything in the archive together may unpack to at most this. */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** An entry over 1 MB that claims to shrink more than 100 times is not a document part. */
const MAX_RATIO = 100;
const RATIO_FLOOR = 1024 * 1024;

export const NOT_DOCX = '不是 Word 文档（.docx）：文件内容不是 Word 的格式。';
export const BROKEN_DOCX = 'Word 文档（.docx）已损坏或不完整（可能没有下载或复制完整），无法读取。';
export const ZIP_BOMB = '文件解压后超过 50 MB，不予读取。';

export type ZipParts = { ok: true; parts: Map<string, string> } | { ok: false; problems: string[] };

const fail = (problem: string): ZipParts => ({ ok: false, problems: [problem] });

/** The local file header's signature `PK\x03\x04`, or `PK\x05\x06` of an empty archive. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));

/** The named parts present in the archive, decoded as UTF-8; parts that are absent are left out. */
export function unzipParts(bytes: Uint8Array, names: readonly string[]): ZipParts {
  if (!isZip(bytes)) return fail(NOT_DOCX);
  const declared = new Map<string, number>();
  try {
    let total = 0;
    let bomb = false;
    // First pass: the central directory only (the filter declines every entry, nothing is inflated).
    unzipSync(bytes, {
      filter: ({ name, size, originalSize }) => {
        total += originalSize;
        if (originalSize > RATIO_FLOOR && originalSize > size * MAX_RATIO) bomb = true;
        if (names.includes(name)) declared.set(name, originalSize);
        return false;
      },
    });
    if (bomb || total > MAX_UNPACKED_BYTES) return fail(ZIP_BOMB);
    // fflate inflates each entry into a buffer of its declared size: an entry whose data
    // unpacks to more than its directory entry says cannot grow past that buffer.
    const files = unzipSync(bytes, { filter: ({ name }) => declared.has(name) });
    const parts = new Map<string, string>();
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (const [name, data] of Object.entries(files)) {
      if (data.byteLength !== declared.get(name)) return fail(BROKEN_DOCX);
      parts.set(name, utf8.decode(data));
    }
    return { ok: true, parts };
  } catch {
    return fail(BROKEN_DOCX);
  }
}
