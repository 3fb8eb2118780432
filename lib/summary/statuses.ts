// Each file's status across the files (README, 汇总与核查): unreadable, of another year, a second
// copy of the same agency's report, or 可发布 / 有错误 by its own checks.
import type { SummaryEntry } from './entries';

type Read = { index: number; agency: string; year: number | null; modified?: number; isSummary: boolean };

/** The same agency, however spaced or in full-width forms: 「某某县 司法局」 is 「某某县司法局」. */
export const agencyKey = (agency: string) => agency.normalize('NFKC').replace(/\s+/g, '');

/** The report's year the most files have (ties: the later year); null when none has one. */
export function commonestYear(years: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && year > best)) best = year;
  }
  return best;
}

export type Duplicate = { index: number; keptIndex: number; byTime: boolean };

/**
 * Two files of one agency and one year: the later one counts — by modified time when both have
 * one and they differ, else the one dropped later. Sums are never duplicates of a department.
 */
export function findDuplicates(reads: readonly Read[]): { losers: Map<number, Duplicate>; kept: Map<number, number[]> } {
  const groups = new Map<string, Read[]>();
  for (const r of reads) {
    const name = agencyKey(r.agency);
    if (!name || r.isSummary) continue;
    const key = `${name}\u0000${r.year ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const losers = new Map<number, Duplicate>();
  const kept = new Map<number, number[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const timed = group.every((r) => r.modified !== undefined) && new Set(group.map((r) => r.modified)).size === group.length;
    const winner = group.reduce((a, b) => (timed ? ((b.modified ?? 0) > (a.modified ?? 0) ? b : a) : b.index > a.index ? b : a));
    kept.set(winner.index, group.filter((r) => r !== winner).map((r) => r.index));
    for (const r of group) if (r !== winner) losers.set(r.index, { index: r.index, keptIndex: winner.index, byTime: timed });
  }
  return { losers, kept };
}

export const readOf = (entry: SummaryEntry, index: number): Read | null =>
  entry.read.ok
    ? { index, agency: entry.read.report.meta.agency, year: entry.read.report.meta.year, modified: entry.modified, isSummary: entry.read.report.summary !== undefined }
    : null;
