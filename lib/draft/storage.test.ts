import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { putRaw, readRaw } from './testing/raw-database';
import { blankDraft, busyDraft } from './testing/sample-drafts';
import { newDraftId, openDraftStore, type DraftStore } from './storage';

const CORRUPT = '草稿内容已损坏，无法读取。';
let factory: IDBFactory;
let clock: Date;
let store: DraftStore;

beforeEach(() => {
  factory = new IDBFactory();
  clock = new Date('2026-01-20T08:00:00.000Z');
  store = openDraftStore({ factory, now: () => clock });
});

describe('the draft store', () => {
  it('reads back a saved draft exactly as save returned it, stamped with the time of saving', async () => {
    const saved = await store.save(busyDraft());
    expect(saved).toEqual({ ok: true, value: { ...busyDraft(), savedAt: '2026-01-20T08:00:00.000Z', revision: 1 } });
    expect(await store.load('draft-busy')).toEqual(saved);
  });

  it('answers null for a draft that was never saved', async () => {
    expect(await store.load('draft-nowhere')).toEqual({ ok: true, value: null });
  });

  it('lists the drafts with the most recently saved first', async () => {
    for (const [id, time] of [['a', '2026-01-20T08:00:00.000Z'], ['b', '2026-01-22T08:00:00.000Z'], ['c', '2026-01-21T08:00:00.000Z']] as const) {
      clock = new Date(time);
      await store.save(blankDraft(id));
    }
    const listed = await store.list();
    expect(listed.ok && listed.value.drafts.map((d) => [d.id, d.savedAt])).toEqual([
      ['b', '2026-01-22T08:00:00.000Z'],
      ['c', '2026-01-21T08:00:00.000Z'],
      ['a', '2026-01-20T08:00:00.000Z'],
    ]);
    expect(listed.ok && listed.value.quarantined).toEqual([]);
  });

  it('keeps one draft per id, the last one saved, each save one revision on', async () => {
    const first = await store.save(busyDraft('same'));
    expect(first.ok && first.value.revision).toBe(1);
    const second = first.ok ? await store.save({ ...first.value, step: 'review' }) : first;
    expect(second.ok && second.value.revision).toBe(2);
    const listed = await store.list();
    expect(listed.ok && listed.value.drafts.map((d) => [d.id, d.step, d.report.meta.agency, d.revision])).toEqual([['same', 'review', '某某市自然资源局', 2]]);
  });

  it('refuses a save over a draft another tab stored since this one read it, and keeps that tab\'s fields', async () => {
    const created = await store.save(blankDraft('shared'));
    if (!created.ok) throw new Error('not saved');
    // Two tabs read revision 1; the other tab (another store on the same database) saves first.
    const otherTab = openDraftStore({ factory, now: () => clock });
    const theirs = await otherTab.save({ ...created.value, report: { ...created.value.report, meta: { ...created.value.report.meta, agency: '某某县民政局' } } });
    expect(theirs.ok && theirs.value.revision).toBe(2);
    const mine = await store.save({ ...created.value, report: { ...created.value.report, meta: { ...created.value.report.meta, agency: '某某县财政局' } } });
    expect(mine).toEqual({
      ok: false,
      error: { kind: 'conflict', message: '这份报告刚在另一个标签页中保存过，本页的修改没有保存，以免覆盖那边的内容。请先「保存为文件」留存本页的内容，再刷新页面。' },
    });
    const stored = await store.load('shared');
    expect(stored.ok && [stored.value?.report.meta.agency, stored.value?.revision]).toEqual(['某某县民政局', 2]);
    // A draft stored before revisions were kept counts as revision 0.
    await putRaw(factory, 'drafts', blankDraft('old'));
    expect((await store.save(blankDraft('old'))).ok).toBe(true);
    expect((await store.save(blankDraft('old'))).ok).toBe(false);
    otherTab.close();
  });

  it('removes a draft, and removing one that is not there is no error', async () => {
    await store.save(busyDraft());
    expect(await store.remove('draft-busy')).toEqual({ ok: true, value: undefined });
    expect(await store.load('draft-busy')).toEqual({ ok: true, value: null });
    expect(await store.remove('draft-busy')).toEqual({ ok: true, value: undefined });
  });

  it('stores the record as a plain object with nothing but the draft in it', async () => {
    await store.save({ ...busyDraft(), ...{ stray: () => 'not cloneable' } });
    expect(await readRaw(factory, 'drafts')).toEqual([{ ...busyDraft(), savedAt: '2026-01-20T08:00:00.000Z', revision: 1 }]);
  });

  it('refuses to store a record the schema would not read back', async () => {
    expect(await store.save({ ...busyDraft(), id: '' })).toEqual({
      ok: false,
      error: { kind: 'unknown', message: '草稿数据有误，本次修改未能保存。请先「保存为文件」。' },
    });
  });
});

