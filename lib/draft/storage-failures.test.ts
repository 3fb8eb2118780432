import { IDBDatabase, IDBFactory, IDBObjectStore, IDBVersionChangeEvent } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settled } from './testing/raw-database';
import { busyDraft } from './testing/sample-drafts';
import { openDraftStore, type DraftStore } from './storage';

const QUOTA = { kind: 'quota', message: '浏览器存储空间已满，本次修改未能保存。请清理浏览器数据或先「保存为文件」。' };
const UNAVAILABLE = { kind: 'unavailable', message: '浏览器禁止了本地存储（可能处于无痕模式或被管理员关闭），本次修改未能保存。请先「保存为文件」。' };
const BLOCKED = { kind: 'blocked', message: '本地存储被另一个标签页占用，本次修改未能保存。请关闭其他打开年报助手的标签页。' };
const NEWER = { kind: 'unknown', message: '本地存储已被新版年报助手升级，本次修改未能保存。请刷新页面后继续。' };
const SAVED_AT = '2026-01-20T08:00:00.000Z';

let factory: IDBFactory;
let store: DraftStore;

beforeEach(() => {
  factory = new IDBFactory();
  store = openDraftStore({ factory, now: () => new Date(SAVED_AT) });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const realPut = IDBObjectStore.prototype.put;

describe('a full disk', () => {
  it('is reported as quota when writing throws QuotaExceededError, and the next save after it clears succeeds', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await store.save(busyDraft())).toEqual({ ok: false, error: QUOTA });
    vi.restoreAllMocks();
    expect(await store.save(busyDraft())).toEqual({ ok: true, value: { ...busyDraft(), savedAt: SAVED_AT, revision: 1 } });
  });

  it('is reported as quota when the transaction aborts with QuotaExceededError, and nothing is half written', async () => {
    await store.save(busyDraft());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const request = realPut.call(this, value, key);
      this.transaction.abort();
      Object.defineProperty(this.transaction, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
      return request;
    });
    expect(await store.save({ ...busyDraft(), step: 'review', revision: 1 })).toEqual({ ok: false, error: QUOTA });
    vi.restoreAllMocks();
    expect(await store.load('draft-busy')).toEqual({ ok: true, value: { ...busyDraft(), savedAt: SAVED_AT, revision: 1 } });
    expect(await store.save({ ...busyDraft(), step: 'review', revision: 1 })).toEqual({ ok: true, value: { ...busyDraft(), step: 'review', savedAt: SAVED_AT, revision: 2 } });
  });
});

describe('storage the browser will not open', () => {
  it('is reported as unavailable by every method when opening throws a SecurityError', async () => {
    factory.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const failed = { ok: false, error: UNAVAILABLE };
    expect(await store.list()).toEqual(failed);
    expect(await store.load('draft-busy')).toEqual(failed);
    expect(await store.save(busyDraft())).toEqual(failed);
    expect(await store.remove('draft-busy')).toEqual(failed);
  });

  it('is tried again on the next call, so storage that works again is used again', async () => {
    const open = factory.open.bind(factory);
    factory.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(await store.save(busyDraft())).toEqual({ ok: false, error: UNAVAILABLE });
    factory.open = open;
    expect(await store.save(busyDraft())).toEqual({ ok: true, value: { ...busyDraft(), savedAt: SAVED_AT, revision: 1 } });
  });

  it('is reported as unavailable when the browser has no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await openDraftStore().list()).toEqual({ ok: false, error: UNAVAILABLE });
  });

  it('uses the browser IndexedDB when no factory is given', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    expect(await openDraftStore({ now: () => new Date(SAVED_AT) }).save(busyDraft())).toEqual({ ok: true, value: { ...busyDraft(), savedAt: SAVED_AT, revision: 1 } });
  });

  it('is reported as unavailable when the open request fails, then retried', async () => {
    vi.spyOn(IDBDatabase.prototype, 'createObjectStore').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store.', 'UnknownError');
    });
    expect(await store.list()).toEqual({ ok: false, error: UNAVAILABLE });
    vi.restoreAllMocks();
    expect(await store.list()).toEqual({ ok: true, value: { drafts: [], quarantined: [], newer: [] } });
  });
});

describe('another tab', () => {
  it('is reported as blocked when the open request is blocked, and the next call opens again', async () => {
    const open = factory.open.bind(factory);
    factory.open = (name, version) => {
      const request = open(name, version);
      queueMicrotask(() => request.dispatchEvent(new IDBVersionChangeEvent('blocked', { oldVersion: 0, newVersion: 1 })));
      return request;
    };
    expect(await store.save(busyDraft())).toEqual({ ok: false, error: BLOCKED });
    factory.open = open;
    expect(await store.save(busyDraft())).toEqual({ ok: true, value: { ...busyDraft(), savedAt: SAVED_AT, revision: 1 } });
  });

  it('gets the database when it upgrades it: this tab reports blocked once, then that a newer version took over', async () => {
    expect((await store.save(busyDraft())).ok).toBe(true);
    const newer = await settled(factory.open('nianbao', 2));
    expect(await store.save(busyDraft())).toEqual({ ok: false, error: BLOCKED });
    expect(await store.save(busyDraft())).toEqual({ ok: false, error: NEWER });
    newer.close();
    await settled(factory.deleteDatabase('nianbao'));
    expect(await store.save(busyDraft())).toEqual({ ok: true, value: { ...busyDraft(), savedAt: SAVED_AT, revision: 1 } });
  });

  it('can upgrade without disturbing this tab once the store is closed', async () => {
    expect((await store.save(busyDraft())).ok).toBe(true);
    store.close();
    const newer = await settled(factory.open('nianbao', 2));
    expect(await store.load('draft-busy')).toEqual({ ok: false, error: NEWER });
    newer.close();
  });
});
