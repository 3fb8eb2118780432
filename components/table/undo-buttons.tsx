'use client';
// 撤销 and 重做 beside the table's quick fills, saying what they would undo or redo; Ctrl+Z and
// Ctrl+Y (Ctrl+Shift+Z) in a cell do the same (data-table.tsx).
import { useSyncExternalStore, type KeyboardEvent } from 'react';
import { undoStep, type CellWriter } from './fill';

export const UNDONE = (label: string) => `已撤销：${label}。`;
export const REDONE = (label: string) => `已重做：${label}。`;

/** Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z anywhere on a table step: the table's own history, not an input's. */
export function undoKeys(writer: CellWriter, readOnly: boolean, onDone: (message: string) => void) {
  return (event: KeyboardEvent) => {
    const key = event.key.toLowerCase();
    if (!(event.ctrlKey || event.metaKey) || event.altKey || (key !== 'z' && key !== 'y') || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (readOnly) return;
    const redo = key === 'y' || event.shiftKey;
    const label = undoStep(writer, redo ? 'redo' : 'undo');
    if (label) onDone(redo ? REDONE(label) : UNDONE(label));
  };
}

export function UndoButtons({ writer, readOnly, onDone }: { writer: CellWriter; readOnly: boolean; onDone: (message: string) => void }) {
  const { undo, redo } = useSyncExternalStore(writer.history.subscribe, writer.history.getLabels, writer.history.getLabels);
  const button = 'max-w-[min(18rem,45%)] truncate rounded border border-stone-500 bg-white px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-50';
  return (
    <>
      <button
        type="button"
        className={button}
        disabled={readOnly || undo === null}
        title="Ctrl+Z"
        onClick={() => {
          const label = undoStep(writer, 'undo');
          if (label) onDone(UNDONE(label));
        }}
      >
        {undo ? `撤销：${undo}` : '撤销'}
      </button>
      <button
        type="button"
        className={button}
        disabled={readOnly || redo === null}
        title="Ctrl+Y"
        onClick={() => {
          const label = undoStep(writer, 'redo');
          if (label) onDone(REDONE(label));
        }}
      >
        {redo ? `重做：${redo}` : '重做'}
      </button>
    </>
  );
}
