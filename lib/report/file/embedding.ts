// The report carried inside an exported document for lossless re-import — the contract between
// the exporters and the importer. In a DOCX: its JSON in custom document properties, in pieces of
// at most 250 characters (Word truncates longer values), with a count and a SHA-256. In a web page:
// one inert <script type="application/json"> with a fixed id.
import { readReportText } from './read';
import type { DraftReport } from './schema';
import { sha256Hex } from './sha256';

/** The id of the web page's <script type="application/json"> holding the report file. */
export const REPORT_SCRIPT_ID = 'nianbao-report';

const PIECE_LENGTH = 250;
const PROPERTY_PREFIX = 'nianbao';
export const COUNT_PROPERTY = `${PROPERTY_PREFIX}.count`;
export const HASH_PROPERTY = `${PROPERTY_PREFIX}.sha256`;
export const pieceProperty = (i: number) => `${PROPERTY_PREFIX}.${String(i + 1).padStart(4, '0')}`;

/** Pieces of at most PIECE_LENGTH UTF-16 units, never splitting a character (𠮷 is two units). */
function pieces(json: string): string[] {
  const out: string[] = [];
  let piece = '';
  for (const char of json) {
    if (piece.length + char.length > PIECE_LENGTH) {
      out.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) out.push(piece);
  return out;
}

/** Name → value pairs to store as custom document properties. */
export async function reportProperties(report: DraftReport): Promise<{ name: string; value: string }[]> {
  const json = JSON.stringify(report);
  const parts = pieces(json);
  return [
    { name: COUNT_PROPERTY, value: String(parts.length) },
    { name: HASH_PROPERTY, value: sha256Hex(json) },
    ...parts.map((value, i) => ({ name: pieceProperty(i), value })),
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
  if (sha256Hex(json) !== properties.get(HASH_PROPERTY)) return null;
  const read = readReportText(json);
  return read.ok ? read.report : null;
}
