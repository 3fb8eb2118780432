// Text typed into a cell that is not a number (「1/」): kept, shown, saved and restored, so no
// keystroke is lost, while the report itself holds only numbers.
export class TypedInputs {
  private values: Record<string, string>;
  private listeners = new Set<() => void>();

  constructor(initial: Record<string, string>) {
    this.values = { ...initial };
  }

  get = (path: string): string | undefined => this.values[path];

  snapshot = (): Record<string, string> => this.values;

  set(path: string, text: string | undefined) {
    if (this.values[path] === text) return;
    const next = { ...this.values };
    if (text === undefined) delete next[path];
    else next[path] = text;
    this.values = next;
    this.listeners.forEach((listener) => listener());
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
