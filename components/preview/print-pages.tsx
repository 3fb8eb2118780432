'use client';
// The report as A4 pages: every item is measured once off screen, then packed into pages the way
// the printed document breaks. 打印 prints exactly these pages.
import { Fragment, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { TYPE_AREA_MM } from '@/lib/export/page';
import type { PrintDocument } from '@/lib/export/print-model';
import { paginate, type Measured, type PageItem } from './paginate';
import { SHEET_CSS } from './sheet-css';
import { drawItem, sheetItems, type SheetItem } from './sheet-items';

function measure(root: HTMLElement, items: readonly SheetItem[]): Measured[] {
  const boxes = [...root.querySelectorAll<HTMLElement>('[data-item]')];
  return items.map((item, i): Measured => {
    const box = boxes[i];
    if (item.kind === 'table' && box) {
      const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const rows = [...box.querySelectorAll('tbody > tr')].map((tr) => tr.getBoundingClientRect().height);
      // The header rows go with the first group: a header never stands alone at the foot of a page.
      const [first = 0, ...rest] = item.table.rowGroups;
      return { kind: 'table', headerHeight: head, rowHeights: [...Array<number>(item.table.headerRows).fill(0), ...rows], groups: [item.table.headerRows + first, ...rest] };
    }
    // Headings go with what follows, and the last paragraph with the closing (GB/T 9704: no page holds only the 落款).
    const keepWithNext = item.kind === 'heading' || item.kind === 'title' || items[i + 1]?.kind === 'closing';
    return { kind: 'block', height: box?.getBoundingClientRect().height ?? 0, keepWithNext, pageBreakBefore: 'newPage' in item && item.newPage === true };
  });
}

/** The pages drawn smaller when the space beside the export buttons is narrower than A4, never clipped. */
function useFitWidth(measureRoot: RefObject<HTMLDivElement | null>, pagesRoot: RefObject<HTMLDivElement | null>) {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const sheet = measureRoot.current?.querySelector<HTMLElement>('.nb-page');
    const area = pagesRoot.current?.parentElement;
    if (!sheet || !area) return;
    const fit = () => {
      const room = area.clientWidth - 2 * FIT_MARGIN_PX;
      setScale(Math.min(1, Math.max(0.3, room / sheet.offsetWidth)));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(area);
    return () => observer.disconnect();
  }, [measureRoot, pagesRoot]);
  return scale;
}

const FIT_MARGIN_PX = 12;

export function PrintPages({ doc }: { doc: PrintDocument }) {
  const items = useMemo(() => sheetItems(doc), [doc]);
  const measureRoot = useRef<HTMLDivElement>(null);
  const pagesRoot = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<PageItem[][] | null>(null);
  const scale = useFitWidth(measureRoot, pagesRoot);

  useLayoutEffect(() => {
    const root = measureRoot.current;
    const area = root?.querySelector<HTMLElement>('[data-type-area]');
    if (!root || !area) return;
    setPages(paginate(measure(root, items), area.getBoundingClientRect().height));
  }, [items]);

  return (
    <>
      <style>{SHEET_CSS}</style>
      <div ref={measureRoot} className="nb-measure" aria-hidden="true">
        <div className="nb-page" style={{ height: 'auto' }}>
          <div data-type-area style={{ height: `${TYPE_AREA_MM.height}mm`, position: 'absolute' }} />
          {items.map((item, i) => (
            <div key={i} data-item style={{ display: 'flow-root' }}>
              {drawItem(item)}
            </div>
          ))}
        </div>
      </div>
      {/* NOTE: zoom, not a transform: the pages take the room they are drawn in (print resets it). */}
      <div ref={pagesRoot} className="nb-pages space-y-6" style={{ zoom: scale }}>
        {(pages ?? []).map((page, p) => (
          <section key={p} className="nb-page mx-auto shadow-lg ring-1 ring-stone-300" aria-label={`第 ${p + 1} 页`}>
            {doc.draft ? <p className="nb-banner">{doc.draft.banner}</p> : null}
            {page.map((piece, i) => {
              const item = items[piece.index];
              return item ? (
                <Fragment key={i}>
                  <div style={{ display: 'flow-root' }}>{drawItem(item, piece.rows)}</div>
                </Fragment>
              ) : null;
            })}
            <p className={`nb-folio ${p % 2 === 0 ? 'odd' : 'even'}`}>— {p + 1} —</p>
          </section>
        ))}
      </div>
    </>
  );
}
