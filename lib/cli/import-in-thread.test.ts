import { describe, expect, it } from 'vitest';
import { runChecks } from '@/lib/report/checks/checks';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { importDocument } from '@/lib/import/import-document';
import { EMPTY_TEXT } from '@/lib/import/import-text';
import { ourDocx } from '@/lib/import/testing/document-fixtures';
import { IMPORT_TIME_LIMIT_MS, IMPORT_TIMED_OUT } from '@/lib/import/time-limit';
import { importInThread } from './import-in-thread';
import { ImportPool } from './import-pool';

describe('importing in a worker thread', () => {
  it('answers what the importer answers in-process', { timeout: 30_000 }, async () => {
    const docx = await ourDocx();
    expect(await importInThread({ kind: 'file', bytes: docx, name: 'x.docx' })).toEqual(await importDocument(docx, 'x.docx'));
    expect(await importInThread({ kind: 'text', text: '' })).toEqual({ ok: false, problems: [EMPTY_TEXT] });
  });

  it('stops the thread at the time limit and says so in Chinese', { timeout: 30_000 }, async () => {
    expect(IMPORT_TIME_LIMIT_MS).toBe(20_000);
    // Starting a thread and loading the importer takes far longer than 1 ms: the file waiting fails.
    expect(await importInThread({ kind: 'file', bytes: await ourDocx(), name: 'x.docx' }, 1)).toEqual({ ok: false, problems: [IMPORT_TIMED_OUT] });
    expect(IMPORT_TIMED_OUT).toBe('读取这个文件超过 20 秒仍未完成，已停止读取：文件可能已损坏，或不是年度报告。');
  });

  it('reads many files in a pool of two threads, each answered as in-process, the bytes given to the thread when asked', { timeout: 60_000 }, async () => {
    const docx = await ourDocx();
    const expected = await importDocument(docx, 'x.docx');
    const pool = new ImportPool(2);
    try {
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => pool.run({ kind: 'file', bytes: docx.slice(), name: 'x.docx' }, { transfer: true })));
      expect(outcomes).toEqual(Array.from({ length: 5 }, () => expected));
    } finally {
      await pool.close();
    }
    expect(docx.byteLength).toBeGreaterThan(0);
    const given = docx.slice();
    const tight = new ImportPool(1, 20_000);
    try {
      expect(await tight.run({ kind: 'file', bytes: given, name: 'x.docx' }, { transfer: true })).toEqual(expected);
      // Given away to the thread, not copied.
      expect(given.byteLength).toBe(0);
    } finally {
      await tight.close();
    }
  });

  it('also runs the report’s checks in the thread when asked, as of the day given', { timeout: 30_000 }, async () => {
    const unbalanced = setAt(busyReport(), 'applications.carriedForward.natural', 3);
    const docx = await ourDocx(unbalanced);
    const today = new Date(2026, 0, 10);
    const pool = new ImportPool(1);
    try {
      const outcome = await pool.run({ kind: 'file', bytes: docx, name: 'x.docx' }, { checkToday: today });
      expect(outcome.ok && outcome.findings).toEqual(runChecks(unbalanced, { today }));
      expect(outcome.ok && outcome.findings?.some((f) => f.id === 'T3-BALANCE')).toBe(true);
      expect(await pool.run({ kind: 'file', bytes: docx, name: 'x.docx' })).toEqual(await importDocument(docx, 'x.docx'));
    } finally {
      await pool.close();
    }
  });
});
