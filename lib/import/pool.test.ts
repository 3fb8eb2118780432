import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pool, type PooledWorker, type WorkerEvents } from './pool';

/** A stand-in worker: records the jobs it was given; the test tells the pool what it did. */
type Fake = { events: WorkerEvents<string>; sent: [string, number][]; detached: boolean; terminated: boolean };

let fakes: Fake[];
const start = (events: WorkerEvents<string>): PooledWorker<string, string> => {
  const fake: Fake = { events, sent: [], detached: false, terminated: false };
  fakes.push(fake);
  return {
    post: (job, id) => fake.sent.push([job, id]),
    detach: () => (fake.detached = true),
    terminate: () => {
      fake.terminated = true;
      return `ended ${fakes.indexOf(fake)}`;
    },
  };
};
const pool = (size: number, announcesReady = false) => new Pool({ start, size, limitMs: 1_000, failed: 'failed', timedOut: 'timed out', announcesReady });
const jobsOf = (fake: Fake | undefined) => fake?.sent.map(([job]) => job);

beforeEach(() => {
  fakes = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('Pool', () => {
  it('gives an idle worker the next job rather than starting another', async () => {
    const p = pool(2);
    const first = p.run('a');
    fakes[0]?.events.answered('A');
    expect(await first).toBe('A');
    const second = p.run('b');
    expect(fakes.length).toBe(1);
    expect(jobsOf(fakes[0])).toEqual(['a', 'b']);
    fakes[0]?.events.answered('B');
    expect(await second).toBe('B');
  });

  it('gives a worker that announces itself no job before it is ready, and starts its job’s limit then', async () => {
    const p = pool(1, true);
    const job = p.run('a');
    vi.advanceTimersByTime(999);
    expect(jobsOf(fakes[0])).toEqual([]);
    fakes[0]?.events.ready();
    expect(jobsOf(fakes[0])).toEqual(['a']);
    vi.advanceTimersByTime(999);
    fakes[0]?.events.answered('A', fakes[0].sent[0]?.[1]);
    expect(await job).toBe('A');
    expect(fakes[0]?.terminated).toBe(false);
  });

  it('fails the next job waiting when a worker is not ready within the limit, or dies before, so a broken start cannot loop', async () => {
    const p = pool(1, true);
    const [a, b, c] = ['a', 'b', 'c'].map((job) => p.run(job));
    vi.advanceTimersByTime(1_000);
    expect(await a).toBe('timed out');
    expect([fakes[0]?.detached, fakes[0]?.terminated, fakes.length]).toEqual([true, true, 2]);
    fakes[1]?.events.died();
    expect(await b).toBe('failed');
    fakes[2]?.events.ready();
    expect(jobsOf(fakes[2])).toEqual(['c']);
    fakes[2]?.events.answered('C');
    expect(await c).toBe('C');
  });

  it('ignores an answer that is not to the worker’s job, and what an ended worker still tells', async () => {
    const p = pool(1);
    const job = p.run('a');
    const id = fakes[0]?.sent[0]?.[1] ?? -1;
    fakes[0]?.events.answered('stale', id + 1);
    fakes[0]?.events.answered('A', id);
    expect(await job).toBe('A');
    const slow = p.run('slow');
    vi.advanceTimersByTime(1_000);
    expect(await slow).toBe('timed out');
    const next = p.run('next');
    fakes[0]?.events.answered('late');
    fakes[0]?.events.died();
    expect([fakes.length, jobsOf(fakes[1])]).toEqual([2, ['next']]);
    fakes[1]?.events.answered('read');
    expect(await next).toBe('read');
  });

  it('on close answers what runs or waits as failed, ends every worker, and answers later jobs as failed', async () => {
    const p = pool(2);
    const jobs = ['a', 'b', 'c'].map((job) => p.run(job));
    expect(p.close()).toEqual(['ended 0', 'ended 1']);
    expect(await Promise.all(jobs)).toEqual(['failed', 'failed', 'failed']);
    expect(await p.run('d')).toBe('failed');
    expect(fakes.length).toBe(2);
  });
});
