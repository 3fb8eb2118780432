// The write-ahead copy of a draft's changes not yet stored in IndexedDB: written synchronously,
// in the task of the keystroke itself (localStorage), so that a reload, a closed tab or a browser
// crash a moment after a key keeps it. Applied on top of the stored draft when the draft is next
// opened (./apply-journal); cleared once a save has stored every change in it. IndexedDB stays the
// store: the journal only ever holds the newest values of the fields changed since the last save,
// and applying it twice is the same as once.

/** The changes: field path → newest value; typed cell text path → text (null: cleared); the step. */
export type JournalChanges = { values: Record<string, unknown>; typed: Record<string, string | null>; step?: string };
type Stored = JournalChanges & { v: 1 };

/** The localStorage key of a draft's journal (other tabs hear of its writes by it). */
export const journalKey = (id: string) => `nianbao.journal.${id}`;
const key = journalKey;

/** The storage the journal writes to: localStorage where the browser allows it (not in every private mode). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class DraftJournal {
  private changes: JournalChanges;
  private seq = 0;
  private writing = false;

  /** Starts from what a tab before left unstored (a save that failed): it is kept until stored. */
  constructor(
    private readonly storage: JournalStorage | null,
    private readonly id: string,
  ) {
    this.changes = readJournal(storage, id) ?? { values: {}, typed: {} };
  }

  /** A field changed (path '' is the whole report, for a change without a name). */
  value(path: string, value: unknown) {
    if (path === '') this.changes.values = {};
    this.changes.values[path] = value;
    this.touch();
  }

  /** Text typed into a cell that is not a number, or its clearing. */
  typed(path: string, text: string | undefined) {
    this.changes.typed[path] = text ?? null;
    this.touch();
  }

  step(step: string) {
    this.changes.step = step;
    this.touch();
  }

  /** How many changes there have been: a save taken now contains this many. */
  get mark(): number {
    return this.seq;
  }

  /** A save that contained the first `mark` changes is stored: if nothing came since, the journal goes. */
  stored(mark: number) {
    if (mark !== this.seq) return;
    this.changes = { values: {}, typed: {} };
    clearJournal(this.storage, this.id);
  }

  private touch() {
    this.seq++;
    if (this.writing) return;
    this.writing = true;
    // Several changes in one handler (a paste, 填 0) are written once, still before the task ends.
    queueMicrotask(() => {
      this.writing = false;
      try {
        this.storage?.setItem(key(this.id), JSON.stringify({ v: 1, ...this.changes } satisfies Stored));
      } catch {
        // NOTE: a full or forbidden localStorage only loses the write-ahead copy; IndexedDB saves go on.
      }
    });
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The journal a tab left for this draft, or null (none, unreadable, or storage forbidden). */
export function readJournal(storage: JournalStorage | null, id: string): JournalChanges | null {
  try {
    const raw = storage?.getItem(key(id));
    if (!raw) return null;
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data) || data.v !== 1 || !isRecord(data.values) || !isRecord(data.typed)) return null;
    const typed = Object.fromEntries(Object.entries(data.typed).filter((e): e is [string, string | null] => typeof e[1] === 'string' || e[1] === null));
    return { values: data.values, typed, ...(typeof data.step === 'string' ? { step: data.step } : {}) };
  } catch {
    return null;
  }
}

/** Forgets the journal of a draft whose changes were all stored. */
export function clearJournal(storage: JournalStorage | null, id: string) {
  try {
    storage?.removeItem(key(id));
  } catch {
    // Storage forbidden: there was nothing to clear.
  }
}

export const isEmptyJournal = (journal: JournalChanges) => Object.keys(journal.values).length === 0 && Object.keys(journal.typed).length === 0 && journal.step === undefined;
