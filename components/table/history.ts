// Undo and redo for every change to a table: typing (the keys typed in one cell are one step), a
// paste, 本表空白格填 0, 本年度未收到政府信息公开申请, an applied fix. A small store outside React:
// the buttons hear of a new step, a keystroke in the same cell only updates the step it is in.

/** What a cell holds: its number (or null), and text typed into it that is not a number. */
export type CellState = { value: number | string | null; typed: string | undefined };
export type CellChange = { path: string; before: CellState; after: CellState };
export type HistoryStep = { label: string; changes: CellChange[] };

const MAX_STEPS = 200;
const same = (a: CellState, b: CellState) => a.value === b.value && a.typed === b.typed;

export class TableHistory {
  private done: HistoryStep[] = [];
  private undone: HistoryStep[] = [];
  private typingIn: string | null = null;
  private listeners = new Set<() => void>();
  private labels: { undo: string | null; redo: string | null } = { undo: null, redo: null };

  /** A change made at once; nothing is recorded when no cell changes. */
  commit(label: string, changes: readonly CellChange[]) {
    const real = changes.filter((c) => !same(c.before, c.after));
    if (real.length === 0) return;
    this.done.push({ label, changes: real });
    if (this.done.length > MAX_STEPS) this.done.shift();
    this.undone = [];
    this.typingIn = null;
    this.notify();
  }

  /** A keystroke in a cell: the first one starts a step, the next ones in the same cell extend it. */
  typed(path: string, label: string, before: CellState, after: CellState) {
    const top = this.done[this.done.length - 1];
    const change = top?.changes[0];
    if (this.typingIn === path && top && change && top.changes.length === 1) {
      change.after = after;
      return;
    }
    this.commit(label, [{ path, before, after }]);
    this.typingIn = path;
  }

  /** The clerk left the cell: the next key there starts a step of its own. */
  leave(path: string) {
    if (this.typingIn === path) this.typingIn = null;
  }

  /** The step to undo (its `before` states to write back), moved to the redo list. */
  undo(): HistoryStep | null {
    const step = this.done.pop() ?? null;
    if (step) this.move(step, this.undone);
    return step;
  }

  /** The step to redo (its `after` states to write again), moved back. */
  redo(): HistoryStep | null {
    const step = this.undone.pop() ?? null;
    if (step) this.move(step, this.done);
    return step;
  }

  private move(step: HistoryStep, to: HistoryStep[]) {
    to.push(step);
    this.typingIn = null;
    this.notify();
  }

  private notify() {
    const undo = this.done[this.done.length - 1]?.label ?? null;
    const redo = this.undone[this.undone.length - 1]?.label ?? null;
    if (undo !== this.labels.undo || redo !== this.labels.redo) this.labels = { undo, redo };
    this.listeners.forEach((listener) => listener());
  }

  /** What undo and redo would do, for the buttons (a stable object until that changes). */
  getLabels = () => this.labels;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
