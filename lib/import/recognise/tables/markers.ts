// Which of the three tables a grid row belongs to, told by the template's own labels: table 二 by
// its 「第二十条第（一）项」 headings, table 三 by its corner note and its 一、二、四 rows, table 四 by
// 「行政复议」. (The section a table stands in says it too: see TableLayout.section.)
import type { TableId } from '@/lib/report/template/layout';
import { TABLE2_BLOCKS } from '@/lib/report/template/table2';
import { CARRIED_FORWARD, CARRIED_OVER, RECEIVED, TABLE3_CORNER } from '@/lib/report/template/table3';
import { REVIEW_GROUPS } from '@/lib/report/template/table4';
import { labelKey } from '../normalise';

const MARKERS: readonly { table: TableId; key: string }[] = [
  ...TABLE2_BLOCKS.map((block) => ({ table: 'table2' as const, key: labelKey(block.heading) })),
  ...[TABLE3_CORNER, RECEIVED.label, CARRIED_OVER.label, CARRIED_FORWARD.label].map((text) => ({ table: 'table3' as const, key: labelKey(text) })),
  ...REVIEW_GROUPS[0].labels.map((text) => ({ table: 'table4' as const, key: labelKey(text) })),
];

/** The table whose marker comes first in a key (a row's or a whole region's text), if any. */
export function firstTableMarker(key: string): TableId | null {
  let best: { table: TableId; at: number } | null = null;
  for (const marker of MARKERS) {
    const at = key.indexOf(marker.key);
    if (at >= 0 && (best === null || at < best.at)) best = { table: marker.table, at };
  }
  return best?.table ?? null;
}
