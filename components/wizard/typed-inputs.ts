// Text typed into a field that is not a number (「1/」): kept, shown, saved and restored, so no
// keystroke is lost, while the report itself holds only numbers. A field still being typed in is
// not reported until the clerk leaves it.
export class TypedInputs {
  private values: Record<string, string>;
  private typing = new Set<string>();
  private settledValues: Record<string, string>;
  private listeners = new Set<(changed?: string) => void>();

  constructor(initial: Record<string, string>) {
    this.values = { ...initial };
    this.settledValues = this.values;
  }

  get = (path: string): string | undefined => this.values[path];

  /** Everything typed, for saving. */
  snapshot = (): Record<string, string> => this.values;

  /** What the clerk has left behind, for reporting. */
  settled = (): Record<string, string> => this.settledValues;

  /** `typing`: the clerk is still in the field. */
  set(path: string, text: string | undefined, typing = false) {
    const wasTyping = this.typing.has(path);
    if (typing) this.typing.add(path);
    else this.typing.delete(path);
    if (this.values[path] === text && wasTyping === typing) return;
    const next = { ...this.values };
    if (text === undefined) delete next[path];
    else next[path] = text;
    this.values = next;
    this.update(path);
  }

  /** Everything at once: a read-only tab showing what the writing tab has now. */
  replace(values: Record<string, string>) {
    this.values = { ...values };
    this.typing.clear();
    this.update();
  }

  /** The clerk left the field. */
  settle(path: string) {
    if (!this.typing.delete(path)) return;
    this.update();
  }

  /** `changed`: the cell whose text changed (none when a cell was only left). */
  private update(changed?: string) {
    this.settledValues = Object.fromEntries(Object.entries(this.values).filter(([path]) => !this.typing.has(path)));
    this.listeners.forEach((listener) => listener(changed));
  }

  subscribe = (listener: (changed?: string) => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
