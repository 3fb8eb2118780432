// A zip archive's central directory, read and bounded by us before a byte is inflated: the entry
// count the end record claims must fit in the directory it points at, the directory in the file,
// and the count under a hard cap (a 129-byte file claiming 4,294,967,295 entries is refused at
// once instead of being walked entry by entry). Zip64 end records and size fields are read too.

/** No document has more parts than this (a DOCX has a few dozen, a few hundred with many images). */
export const MAX_ENTRIES = 10_000;

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The CRC-32 of the uncompressed bytes, as the directory records it. */
  crc32: number;
  /** As the directory declares it: a claim, checked against the bytes actually inflated. */
  declaredSize: number;
  localHeader: number;
};

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'broken' | 'too-many' };

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

const broken: ZipDirectory = { ok: false, reason: 'broken' };

/** An unsigned 64-bit little-endian number, read as two halves (no BigInt on old browsers). */
const uint64 = (view: DataView, at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;

/** The end of central directory record: the last signature whose comment ends inside the file. */
function endRecord(view: DataView): number {
  const last = view.byteLength - END_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END && at + END_SIZE + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

type Bounds = { count: number; size: number; offset: number; end: number };

/** Count, size and offset of the directory, from the zip64 end record where the classic one says so. */
function directoryBounds(view: DataView, end: number): Bounds | null {
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff) return { count, size, offset, end };
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== END64_LOCATOR) return { count, size, offset, end };
  const end64 = uint64(view, locator + 8);
  if (end64 + 56 > locator || view.getUint32(end64, true) !== END64) return null;
  return { count: uint64(view, end64 + 32), size: uint64(view, end64 + 40), offset: uint64(view, end64 + 48), end: end64 };
}

/** The zip64 extra field's sizes and offset, for the fields the fixed header marks as 0xffffffff. */
function zip64Fields(view: DataView, from: number, to: number, entry: ZipEntry): boolean {
  for (let at = from; at + 4 <= to; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const data = at + 4;
    if (data + length > to) return false;
    if (id === 0x0001) {
      let field = data;
      const take = () => {
        const value = field + 8 <= data + length ? uint64(view, field) : -1;
        field += 8;
        return value;
      };
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeader === 0xffffffff) entry.localHeader = take();
      return entry.declaredSize >= 0 && entry.compressedSize >= 0 && entry.localHeader >= 0;
    }
    at = data + length;
  }
  return true;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

export function readDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < END_SIZE) return broken;
  const end = endRecord(view);
  if (end < 0) return broken;
  const bounds = directoryBounds(view, end);
  if (!bounds) return broken;
  const { count, size, offset } = bounds;
  // What the file's size allows, before the cap: every entry takes 46 bytes of the directory.
  if (offset + size > bounds.end || count * CENTRAL_SIZE > size) return broken;
  if (count > MAX_ENTRIES) return { ok: false, reason: 'too-many' };
  const entries: ZipEntry[] = [];
  const directoryEnd = offset + size;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > directoryEnd || view.getUint32(at, true) !== CENTRAL) return broken;
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > directoryEnd) return broken;
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const entry: ZipEntry = {
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: view.getUint16(at + 10, true),
      encrypted: (flags & 1) === 1,
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    const extra = at + CENTRAL_SIZE + nameLength;
    if (!zip64Fields(view, extra, extra + extraLength, entry)) return broken;
    entries.push(entry);
    at = next;
  }
  return { ok: true, entries };
}

/** The entry's compressed bytes, located through its local header; null when they are not all in the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeader;
  if (local + LOCAL_SIZE > bytes.byteLength || view.getUint32(local, true) !== LOCAL) return null;
  const start = local + LOCAL_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.byteLength ? bytes.subarray(start, end) : null;
}
