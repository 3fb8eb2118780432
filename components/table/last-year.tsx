'use client';
import { useId, useState } from 'react';
import { KEY_FIGURE_PATHS, type KeyFigures } from '@/lib/report/key-figures';

export const SHOW_LAST_YEAR_LABEL = '显示上年数';
const KEY_FIGURES = new Set<string>(KEY_FIGURE_PATHS);

/** 「上年 123」 under a key figure while 显示上年数 is on; nothing for any other cell. */
export function LastYearFigure({ path, figures }: { path: string; figures: KeyFigures }) {
  if (!KEY_FIGURES.has(path)) return null;
  const value = figures[path];
  return <span className="block px-1 text-center text-xs leading-tight text-stone-600 tabular-nums">上年 {value === undefined ? '未填' : value}</span>;
}

/** The switch, shown only when last year's key figures are known; off at first. */
export function useLastYearToggle(year: number | undefined, figures: KeyFigures | undefined) {
  const [shown, setShown] = useState(false);
  const id = useId();
  const toggle =
    figures === undefined ? null : (
      <label htmlFor={id} className="inline-flex items-center gap-2 rounded border border-stone-500 bg-white px-3 py-1.5 text-sm">
        <input id={id} type="checkbox" role="switch" checked={shown} onChange={(event) => setShown(event.target.checked)} />
        {SHOW_LAST_YEAR_LABEL}
        {shown && year !== undefined ? <span className="text-stone-600">（{year}年报告的数，写在本年数下方）</span> : null}
      </label>
    );
  return { toggle, figures: shown ? figures : undefined };
}
