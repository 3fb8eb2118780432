// The report carried inside an exported document for lossless re-import: its JSON in pieces of
// at most 250 characters (Word truncates longer custom property values), a count and a SHA-256.
import { readReportText } from '@/lib/import/report-file';
import type { DraftReport } from '@/lib/report/schema';

export const PIECE_LENGTH = 250;
export const PROPERTY_PREFIX = 'nianbao';
export const COUNT_PROPERTY = `${PROPERTY_PREFIX}.count`;
export const HASH_PROPERTY = `${PROPERTY_PREFIX}.sha256`;
export const pieceProperty = (i: number) => `${PROPERTY_PREFIX}.${String(i + 1).padStart(4, '0')}`;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Name → value pairs to store as custom document properties. */
export async function reportProperties(report: DraftReport): Promise<{ name: string; value: string }[]> {
  const json = JSON.stringify(report);
  const pieces: string[] = [];
  for (let i = 0; i < json.length; i += PIECE_LENGTH) pieces.push(json.slice(i, i + PIECE_LENGTH));
  return [
    { name: COUNT_PROPERTY, value: String(pieces.length) },
    { name: HASH_PROPERTY, value: await sha256Hex(json) },
    ...pieces.map((value, i) => ({ name: pieceProperty(i), value })),
  ];
}

/** The report back from its properties; null when a piece is missing or the hash does not match. */
export async function reportFromProperties(properties: ReadonlyMap<string, string>): Promise<DraftReport | null> {
  const count = Number(properties.get(COUNT_PROPERTY));
  if (!Number.isInteger(count) || count < 1) return null;
  const pieces: string[] = [];
  for (let i = 0; i < count; i++) {
    const piece = properties.get(pieceProperty(i));
    if (piece === undefined) return null;
    pieces.push(piece);
  }
  const json = pieces.join('');
  if ((await sha256Hex(json)) !== properties.get(HASH_PROPERTY)) return null;
  const read = readReportText(json);
  return read.ok ? read.report : null;
}
