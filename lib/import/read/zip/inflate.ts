// Raw DEFLATE data inflated with a streaming decoder that counts the bytes it actually produces and
// stops at a limit, whatever any header declared: 8 MB that unpack to 8 GB are stopped after the
// limit, not unpacked. The input goes in small pieces because DEFLATE expands at most ~1032 times,
// so one piece never makes more than a few MB before the count is checked. Data cut between two
// blocks cannot be told from a whole stream here: the zip reader compares the length with the claim.
import { Inflate } from 'fflate';

/** 4 KB of input → at most ~4.2 MB of output between two checks of the count. */
const PIECE = 4 * 1024;

export type Inflated = { ok: true; data: Uint8Array } | { ok: false; reason: 'over-limit' | 'broken' };

class OverLimit extends Error {}

export function inflateBounded(compressed: Uint8Array, limit: number): Inflated {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > limit) throw new OverLimit();
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < compressed.length && !finished; at += PIECE) {
      const end = Math.min(at + PIECE, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    return { ok: false, reason: error instanceof OverLimit ? 'over-limit' : 'broken' };
  }
  if (!finished) return { ok: false, reason: 'broken' };
  const data = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, data };
}
