// How much of a text stands again in another: the share of this text's 4-character shingles
// that also occur in the other. Linear in the texts' length, so it fits the 1 ms budget of the
// checks; rewording a sentence lowers it, copying with a new year in it hardly does.
//
// A shingle is four UTF-16 units, so exactly two 32-bit numbers; they are kept in typed arrays
// (an open-addressing set), never as strings: a megabyte of prose is a million shingles, and a
// million live short strings made the garbage collector's work grow faster than the text.
const SHINGLE = 4;

const compactCodes = (text: string): Uint16Array => {
  const compact = text.replace(/\s+/g, '');
  const codes = new Uint16Array(compact.length);
  for (let i = 0; i < compact.length; i++) codes[i] = compact.charCodeAt(i);
  return codes;
};

const high = (codes: Uint16Array, i: number) => (((codes[i] ?? 0) << 16) | (codes[i + 1] ?? 0)) >>> 0;
const low = (codes: Uint16Array, i: number) => (((codes[i + 2] ?? 0) << 16) | (codes[i + 3] ?? 0)) >>> 0;

/** The set of a text's shingles: a table twice the count or more, probed linearly. */
class ShingleSet {
  private readonly highs: Uint32Array;
  private readonly lows: Uint32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(count: number) {
    let size = 2;
    while (size < count * 2) size *= 2;
    this.highs = new Uint32Array(size);
    this.lows = new Uint32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
  }

  /** The slot holding (h, l), or the empty slot where it would go. */
  private slot(h: number, l: number): number {
    let mix = Math.imul(h, 0x9e3779b1) ^ l;
    mix = Math.imul(mix ^ (mix >>> 16), 0x85ebca6b);
    let at = (mix ^ (mix >>> 13)) & this.mask;
    while (this.used[at] === 1 && (this.highs[at] !== h || this.lows[at] !== l)) at = (at + 1) & this.mask;
    return at;
  }

  add(h: number, l: number): void {
    const at = this.slot(h, l);
    this.used[at] = 1;
    this.highs[at] = h;
    this.lows[at] = l;
  }

  has(h: number, l: number): boolean {
    return this.used[this.slot(h, l)] === 1;
  }
}

/** 0 … 1: 1 when every shingle of `text` occurs in `previous`. */
export function copiedShare(text: string, previous: string): number {
  const mine = compactCodes(text);
  const count = mine.length - SHINGLE + 1;
  if (count <= 0) return 0;
  const theirs = compactCodes(previous);
  const found = new ShingleSet(Math.max(0, theirs.length - SHINGLE + 1));
  for (let i = 0; i + SHINGLE <= theirs.length; i++) found.add(high(theirs, i), low(theirs, i));
  let shared = 0;
  for (let i = 0; i < count; i++) if (found.has(high(mine, i), low(mine, i))) shared++;
  return shared / count;
}
