// Saves the draft shortly after each change, at once when the page is hidden, one save at a time,
// and keeps retrying while storage fails so the clerk sees 已保存 again as soon as it works
// (documenso use-autosave; excalidraw LocalData). Framework-free: the wizard wraps it in a hook.
import type { DraftRecord } from './record';
import { storageError, type StorageError, type StorageResult } from './storage-error';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; error: StorageError };

export type AutosaveOptions = {
  save: (record: DraftRecord) => Promise<StorageResult<DraftRecord>>;
  onStatus: (status: SaveStatus) => void;
  /** Quiet time after the last change before saving; 400 ms keeps every change saved within 1 s. */
  delayMs?: number;
  /** Longest wait from a change to its save while changes keep coming (default 1000 ms). */
  maxWaitMs?: number;
  /** While saving fails, the latest record is tried again this often. */
  retryMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

export type Autosave = {
  /** Saves `record` after the delay; a later call replaces a record not saved yet. */
  schedule(record: DraftRecord): void;
  /** Saves the record not saved yet at once; settles when it is saved or has failed. */
  flush(): Promise<void>;
  /** Stops the timers and the status reports; a save already started still finishes. */
  dispose(): void;
};

const isCancel = (handle: unknown): handle is () => void => typeof handle === 'function';
const browserSetTimer = (fn: () => void, ms: number): unknown => {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
};
const browserClearTimer = (handle: unknown) => {
  if (isCancel(handle)) handle();
};

const sameStatus = (a: SaveStatus | undefined, b: SaveStatus) =>
  a?.state === b.state &&
  (b.state === 'pending' || b.state === 'saving' || (a.state === 'error' && b.state === 'error' && a.error.message === b.error.message));

export function createAutosave(options: AutosaveOptions): Autosave {
  const { save, onStatus, delayMs = 400, maxWaitMs = 1000, retryMs = 3000, setTimer = browserSetTimer, clearTimer = browserClearTimer } = options;
  let pending: DraftRecord | undefined;
  let saving = false;
  let failing = false;
  let disposed = false;
  let debounceTimer: unknown;
  // Saves even while the clerk keeps typing: the debounce alone would wait for a pause.
  let maxWaitTimer: unknown;
  let retryTimer: unknown;
  let lastStatus: SaveStatus | undefined;
  let drained: Promise<void> = Promise.resolve();

  function report(status: SaveStatus) {
    if (disposed || sameStatus(lastStatus, status)) return;
    lastStatus = status;
    onStatus(status);
  }

  async function saveOnce(record: DraftRecord): Promise<StorageResult<DraftRecord>> {
    try {
      return await save(record);
    } catch {
      return { ok: false, error: storageError('unknown') };
    }
  }

  /** The only place that saves: one record at a time, until nothing is left or a save fails. */
  async function drain(): Promise<void> {
    saving = true;
    try {
      while (pending) {
        const record = pending;
        pending = undefined;
        if (!failing) report({ state: 'saving' });
        const result = await saveOnce(record);
        if (!result.ok) {
          pending ??= record;
          failing = true;
          report({ state: 'error', error: result.error });
          clearTimer(retryTimer);
          if (!disposed) retryTimer = setTimer(start, retryMs);
          return;
        }
        failing = false;
        clearTimer(retryTimer);
        if (!pending) report({ state: 'saved', at: new Date(result.value.savedAt) });
      }
    } finally {
      saving = false;
    }
  }

  function start(): Promise<void> {
    clearTimer(debounceTimer);
    clearTimer(maxWaitTimer);
    maxWaitTimer = undefined;
    if (!saving) drained = drain();
    return drained;
  }

  return {
    schedule(record) {
      if (disposed) return;
      pending = record;
      if (!failing && !saving) report({ state: 'pending' });
      clearTimer(debounceTimer);
      debounceTimer = setTimer(start, delayMs);
      if (maxWaitTimer === undefined) maxWaitTimer = setTimer(start, maxWaitMs);
    },
    flush: () => (disposed ? drained : start()),
    dispose() {
      disposed = true;
      clearTimer(debounceTimer);
      clearTimer(maxWaitTimer);
      clearTimer(retryTimer);
    },
  };
}

type LifecycleTarget = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
};

/** Flushes when the page is hidden or left: the last chance a mobile browser or a closing tab gives. */
export function bindPageLifecycle(target: LifecycleTarget, flush: () => void): () => void {
  const onPageHide = () => flush();
  const onVisibilityChange = () => {
    if (target.document.visibilityState === 'hidden') flush();
  };
  target.addEventListener('pagehide', onPageHide);
  target.document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    target.removeEventListener('pagehide', onPageHide);
    target.document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
