// The three tables found in a document's grids, row by row: a row belongs to the table its labels
// name (markers.ts), else to the table of the row before it, else to the table of the section
// it stands in. Tells the 2019 trial format (60号) by table 二's columns.
import type { TableId } from '@/lib/report/template/layout';
import { SectionTracker } from '../headings';
import { labelKey } from '../normalise';
import type { DocumentBlock } from '../../parsed-document';
import { tableOfSection } from '@/lib/report/template/tables';
import { firstTableMarker } from './markers';

/**
 * Labels of table 二 in the trial format (国办公开办函〔2019〕60号, format.md §6) that the 2021
 * template does not have; sample 002 prints them.
 */
const TRIAL_FORMAT_LABELS = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '第二十条第（九）项', '采购项目数量', '政府集中采购'].map(labelKey);

export type LocatedTables = {
  grids: Record<TableId, string[][]>;
  /** Table 二 is in the 2019 trial layout: its cells cannot be mapped to the 2021 template. */
  trialFormat: boolean;
};

export function locateTables(blocks: readonly DocumentBlock[]): LocatedTables {
  const grids: Record<TableId, string[][]> = { table2: [], table3: [], table4: [] };
  const tracker = new SectionTracker();
  let current: TableId | null = null;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const heading = tracker.next(block.text.trim());
      if (heading) current = tableOfSection(heading.section)?.id ?? null;
      continue;
    }
    for (const row of block.rows) {
      current = firstTableMarker(labelKey(row.join(''))) ?? current;
      if (current) grids[current].push(row);
    }
  }
  const table2Keys = grids.table2.map((row) => labelKey(row.join('')));
  const trialFormat = table2Keys.some((key) => TRIAL_FORMAT_LABELS.some((label) => key.includes(label)));
  return { grids, trialFormat };
}
