import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportOutcome } from '@/lib/import/parsed-document';
import { IMPORT_FAILED, IMPORT_TIMED_OUT, type ImportRequest } from '@/lib/import/time-limit';
import { poolSize, WorkerPool, type PoolWorker } from './worker-pool';

/** A stand-in worker: records what it was sent; the test answers for it. */
class FakeWorker implements PoolWorker {
  onmessage: PoolWorker['onmessage'] = null;
  onerror: PoolWorker['onerror'] = null;
  onmessageerror: PoolWorker['onmessageerror'] = null;
  sent: string[] = [];
  terminated = false;
  postMessage(request: ImportRequest) {
    this.sent.push(request.kind === 'text' ? request.text : request.name);
  }
  terminate() {
    this.terminated = true;
  }
  answer(problem: string) {
    this.onmessage?.({ data: { ok: false, problems: [problem] } } as MessageEvent<ImportOutcome>);
  }
  crash() {
    this.onerror?.({ preventDefault: () => {} } as ErrorEvent);
  }
}

const text = (t: string): ImportRequest => ({ kind: 'text', text: t });
const problemOf = (outcome: ImportOutcome) => (outcome.ok ? 'ok' : outcome.problems[0]);

let workers: FakeWorker[];
const spawn = () => {
  const worker = new FakeWorker();
  workers.push(worker);
  return worker;
};

beforeEach(() => {
  workers = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('WorkerPool', () => {
  it('starts no more workers than its size and reuses them file after file', async () => {
    const pool = new WorkerPool(spawn, 2, 1_000);
    const outcomes = ['a', 'b', 'c', 'd', 'e'].map((t) => pool.run(text(t)));
    expect(workers.length).toBe(2);
    expect(workers.map((w) => w.sent)).toEqual([['a'], ['b']]);
    workers[0]?.answer('A');
    workers[1]?.answer('B');
    workers[0]?.answer('C');
    workers[0]?.answer('E');
    workers[1]?.answer('D');
    expect(workers.map((w) => w.sent)).toEqual([['a', 'c', 'e'], ['b', 'd']]);
    expect((await Promise.all(outcomes)).map(problemOf)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(workers.length).toBe(2);
    expect(workers.some((w) => w.terminated)).toBe(false);
  });

  it('ends a worker that runs out of time, fails only its file, and reads the next in a new worker', async () => {
    const pool = new WorkerPool(spawn, 1, 1_000);
    const slow = pool.run(text('slow'));
    const next = pool.run(text('next'));
    vi.advanceTimersByTime(999);
    expect(workers[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(problemOf(await slow)).toBe(IMPORT_TIMED_OUT);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.sent).toEqual(['next']);
    // The limit is the file's own: the new worker's file has its full time again.
    vi.advanceTimersByTime(999);
    workers[1]?.answer('read');
    expect(problemOf(await next)).toBe('read');
  });

  it('replaces a worker that dies, its file failed', async () => {
    const pool = new WorkerPool(spawn, 1, 1_000);
    const broken = pool.run(text('broken'));
    const next = pool.run(text('next'));
    workers[0]?.crash();
    expect(problemOf(await broken)).toBe(IMPORT_FAILED);
    expect([workers[0]?.terminated, workers[1]?.sent]).toEqual([true, ['next']]);
    workers[1]?.answer('read');
    expect(problemOf(await next)).toBe('read');
  });

  it('on close ends every worker and fails what is still waiting', async () => {
    const pool = new WorkerPool(spawn, 1, 1_000);
    const running = pool.run(text('a'));
    const waiting = pool.run(text('b'));
    pool.close();
    expect((await Promise.all([running, waiting])).map(problemOf)).toEqual([IMPORT_FAILED, IMPORT_FAILED]);
    expect(workers.map((w) => w.terminated)).toEqual([true]);
    expect(problemOf(await pool.run(text('c')))).toBe(IMPORT_FAILED);
  });
});

describe('poolSize', () => {
  it('takes one worker per core, at least 2 and at most 4', () => {
    expect([undefined, 1, 2, 3, 4, 16].map(poolSize)).toEqual([2, 2, 2, 3, 4, 4]);
  });
});
