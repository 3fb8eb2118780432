import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { errorCount, withErrorCount } from './error-count';
import { openDraftStore } from './storage';
import { blankDraft, busyDraft } from './testing/sample-drafts';

const today = new Date('2026-01-20T08:00:00.000Z');

describe('the count of errors stored with a draft', () => {
  it('counts the errors of the checks and of the text typed into cells, not the warnings', () => {
    // busyDraft balances; its one error is 「1/」 typed into 表三's 自然人 收到申请数.
    expect(errorCount(busyDraft(), today)).toBe(1);
    expect(errorCount({ ...busyDraft(), inputs: {} }, today)).toBe(0);
    expect(withErrorCount(busyDraft(), today)).toEqual({ ...busyDraft(), errors: 1 });
  });

  it('is stored and read back, while a record stored before it was kept still reads (without one)', async () => {
    const store = openDraftStore({ factory: new IDBFactory(), now: () => today });
    await store.save(withErrorCount(busyDraft(), today));
    await store.save(blankDraft());
    const listed = await store.list();
    expect(listed.ok && Object.fromEntries(listed.value.drafts.map((d) => [d.id, 'errors' in d ? d.errors : 'absent']))).toEqual({ 'draft-busy': 1, 'draft-blank': 'absent' });
    expect(await store.save({ ...blankDraft(), errors: -1 })).toMatchObject({ ok: false });
  });
});
