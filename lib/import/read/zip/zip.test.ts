import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflatedZeros, manyParts, rawZip, zip64EntryCountBomb } from '../../testing/hostile-zips';
import { ourDocx } from '../../testing/document-fixtures';
import { entryData, MAX_ENTRIES, readDirectory } from './directory';
import { inflateBounded } from './inflate';
import { cpuMs } from '@/lib/report/testing/cpu-time';

const MB = 1024 * 1024;

describe('reading a central directory ourselves', () => {
  it('lists our own DOCX entry by entry as fflate does, with sizes, and unpacks each the same', { timeout: 20_000 }, async () => {
    const docx = await ourDocx();
    const directory = readDirectory(docx);
    if (!directory.ok) throw new Error('not read');
    const expected = unzipSync(docx);
    expect(directory.entries.map((e) => e.name)).toEqual(Object.keys(expected));
    for (const entry of directory.entries) {
      const data = entryData(docx, entry);
      expect(data, entry.name).not.toBeNull();
      const unpacked = entry.method === 0 ? data : inflateBounded(data!, entry.declaredSize);
      expect(entry.declaredSize, entry.name).toBe(expected[entry.name]?.length);
      expect(entry.method === 0 ? unpacked : (unpacked as { data: Uint8Array }).data, entry.name).toEqual(expected[entry.name]);
    }
  });

  it('refuses an entry count the directory cannot hold, zip64 or not, without walking it', () => {
    expect(readDirectory(zip64EntryCountBomb())).toEqual({ ok: false, reason: 'broken' });
    const small = zipSync({ a: strToU8('x') });
    const end = small.length - 22;
    new DataView(small.buffer).setUint16(end + 10, 60_000, true);
    expect(readDirectory(small)).toEqual({ ok: false, reason: 'broken' });
  });

  it('refuses more than 10,000 entries, and reads exactly 10,000', { timeout: 20_000 }, () => {
    expect(MAX_ENTRIES).toBe(10_000);
    expect(readDirectory(manyParts(10_000))).toEqual({ ok: false, reason: 'too-many' });
    const most = readDirectory(manyParts(9_999));
    expect(most.ok && most.entries.length).toBe(10_000);
  });

  it('finds no data for an entry whose local header lies outside the file', () => {
    const zip = rawZip([{ name: 'a', method: 0, data: strToU8('abc'), declaredSize: 3 }]);
    const directory = readDirectory(zip);
    if (!directory.ok) throw new Error('not read');
    const entry = directory.entries[0]!;
    expect(new TextDecoder().decode(entryData(zip, entry)!)).toBe('abc');
    expect(entryData(zip, { ...entry, localHeader: zip.length - 10 })).toBeNull();
    expect(entryData(zip, { ...entry, compressedSize: zip.length })).toBeNull();
  });
});

describe('inflating with a limit on the bytes that come out', () => {
  it('stops 8 GB of zeros (8 MB deflated) at 10 MB, within 2 s', () => {
    const data = deflatedZeros(8 * 1024);
    const started = cpuMs();
    expect(inflateBounded(data, 10 * MB)).toEqual({ ok: false, reason: 'over-limit' });
    expect(cpuMs() - started).toBeLessThan(2000);
  });

  it('unpacks exactly up to the limit, and refuses one byte more', () => {
    const data = deflatedZeros(1);
    const whole = inflateBounded(data, MB);
    expect(whole.ok && whole.data.length).toBe(MB);
    expect(inflateBounded(data, MB - 1)).toEqual({ ok: false, reason: 'over-limit' });
  });

  it('calls data cut inside a block, or garbled, broken', () => {
    const data = deflatedZeros(1);
    expect(inflateBounded(data.subarray(0, data.length >> 1), 2 * MB)).toEqual({ ok: false, reason: 'broken' });
    expect(inflateBounded(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), MB)).toEqual({ ok: false, reason: 'broken' });
  });
});
