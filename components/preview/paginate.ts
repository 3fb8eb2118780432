// Packs measured blocks into A4 pages the way the printed document breaks: blocks whole, a block
// kept with the one after it (a heading with its text, the last paragraph with the closing),
// tables split only between their groups of rows (the rows under one merged label stay on one
// page) with their header rows repeated, rows never split.

export type Measured =
  | { kind: 'block'; height: number; keepWithNext?: boolean; pageBreakBefore?: boolean }
  | {
      kind: 'table';
      headerHeight: number;
      rowHeights: readonly number[];
      /** Consecutive rows, by count, that must stand on one page; every row its own group when absent. */
      groups?: readonly number[];
    };

/** One piece of a page: a whole block, or rows [from, to) of a table (its header is repeated). */
export type PageItem = { index: number; rows?: readonly [number, number] };

/** The table's groups as row ranges [from, to) with their heights. */
function units(item: Extract<Measured, { kind: 'table' }>): { from: number; to: number; height: number }[] {
  const sizes = item.groups ?? item.rowHeights.map(() => 1);
  const out: { from: number; to: number; height: number }[] = [];
  let from = 0;
  for (const size of sizes) {
    const to = Math.min(from + size, item.rowHeights.length);
    out.push({ from, to, height: item.rowHeights.slice(from, to).reduce((a, b) => a + b, 0) });
    from = to;
  }
  if (from < item.rowHeights.length) out.push({ from, to: item.rowHeights.length, height: item.rowHeights.slice(from).reduce((a, b) => a + b, 0) });
  return out.filter((u) => u.to > u.from);
}

/** What must follow a block on its page: the blocks it is kept with, down to the first one that is not. */
function following(items: readonly Measured[], index: number): number {
  let height = 0;
  for (let k = index + 1; k < items.length; k++) {
    const next = items[k];
    if (!next) break;
    if (next.kind === 'table') {
      const first = units(next).find((u) => u.height > 0);
      return height + next.headerHeight + (first?.height ?? 0);
    }
    height += next.height;
    if (!next.keepWithNext) break;
  }
  return height;
}

export function paginate(items: readonly Measured[], pageHeight: number): PageItem[][] {
  const pages: PageItem[][] = [[]];
  let used = 0;
  const page = () => pages[pages.length - 1] ?? [];
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  items.forEach((item, index) => {
    if (item.kind === 'block') {
      if (item.pageBreakBefore && used > 0) newPage();
      // A block kept with the next goes with it — through any kept blocks after it, down to the
      // first one that is not: start it on a new page when that would not fit.
      const kept = item.keepWithNext ? following(items, index) : 0;
      if (used > 0 && used + item.height + kept > pageHeight) newPage();
      page().push({ index });
      used += item.height;
      return;
    }
    const groups = units(item);
    let at = 0;
    while (at < groups.length) {
      let height = item.headerHeight;
      let end = at;
      while (end < groups.length && (end === at || used + height + (groups[end]?.height ?? 0) <= pageHeight)) {
        if (used > 0 && end === at && used + height + (groups[end]?.height ?? 0) > pageHeight) break;
        height += groups[end]?.height ?? 0;
        end++;
      }
      if (end === at) {
        newPage();
        continue;
      }
      page().push({ index, rows: [groups[at]?.from ?? 0, groups[end - 1]?.to ?? 0] });
      used += height;
      at = end;
      if (at < groups.length) newPage();
    }
  });
  return pages.filter((p) => p.length > 0);
}
