import { describe, expect, it } from 'vitest';
import { blankDraft } from './testing/sample-drafts';
import { applyJournal } from './apply-journal';
import { DraftJournal, isEmptyJournal, readJournal, type JournalStorage } from './journal';

function memoryStorage(): JournalStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the write-ahead journal', () => {
  it('holds the newest value of each changed field before the task ends, and the draft reads it back', async () => {
    const storage = memoryStorage();
    const journal = new DraftJournal(storage, 'd1');
    journal.value('applications.received.natural', 1);
    journal.value('applications.received.natural', 12);
    journal.typed('applications.granted.legal', '1/');
    journal.step('applications');
    expect(storage.items.size).toBe(0);
    await tick();
    expect(storage.items.size).toBe(1);
    const read = readJournal(storage, 'd1');
    expect(read).toEqual({ values: { 'applications.received.natural': 12 }, typed: { 'applications.granted.legal': '1/' }, step: 'applications' });
    const applied = read ? applyJournal(blankDraft('d1'), read) : null;
    expect(applied?.report.applications.received.natural).toBe(12);
    expect(applied?.inputs).toEqual({ 'applications.granted.legal': '1/' });
    expect(applied?.step).toBe('applications');
  });

  it('goes once a save has stored every change in it, and stays while a newer change is not stored', async () => {
    const storage = memoryStorage();
    const journal = new DraftJournal(storage, 'd1');
    journal.value('meta.agency', '某某县司法局');
    const saving = journal.mark;
    journal.value('meta.agency', '某某县司法局办公室');
    await tick();
    journal.stored(saving);
    expect(readJournal(storage, 'd1')?.values).toEqual({ 'meta.agency': '某某县司法局办公室' });
    journal.stored(journal.mark);
    expect(readJournal(storage, 'd1')).toBeNull();
  });

  it('clears typed text it put back, and refuses what would not be a valid draft', () => {
    const record = { ...blankDraft('d1'), inputs: { 'applications.granted.legal': '1/' } };
    expect(applyJournal(record, { values: {}, typed: { 'applications.granted.legal': null } })?.inputs).toEqual({});
    expect(applyJournal(record, { values: { 'meta.year': 'next year' }, typed: {} })).toBeNull();
    expect(isEmptyJournal({ values: {}, typed: {} })).toBe(true);
  });

  it('never throws when storage is full or forbidden, and reads nothing from garbage', async () => {
    const full: JournalStorage = { getItem: () => '{not json', setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => { throw new Error('forbidden'); } };
    const journal = new DraftJournal(full, 'd1');
    journal.value('meta.agency', 'x');
    await tick();
    expect(() => journal.stored(journal.mark)).not.toThrow();
    expect(readJournal(full, 'd1')).toBeNull();
    expect(readJournal(null, 'd1')).toBeNull();
  });
});
