// A report rendered as the text a clerk pastes, in the three shapes the published samples show
// (samples/README.md): tab-separated cells (000, 004), one cell per line ending with 「 |」 (001),
// and PDF text (003, see render-pdf-text.ts). The prose comes from the app's print model, the
// tables from the template layouts, printing the report's own totals where it has them (so that
// wrong printed totals can be rendered) and computed ones elsewhere. Test helper.
import { printModel } from '@/lib/export/print-model';
import type { TableLayout } from '@/lib/report/template/layout';
import type { DraftReport } from '@/lib/report/file/schema';
import { TABLES } from '@/lib/report/template/tables';
import { layoutGrid, originCells, printedValues } from './layout-grid';

export type RenderedPart = { kind: 'line'; text: string; heading: boolean } | { kind: 'table'; table: TableLayout; grid: ReturnType<typeof layoutGrid> };

/** The document in order: title lines, prose lines, tables; `inlineParts` writes 「（一）主动公开情况。text」. */
export function documentParts(report: DraftReport, inlineParts: boolean): RenderedPart[] {
  const doc = printModel(report, []);
  const valueOf = printedValues(report);
  const line = (text: string, heading = false): RenderedPart => ({ kind: 'line', text, heading });
  const parts: RenderedPart[] = [line(doc.title[0], true), line(doc.title[1], true)];
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    const next = doc.blocks[i + 1];
    if (!block) continue;
    if (block.kind === 'table') {
      const table = TABLES.find((t) => t.id === block.table.id);
      if (table) parts.push({ kind: 'table', table, grid: layoutGrid(table, valueOf) });
    } else if (block.kind === 'heading' && block.level === 2 && inlineParts && next?.kind === 'paragraph') {
      parts.push(line(`${block.text}。${next.text}`));
      i++;
    } else {
      parts.push(line(block.text, block.kind === 'heading'));
    }
  }
  return [...parts, line(doc.closing.agency, true), line(doc.closing.date, true)];
}

/** Sample 000: paragraphs between blank lines, table rows with a tab between cells. */
export function renderTabText(report: DraftReport): string {
  const chunks = documentParts(report, true).map((part) =>
    part.kind === 'line' ? part.text : part.grid.map((row) => row.map((cell) => (cell.kind === 'covered' ? '' : cell.text)).join('\t')).join('\n'),
  );
  return ['', '', ...chunks].join('\n\n');
}

/** Sample 001: every cell on a line ending with 「 |」, a row's missing cells as bars, header words broken. */
export function renderBarText(report: DraftReport): string {
  return documentParts(report, false)
    .flatMap((part) => {
      if (part.kind === 'line') return [part.text];
      return part.grid.flatMap((row, r) => {
        const cells = originCells(row);
        const padding = part.table.gridColumns - cells.length;
        const header = r < part.table.headerRows;
        return [
          ...cells.map((cell) => (header && cell.text.length === 4 ? `${cell.text.slice(0, 2)}\n${cell.text.slice(2)} |` : `${cell.text} |`)),
          ...(padding > 0 && r < part.grid.length - 1 ? ['|'.repeat(padding)] : []),
        ];
      });
    })
    .join('\n');
}
