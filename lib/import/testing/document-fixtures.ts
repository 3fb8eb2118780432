// Files for the importer's tests, made the way a clerk gets them: our own DOCX and web page of the
// busy report, a DOCX written by hand, and archives changed after the fact.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildDocx } from '@/lib/export/docx/document';
import { reportProperties } from '@/lib/report/file/embedding';
import { renderHtmlDocument } from '@/lib/export/html/page';
import { printModelOf } from '@/lib/export/print-model';
import { busyReport } from '@/lib/report/testing/sample-reports';
import type { DraftReport } from '@/lib/report/file/schema';

const today = new Date(2025, 10, 1);

export async function ourDocx(report: DraftReport = busyReport()): Promise<Uint8Array> {
  return buildDocx(printModelOf(report, today), await reportProperties(report));
}

export const ourHtml = (report: DraftReport = busyReport()): string => renderHtmlDocument(printModelOf(report, today), report);

/** The archive again, with its parts changed by `change` (text in, text out; null removes the part). */
export function rezip(bytes: Uint8Array, change: (name: string, text: string) => string | null): Uint8Array {
  const files = unzipSync(bytes);
  const changed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    const text = change(name, strFromU8(data));
    if (text !== null) changed[name] = strToU8(text);
  }
  return zipSync(changed);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A DOCX with nothing but the parts Word needs, around the given body XML. */
export function handmadeDocx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

/** Where the central directory describes `name`. */
function centralEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const target = strToU8(name);
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (nameLength === target.length && target.every((b, i) => bytes[at + 46 + i] === b)) return at;
  }
  throw new Error(`no central directory entry for ${name}`);
}

/** The archive with the uncompressed size its central directory records for `name` overwritten. */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(centralEntry(copy, name) + 24, size, true);
  return copy;
}

/** Where the compressed data of `name` starts, and its length. */
export function compressedData(bytes: Uint8Array, name: string): { start: number; length: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entry = centralEntry(bytes, name);
  const local = view.getUint32(entry + 42, true);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  return { start, length: view.getUint32(entry + 20, true) };
}
