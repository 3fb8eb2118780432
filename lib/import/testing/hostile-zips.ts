// Hostile archives, built byte by byte because no zip library writes them: an end record that
// claims billions of entries, a part that declares a few bytes and unpacks to gigabytes, an archive
// of more parts than any document has. Small enough to generate in each test run.
import { constants, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

const MB = 1024 * 1024;

type RawEntry = { name: string; method: 0 | 8; data: Uint8Array; declaredSize: number };

/** A zip archive of the given entries, their sizes written as declared (not as the data is). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, method, data, declaredSize } of entries) {
    const nameBytes = strToU8(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, method, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, declaredSize, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, method, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, declaredSize, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * 129 bytes: a local header, then a zip64 end record (with its locator and the classic end record
 * pointing at it) that claims 4,294,967,295 entries in a directory of 4 GB at offset 0.
 */
export function zip64EntryCountBomb(): Uint8Array {
  const bytes = new Uint8Array(129);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 45, true);
  const end64 = 31;
  view.setUint32(end64, 0x06064b50, true);
  view.setUint32(end64 + 4, 44, true); // size of the rest of the record
  view.setUint16(end64 + 12, 45, true);
  view.setUint16(end64 + 14, 45, true);
  view.setUint32(end64 + 24, 0xffffffff, true); // entries on this disk
  view.setUint32(end64 + 32, 0xffffffff, true); // entries in all
  view.setUint32(end64 + 40, 0xffffffff, true); // size of the directory
  view.setUint32(end64 + 48, 0, true); // its offset
  const locator = end64 + 56;
  view.setUint32(locator, 0x07064b50, true);
  view.setUint32(locator + 8, end64, true);
  view.setUint32(locator + 16, 1, true);
  const end = locator + 20;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 0xffff, true);
  view.setUint16(end + 10, 0xffff, true);
  view.setUint32(end + 12, 0xffffffff, true);
  view.setUint32(end + 16, 0xffffffff, true);
  if (end + 22 !== bytes.length) throw new Error('the zip64 bomb is not 129 bytes');
  return bytes;
}

/**
 * Raw DEFLATE data that unpacks to `megabytes` MB of zeros: one MB deflated and flushed to a byte
 * boundary, repeated, then an empty final block. 8 MB of it unpacks to about 8 GB.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const piece = new Uint8Array(deflateRawSync(new Uint8Array(MB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
  const out = new Uint8Array(piece.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) out.set(piece, i * piece.length);
  out.set([0x03, 0x00], piece.length * megabytes);
  return out;
}

/** A DOCX whose word/document.xml declares `declaredSize` bytes but unpacks to `megabytes` MB. */
export function inflationBomb(megabytes: number, declaredSize = 222): Uint8Array {
  return rawZip([
    { name: '[Content_Types].xml', method: 0, data: strToU8('<Types/>'), declaredSize: 8 },
    { name: 'word/document.xml', method: 8, data: deflatedZeros(megabytes), declaredSize },
  ]);
}

/** An archive of `count` empty parts (and a document.xml), more than any document has. */
export function manyParts(count: number): Uint8Array {
  const parts: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document><w:body></w:body></w:document>') };
  for (let i = 0; i < count; i++) parts[`word/media/${i}.bin`] = new Uint8Array(0);
  return zipSync(parts, { level: 0 });
}
