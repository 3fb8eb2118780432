import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateRecord, upgradeStored, type MigrationTable } from './migrations';
import { busyDraft } from './testing/sample-drafts';

const CORRUPT = '草稿内容已损坏，无法读取。';

describe('migrateRecord', () => {
  it('reads a draft of the current version as it was stored', () => {
    const draft = busyDraft();
    expect(migrateRecord(structuredClone(draft))).toEqual({ ok: true, record: draft });
  });

  it('reads a draft stored with a U+FFFF in its text without it', () => {
    const draft = busyDraft();
    const stored = { ...draft, report: { ...draft.report, overview: { ...draft.report.overview, intro: `${draft.report.overview.intro}\uFFFF` } } };
    expect(migrateRecord(stored)).toEqual({ ok: true, record: draft });
  });

  it('has no migrations yet, because version 1 is the first stored shape', () => {
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('refuses a draft saved by a newer version and says which version', () => {
    expect(migrateRecord({ ...busyDraft(), storageVersion: 2 })).toEqual({
      ok: false,
      reason: '此草稿由较新版本保存，请刷新页面。',
      newer: 2,
    });
  });

  it('calls a draft corrupt when it is not an object or carries no usable version', () => {
    for (const raw of [null, undefined, 'draft', 42, [], {}, { ...busyDraft(), storageVersion: '1' }, { ...busyDraft(), storageVersion: 1.5 }, { ...busyDraft(), storageVersion: -1 }]) {
      expect(migrateRecord(raw)).toEqual({ ok: false, reason: CORRUPT });
    }
  });

  it('calls a draft corrupt when its version is right but its content is not a draft', () => {
    const withoutReport: Record<string, unknown> = { ...busyDraft() };
    delete withoutReport.report;
    expect(migrateRecord(withoutReport)).toEqual({ ok: false, reason: CORRUPT });
    expect(migrateRecord({ ...busyDraft(), id: '' })).toEqual({ ok: false, reason: CORRUPT });
    const wrongCell = busyDraft();
    expect(migrateRecord({ ...wrongCell, report: { ...wrongCell.report, applications: 'many' } })).toEqual({ ok: false, reason: CORRUPT });
  });

  it('upgrades an older draft with the migration table it is given, then validates the result', () => {
    const oldDraft: Record<string, unknown> = { ...busyDraft(), storageVersion: 0, typed: [['applications.received.natural', '1/']] };
    delete oldDraft.inputs;
    const table: MigrationTable = {
      0: ({ typed, ...rest }) => ({ ...rest, inputs: Object.fromEntries(Array.isArray(typed) ? typed : []) }),
    };
    expect(migrateRecord(oldDraft, table)).toEqual({ ok: true, record: busyDraft() });
  });

  it('says an older draft cannot be upgraded when no migration starts at its version', () => {
    expect(migrateRecord({ ...busyDraft(), storageVersion: 0 })).toEqual({ ok: false, reason: '此草稿由旧版年报助手保存（版本 0），无法升级。' });
  });

  it('reports a migration that throws instead of throwing itself', () => {
    const table: MigrationTable = {
      0: () => {
        throw new Error('boom');
      },
    };
    expect(migrateRecord({ ...busyDraft(), storageVersion: 0 }, table)).toEqual({ ok: false, reason: '此草稿从版本 0 升级到版本 1 时出错，无法读取。' });
  });

  it('calls an upgraded draft corrupt when the migration produced something that is not a draft', () => {
    expect(migrateRecord({ ...busyDraft(), storageVersion: 0 }, { 0: () => ({ id: 'x' }) })).toEqual({ ok: false, reason: CORRUPT });
  });
});

describe('upgradeStored', () => {
  const log: number[] = [];
  const table: MigrationTable = {
    1: (stored) => (log.push(1), { ...stored, a: 'from 1' }),
    2: (stored) => (log.push(2), { ...stored, b: `${String(stored.a)} via 2`, storageVersion: 99 }),
    3: (stored) => (log.push(3), { ...stored, c: stored.storageVersion }),
  };

  it('applies the steps in order and stamps each step with the next version', () => {
    log.length = 0;
    expect(upgradeStored({ storageVersion: 1 }, 1, 4, table)).toEqual({
      ok: true,
      stored: { storageVersion: 4, a: 'from 1', b: 'from 1 via 2', c: 3 },
    });
    expect(log).toEqual([1, 2, 3]);
  });

  it('starts at the stored version and leaves a current draft alone', () => {
    log.length = 0;
    expect(upgradeStored({ storageVersion: 3 }, 3, 4, table)).toEqual({ ok: true, stored: { storageVersion: 4, c: 3 } });
    expect(upgradeStored({ storageVersion: 4 }, 4, 4, table)).toEqual({ ok: true, stored: { storageVersion: 4 } });
    expect(log).toEqual([3]);
  });

  it('stops at a gap in the table and names the version the draft was saved in', () => {
    expect(upgradeStored({ storageVersion: 0 }, 0, 4, table)).toEqual({ ok: false, reason: '此草稿由旧版年报助手保存（版本 0），无法升级。' });
  });
});
