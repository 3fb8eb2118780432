// How much of a text stands again in another: the share of this text's 4-character shingles
// that also occur in the other. Linear in the texts' length, so it fits the 1 ms budget of the
// checks; rewording a sentence lowers it, copying with a new year in it hardly does.
const SHINGLE = 4;

function shingles(text: string): string[] {
  const compact = text.replace(/\s+/g, '');
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= compact.length; i++) out.push(compact.slice(i, i + SHINGLE));
  return out;
}

/** 0 … 1: 1 when every shingle of `text` occurs in `previous`. */
export function copiedShare(text: string, previous: string): number {
  const mine = shingles(text);
  if (mine.length === 0) return 0;
  const theirs = new Set(shingles(previous));
  return mine.filter((s) => theirs.has(s)).length / mine.length;
}
