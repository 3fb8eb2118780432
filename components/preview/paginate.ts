// Packs measured blocks into A4 pages the way the printed document breaks: blocks whole, tables
// split between rows with their header rows repeated, rows never split.

export type Measured =
  | { kind: 'block'; height: number; keepWithNext?: boolean }
  | { kind: 'table'; headerHeight: number; rowHeights: readonly number[] };

/** One piece of a page: a whole block, or rows [from, to) of a table (its header is repeated). */
export type PageItem = { index: number; rows?: readonly [number, number] };

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
      // A heading goes with what follows it — through any headings after it, down to the first
      // block of content: start it on a new page when that would not fit.
      let following = 0;
      for (let k = index + 1; item.keepWithNext && k < items.length; k++) {
        const next = items[k];
        if (!next) break;
        following += next.kind === 'block' ? next.height : next.headerHeight + (next.rowHeights[next.rowHeights.findIndex((h) => h > 0)] ?? 0);
        if (next.kind === 'table' || !next.keepWithNext) break;
      }
      if (used > 0 && used + item.height + following > pageHeight) newPage();
      page().push({ index });
      used += item.height;
      return;
    }
    let from = 0;
    while (from < item.rowHeights.length) {
      let height = item.headerHeight;
      let to = from;
      while (to < item.rowHeights.length && (to === from || used + height + (item.rowHeights[to] ?? 0) <= pageHeight)) {
        if (used > 0 && to === from && used + height + (item.rowHeights[to] ?? 0) > pageHeight) break;
        height += item.rowHeights[to] ?? 0;
        to++;
      }
      if (to === from) {
        newPage();
        continue;
      }
      page().push({ index, rows: [from, to] });
      used += height;
      from = to;
      if (from < item.rowHeights.length) newPage();
    }
  });
  return pages.filter((p) => p.length > 0);
}
