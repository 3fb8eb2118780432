import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindPageLifecycle, createAutosave, type SaveStatus } from './autosave';
import type { DraftRecord } from './record';
import { blankDraft } from './testing/sample-drafts';
import type { StorageError, StorageResult } from './storage';

const QUOTA: StorageError = { kind: 'quota', message: '浏览器存储空间已满，本次修改未能保存。请清理浏览器数据或先「保存为文件」。' };
const BLOCKED: StorageError = { kind: 'blocked', message: '本地存储被另一个标签页占用，本次修改未能保存。请关闭其他打开年报助手的标签页。' };
const SAVED_AT = '2026-01-20T08:00:00.000Z';

/** Timers that only run when the test moves the clock. */
function manualTimers() {
  let clock = 0;
  let lastId = 0;
  const timers = new Map<number, { fn: () => void; at: number; ms: number }>();
  const due = (until: number) => [...timers].filter(([, t]) => t.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
  return {
    setTimer(fn: () => void, ms: number) {
      timers.set(++lastId, { fn, at: clock + ms, ms });
      return lastId;
    },
    clearTimer(handle: unknown) {
      if (typeof handle === 'number') timers.delete(handle);
    },
    armed: () => [...timers.values()].map((t) => t.ms),
    /** Moves the clock, running each timer that comes due and letting its save start. */
    async advance(ms: number) {
      const until = clock + ms;
      for (let next = due(until); next; next = due(until)) {
        const [id, timer] = next;
        timers.delete(id);
        clock = timer.at;
        timer.fn();
        await settle();
      }
      clock = until;
    },
  };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A save that answers only when the test says so, and counts how many run at once. */
function manualSave() {
  const calls: string[] = [];
  const answers: Array<(result: StorageResult<DraftRecord>) => void> = [];
  let running = 0;
  let mostAtOnce = 0;
  const save = (record: DraftRecord) => {
    calls.push(record.step);
    mostAtOnce = Math.max(mostAtOnce, ++running);
    return new Promise<StorageResult<DraftRecord>>((resolve) => answers.push((result) => (running--, resolve(result))));
  };
  const answer = async (result: (record: DraftRecord) => StorageResult<DraftRecord>) => {
    const next = answers.shift();
    if (!next) throw new Error('no save is waiting for an answer');
    next(result(blankDraft()));
    await settle();
  };
  return {
    save,
    calls,
    mostAtOnce: () => mostAtOnce,
    succeed: () => answer((record) => ({ ok: true, value: { ...record, savedAt: SAVED_AT } })),
    fail: (error: StorageError) => answer(() => ({ ok: false, error })),
  };
}

function setup(options: { delayMs?: number; retryMs?: number } = {}) {
  const timers = manualTimers();
  const storage = manualSave();
  const statuses: SaveStatus[] = [];
  const autosave = createAutosave({ save: storage.save, onStatus: (s) => statuses.push(s), setTimer: timers.setTimer, clearTimer: timers.clearTimer, ...options });
  return { timers, storage, statuses, autosave, states: () => statuses.map((s) => s.state) };
}
const step = (name: string): DraftRecord => ({ ...blankDraft(), step: name });

describe('createAutosave', () => {
  it('saves once after the quiet delay, and the latest change wins', async () => {
    const { timers, storage, autosave, states, statuses } = setup();
    autosave.schedule(step('a'));
    await timers.advance(300);
    autosave.schedule(step('b'));
    await timers.advance(399);
    expect(storage.calls).toEqual([]);
    await timers.advance(1);
    expect(storage.calls).toEqual(['b']);
    await storage.succeed();
    expect(states()).toEqual(['pending', 'saving', 'saved']);
    expect(statuses[2]).toEqual({ state: 'saved', at: new Date(SAVED_AT) });
  });

  it('waits 400 ms after the last change, and never more than 1 s after the first', () => {
    const { timers, autosave } = setup();
    autosave.schedule(step('a'));
    expect(timers.armed()).toEqual([400, 1000]);
  });

  it('saves while the clerk keeps typing, within 1 s of the first unsaved change', async () => {
    const { timers, storage, autosave } = setup();
    for (let i = 0; i < 4; i++) {
      autosave.schedule(step(`k${i}`));
      await timers.advance(300);
    }
    expect(storage.calls).toEqual(['k3']);
    await storage.succeed();
    autosave.schedule(step('k4'));
    await timers.advance(399);
    expect(storage.calls).toEqual(['k3']);
    await timers.advance(1);
    expect(storage.calls).toEqual(['k3', 'k4']);
  });

  it('saves the pending change at once on flush, and the timer no longer fires', async () => {
    const { timers, storage, autosave, states } = setup();
    autosave.schedule(step('a'));
    const flushed = autosave.flush();
    expect(storage.calls).toEqual(['a']);
    expect(timers.armed()).toEqual([]);
    await storage.succeed();
    await flushed;
    await timers.advance(5000);
    expect(storage.calls).toEqual(['a']);
    expect(states()).toEqual(['pending', 'saving', 'saved']);
  });

  it('does nothing on flush when there is no change to save', async () => {
    const { storage, autosave, statuses } = setup();
    await autosave.flush();
    expect(storage.calls).toEqual([]);
    expect(statuses).toEqual([]);
  });

  it('never runs two saves at once: changes made during a save are saved right after it, latest only', async () => {
    const { timers, storage, autosave, states } = setup();
    autosave.schedule(step('a'));
    await timers.advance(400);
    autosave.schedule(step('b'));
    autosave.schedule(step('c'));
    await timers.advance(400);
    void autosave.flush();
    expect(storage.calls).toEqual(['a']);
    await storage.succeed();
    expect(storage.calls).toEqual(['a', 'c']);
    expect(states()).toEqual(['pending', 'saving']);
    await storage.succeed();
    expect(states()).toEqual(['pending', 'saving', 'saved']);
    expect(storage.mostAtOnce()).toBe(1);
  });

  it('reports a storage error and retries the latest record every 3 s until storage works, then says saved', async () => {
    const { timers, storage, autosave, statuses } = setup();
    autosave.schedule(step('a'));
    await timers.advance(400);
    await storage.fail(QUOTA);
    expect(statuses.at(-1)).toEqual({ state: 'error', error: QUOTA });
    await timers.advance(2999);
    expect(storage.calls).toEqual(['a']);
    await timers.advance(1);
    expect(storage.calls).toEqual(['a', 'a']);
    await storage.fail(QUOTA);
    await timers.advance(3000);
    expect(storage.calls).toEqual(['a', 'a', 'a']);
    await storage.succeed();
    expect(statuses).toEqual([{ state: 'pending' }, { state: 'saving' }, { state: 'error', error: QUOTA }, { state: 'saved', at: new Date(SAVED_AT) }]);
    await timers.advance(10_000);
    expect(storage.calls).toHaveLength(3);
  });

  it('retries with the newest record on the next change after an error, keeping the error shown until it works', async () => {
    const { timers, storage, autosave, states } = setup();
    autosave.schedule(step('a'));
    await timers.advance(400);
    await storage.fail(QUOTA);
    autosave.schedule(step('b'));
    await timers.advance(400);
    expect(storage.calls).toEqual(['a', 'b']);
    await storage.succeed();
    expect(states()).toEqual(['pending', 'saving', 'error', 'saved']);
    expect(timers.armed()).toEqual([]);
  });

  it('retries at once on flush after an error, and shows a new error when the cause changes', async () => {
    const { timers, storage, autosave, statuses } = setup({ retryMs: 10_000 });
    autosave.schedule(step('a'));
    await timers.advance(400);
    await storage.fail(QUOTA);
    const flushed = autosave.flush();
    expect(storage.calls).toEqual(['a', 'a']);
    await storage.fail(BLOCKED);
    await flushed;
    expect(statuses.slice(2)).toEqual([{ state: 'error', error: QUOTA }, { state: 'error', error: BLOCKED }]);
    expect(timers.armed()).toEqual([10_000]);
  });

  it('treats a save that rejects, against its contract, as an unknown storage error', async () => {
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({ save: () => Promise.reject(new Error('bug')), onStatus: (s) => statuses.push(s), setTimer: () => 0, clearTimer: () => {} });
    autosave.schedule(step('a'));
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({ state: 'error', error: { kind: 'unknown', message: '本地存储出现意外错误，本次操作未能完成。请先「保存为文件」。' } });
  });

  it('stops saving and reporting once disposed, but finishes a flush started just before', async () => {
    const { timers, storage, autosave, states } = setup();
    autosave.schedule(step('a'));
    void autosave.flush();
    autosave.dispose();
    autosave.schedule(step('b'));
    await storage.succeed();
    await timers.advance(10_000);
    expect(storage.calls).toEqual(['a']);
    expect(states()).toEqual(['pending', 'saving']);
  });

  it('does not retry after being disposed when the last save fails', async () => {
    const { timers, storage, autosave, states } = setup();
    autosave.schedule(step('a'));
    void autosave.flush();
    autosave.dispose();
    await storage.fail(QUOTA);
    expect(timers.armed()).toEqual([]);
    await timers.advance(10_000);
    expect(storage.calls).toEqual(['a']);
    expect(states()).toEqual(['pending', 'saving']);
  });
});

describe('createAutosave with the browser timers', () => {
  afterEach(() => vi.useRealTimers());

  it('uses setTimeout when no timers are given', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const autosave = createAutosave({ save: async (r) => (saved.push(r.step), { ok: true, value: r }), onStatus: () => {} });
    autosave.schedule(step('a'));
    autosave.schedule(step('b'));
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['b']);
    autosave.schedule(step('c'));
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['b']);
  });
});

describe('bindPageLifecycle', () => {
  function fakeWindow() {
    const visibility: { visibilityState: DocumentVisibilityState } = { visibilityState: 'visible' };
    return Object.assign(new EventTarget(), { document: Object.assign(new EventTarget(), visibility) });
  }

  it('flushes when the page is left and when it becomes hidden, not when it becomes visible', () => {
    const page = fakeWindow();
    const flush = vi.fn();
    bindPageLifecycle(page, flush);
    page.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(1);
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(1);
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('stops flushing once unbound', () => {
    const page = fakeWindow();
    const flush = vi.fn();
    const unbind = bindPageLifecycle(page, flush);
    unbind();
    page.document.visibilityState = 'hidden';
    page.dispatchEvent(new Event('pagehide'));
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled();
  });
});
