// The parts of a DOCX (a zip archive) that the importer reads, as text. Nothing is handed to an
// unzipper: our own reader bounds the central directory (../zip/directory.ts), a zip bomb is refused
// from the sizes it declares before anything is inflated, and what is inflated is counted as it
// comes out, so a part that declares 222 bytes and unpacks to 8 GB stops at its claim.
import { entryData, MAX_ENTRIES, readDirectory, type ZipEntry } from '../zip/directory';
import { crc32 } from '../zip/crc32';
import { inflateBounded } from '../zip/inflate';
import { MAX_UNPACKED_BYTES } from '../../limits';

export const NOT_DOCX = '不是 Word 文档（.docx）：文件内容不是 Word 的格式。';
export const BROKEN_DOCX = 'Word 文档（.docx）已损坏或不完整（可能没有下载或复制完整），无法读取。';
export const ZIP_BOMB = `文件解压后超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB，不予读取（年报助手导出的文件解压后远小于此）。`;
/** A part that unpacks to more than its directory entry declares: stopped at the claim. */
export const ZIP_OVERRUN = '文件中有部件解压后比它声明的大小更大，不是正常的 Word 文档，不予读取。';
export const TOO_MANY_PARTS = `文件中的部件超过 ${MAX_ENTRIES} 个，不是正常的 Word 文档，不予读取。`;

export type ZipParts = { ok: true; parts: Map<string, string> } | { ok: false; problems: string[] };

const fail = (problem: string): ZipParts => ({ ok: false, problems: [problem] });

/** The local file header's signature `PK\x03\x04`, or `PK\x05\x06` of an empty archive. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));

/** The entry's bytes, never more than it declares and as they were written (CRC-32); else why not. */
function unpack(bytes: Uint8Array, entry: ZipEntry): Uint8Array | typeof BROKEN_DOCX | typeof ZIP_OVERRUN {
  const data = inflated(bytes, entry);
  if (typeof data === 'string') return data;
  // Damaged deflate data can still inflate to the declared size, with other text than was written.
  return crc32(data) === entry.crc32 ? data : BROKEN_DOCX;
}

function inflated(bytes: Uint8Array, entry: ZipEntry): Uint8Array | typeof BROKEN_DOCX | typeof ZIP_OVERRUN {
  const data = entryData(bytes, entry);
  if (!data || entry.encrypted) return BROKEN_DOCX;
  if (entry.method === 0) return data.length === entry.declaredSize ? data : BROKEN_DOCX;
  if (entry.method !== 8) return BROKEN_DOCX;
  // More bytes than declared is a damaged (or hostile) part: stop at the claim, which the checks
  // below already bounded by MAX_UNPACKED_BYTES, whatever the data would go on to produce.
  const inflated = inflateBounded(data, entry.declaredSize);
  if (!inflated.ok) return inflated.reason === 'over-limit' ? ZIP_OVERRUN : BROKEN_DOCX;
  return inflated.data.length === entry.declaredSize ? inflated.data : BROKEN_DOCX;
}

/** The named parts present in the archive, decoded as UTF-8; parts that are absent are left out. */
export function unzipParts(bytes: Uint8Array, names: readonly string[]): ZipParts {
  if (!isZip(bytes)) return fail(NOT_DOCX);
  const directory = readDirectory(bytes);
  if (!directory.ok) return fail(directory.reason === 'too-many' ? TOO_MANY_PARTS : BROKEN_DOCX);
  const { entries } = directory;
  if (entries.reduce((total, entry) => total + entry.declaredSize, 0) > MAX_UNPACKED_BYTES) return fail(ZIP_BOMB);
  // No refusal by compression ratio: our own DOCX of a report of repeated sentences shrinks more
  // than 100 times (3 MB of prose: refused before), and nothing is inflated past what it declares,
  // within the total above; a part that is not read (media) is never inflated at all.
  const parts = new Map<string, string>();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (const name of names) {
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) continue;
    const data = unpack(bytes, entry);
    if (typeof data === 'string') return fail(data);
    try {
      parts.set(name, utf8.decode(data));
    } catch {
      return fail(BROKEN_DOCX);
    }
  }
  return { ok: true, parts };
}
