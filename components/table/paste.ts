// Pasting a block copied from Excel or WPS at the focused cell: it fills right and down and says
// what it filled and what it skipped (not numbers, outside the table, computed totals).
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, MAX_SPANNED_SLOTS, spanOf } from '@/lib/import/read/grid';
import { fillGrid, placeCells, placedWidth } from '@/lib/report/grid';
import { parserFor } from '@/lib/report/values';
import type { GridModel } from './grid-model';

/** Tab-separated text as Excel and WPS put it on the clipboard. */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/** The first table of copied HTML, its merged cells placed on the grid with their text in the first slot only. */
export function parseHtmlTable(doc: Document): string[][] | null {
  const table = doc.querySelector('table');
  if (!table) return null;
  const rows = [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('td, th')].map((cell) => ({
      text: (cell.textContent ?? '').trim(),
      rowSpan: spanOf(cell.getAttribute('rowspan'), MAX_GRID_ROWS),
      colSpan: spanOf(cell.getAttribute('colspan'), MAX_GRID_COLUMNS),
    })),
  );
  const placed = placeCells(rows, { columns: MAX_GRID_COLUMNS, slots: MAX_SPANNED_SLOTS });
  return fillGrid(placed, placedWidth(placed), (cell, first) => (first ? cell.text : ''), '');
}

export type PastePlan = {
  writes: { path: string; value: number | string | null }[];
  notNumbers: string[];
  computed: number;
  outside: number;
};

export function planPaste(model: GridModel, startPath: string, block: readonly (readonly string[])[]): PastePlan {
  const plan: PastePlan = { writes: [], notNumbers: [], computed: 0, outside: 0 };
  const start = model.byPath.get(startPath);
  if (!start) return plan;
  block.forEach((line, i) => {
    const row = model.rows[start.row + i];
    line.forEach((text, j) => {
      const cell = row?.[start.index + j];
      if (!cell) plan.outside++;
      else if (cell.computed) plan.computed++;
      else {
        const parsed = parserFor(cell.valueKind)(text);
        if (parsed.ok) plan.writes.push({ path: cell.path, value: parsed.value });
        else plan.notNumbers.push(text.trim());
      }
    });
  });
  return plan;
}

export function describePaste(plan: PastePlan): string {
  const skipped = [
    plan.notNumbers.length ? `${plan.notNumbers.length} 格不是数字（${plan.notNumbers.slice(0, 3).map((t) => `「${t}」`).join('')}${plan.notNumbers.length > 3 ? '等' : ''}）` : '',
    plan.computed ? `${plan.computed} 格是自动计算的总计，不能填写` : '',
    plan.outside ? `${plan.outside} 格超出了表格范围` : '',
  ].filter(Boolean);
  if (plan.writes.length === 0 && plan.computed > 0 && plan.notNumbers.length === 0) {
    return '没有粘贴：总计由各项自动相加得出，不能粘贴或填写。请从要填写的第一格开始粘贴。';
  }
  const filled = `已粘贴 ${plan.writes.length} 格。`;
  return skipped.length ? `${filled}跳过 ${skipped.join('，')}。` : filled;
}
