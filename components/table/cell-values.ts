// Tells each cell when its own number changed, from one subscription to the form: with 144 cells
// each subscribed to react-hook-form itself, every keystroke walked ~300 subscribers.

export class CellValues {
  private listeners = new Map<string, Set<() => void>>();

  subscribe = (path: string, listener: () => void) => {
    let set = this.listeners.get(path);
    if (!set) this.listeners.set(path, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(path);
    };
  };

  /** The form changed at `name`: a cell, or a part holding cells; no name: anything. */
  changed(name: string | undefined) {
    const exact = name === undefined ? undefined : this.listeners.get(name);
    if (exact) {
      exact.forEach((listener) => listener());
      return;
    }
    const prefix = name === undefined ? '' : `${name}.`;
    for (const [path, set] of [...this.listeners]) if (path.startsWith(prefix)) set.forEach((listener) => listener());
  }
}