describe('unreadable drafts', () => {
  const broken = { id: 'broken', storageVersion: 1, report: '坏了' };

  it('moves a corrupt stored draft to quarantine when listing, keeps it there and reports it', async () => {
    await store.save(busyDraft());
    await putRaw(factory, 'drafts', broken);
    clock = new Date('2026-01-21T09:30:00.000Z');
    const listed = await store.list();
    expect(listed).toEqual({
      ok: true,
      value: {
        drafts: [{ ...busyDraft(), savedAt: '2026-01-20T08:00:00.000Z', revision: 1 }],
        quarantined: [{ id: 'broken', storedAt: '2026-01-21T09:30:00.000Z', reason: CORRUPT }],
        newer: [],
      },
    });
    expect(await readRaw(factory, 'quarantine')).toEqual([{ id: 'broken', storedAt: '2026-01-21T09:30:00.000Z', reason: CORRUPT, raw: broken }]);
    expect(await readRaw(factory, 'drafts')).toEqual([{ ...busyDraft(), savedAt: '2026-01-20T08:00:00.000Z', revision: 1 }]);
    expect(await store.list()).toEqual(listed);
  });

  it('leaves a draft saved by a newer version where it is: listed as such, not opened, never moved nor overwritten', async () => {
    await store.save(busyDraft());
    const newer = { ...busyDraft('newer'), storageVersion: 2, shapeOfVersion2: true };
    await putRaw(factory, 'drafts', newer);
    const NEWER = '此草稿由较新版本保存，请刷新页面。';

    const listed = await store.list();
    expect(listed.ok && listed.value.newer).toEqual([{ id: 'newer', agency: '某某市自然资源局', year: 2025, version: 2 }]);
    expect(listed.ok && listed.value.drafts.map((d) => d.id)).toEqual(['draft-busy']);
    expect(listed.ok && listed.value.quarantined).toEqual([]);
    expect(await store.load('newer')).toEqual({ ok: false, error: { kind: 'unknown', message: NEWER } });
    // An old tab's autosave would turn it back into version 1: refused.
    expect(await store.save(busyDraft('newer'))).toEqual({ ok: false, error: { kind: 'unknown', message: NEWER } });

    expect(await readRaw(factory, 'quarantine')).toEqual([]);
    expect(await readRaw(factory, 'drafts')).toEqual([{ ...busyDraft(), savedAt: '2026-01-20T08:00:00.000Z', revision: 1 }, newer]);
  });

  it('names a newer draft by what can be read of it, and nothing more', async () => {
    await store.list();
    await putRaw(factory, 'drafts', { id: 'n1', storageVersion: 7 });
    await putRaw(factory, 'drafts', { id: 'n2', storageVersion: 3, report: { meta: { agency: '  ', year: '2025' } } });
    const listed = await store.list();
    expect(listed.ok && listed.value.newer).toEqual([
      { id: 'n1', agency: null, year: null, version: 7 },
      { id: 'n2', agency: null, year: null, version: 3 },
    ]);
  });

  it('sets aside a draft whose times are not real moments, so that no page prints 「Invalid Date」', async () => {
    await store.list();
    const times = ['not a date', '', '2026-02-31T08:00:00.000Z', '2026-13-01T08:00:00.000Z', '2026-01-20T25:00:00.000Z', '2026-01-20', '1/20/2026', '2026-01-20T08:00:00.000'];
    for (const [i, savedAt] of times.entries()) await putRaw(factory, 'drafts', { ...busyDraft(`saved-${i}`), savedAt });
    await putRaw(factory, 'drafts', { ...busyDraft('created'), createdAt: 'yesterday' });
    const listed = await store.list();
    expect(listed.ok && listed.value.drafts).toEqual([]);
    expect(listed.ok && listed.value.quarantined.map((q) => [q.id, q.reason])).toEqual(
      ['created', ...times.map((_, i) => `saved-${i}`)].map((id) => [id, CORRUPT]),
    );
  });

  it('reads a moment written with another offset, on a real day (a leap day included)', async () => {
    await store.list();
    await putRaw(factory, 'drafts', { ...busyDraft('leap'), savedAt: '2024-02-29T23:59:59+08:00' });
    const loaded = await store.load('leap');
    expect(loaded.ok && loaded.value?.savedAt).toBe('2024-02-29T23:59:59+08:00');
  });

  it('says a corrupt draft could not be read and was kept aside when it is loaded', async () => {
    await store.list();
    await putRaw(factory, 'drafts', broken);
    expect(await store.load('broken')).toEqual({
      ok: false,
      error: { kind: 'unknown', message: '草稿内容已损坏，无法读取。原草稿已另行保存，没有删除。' },
    });
    expect(await readRaw(factory, 'quarantine')).toEqual([{ id: 'broken', storedAt: '2026-01-20T08:00:00.000Z', reason: CORRUPT, raw: broken }]);
  });

  it('keeps both copies when a draft with the same id is set aside twice', async () => {
    await store.list();
    await putRaw(factory, 'drafts', broken);
    await store.list();
    await putRaw(factory, 'drafts', { ...broken, report: '又坏了' });
    clock = new Date('2026-01-23T10:00:00.000Z');
    const listed = await store.list();
    expect(listed.ok && listed.value).toEqual({
      drafts: [],
      newer: [],
      quarantined: [
        { id: 'broken', storedAt: '2026-01-20T08:00:00.000Z', reason: CORRUPT },
        { id: 'broken（2026-01-23T10:00:00.000Z）', storedAt: '2026-01-23T10:00:00.000Z', reason: CORRUPT },
      ],
    });
  });
});

describe('newDraftId', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('gives a new random UUID each time', () => {
    const ids = [newDraftId(), newDraftId()];
    expect(ids[0]).toMatch(UUID);
    expect(ids[1]).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('uses crypto.randomUUID when the browser has it', () => {
    vi.stubGlobal('crypto', { randomUUID: () => '0f0e0d0c-0b0a-4908-8706-050403020100' });
    expect(newDraftId()).toBe('0f0e0d0c-0b0a-4908-8706-050403020100');
  });

  it('builds a version 4 UUID from random bytes where randomUUID is missing (pages served over plain http)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => bytes.fill(0xab) });
    expect(newDraftId()).toBe('abababab-abab-4bab-abab-abababababab');
  });

  it('falls back to Math.random where there is no crypto at all', () => {
    vi.stubGlobal('crypto', undefined);
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    expect(newDraftId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
