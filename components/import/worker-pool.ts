// Imports in a few Web Workers reused file after file: starting a worker loads and compiles the
// whole importer, which for 100 files cost more than reading them. Each file keeps the import's time
// limit; a worker that runs out of time or dies is terminated and a fresh one takes its place, so a
// file can make its own import fail, never hang the page or the files after it.
import type { ImportOutcome } from '@/lib/import/parsed-document';
import { failed, IMPORT_TIME_LIMIT_MS, timedOut, type ImportRequest } from '@/lib/import/time-limit';

/** What the pool needs of a worker (a real `Worker`, or a stand-in in the tests). */
export type PoolWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<ImportOutcome>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
};

type Job = { request: ImportRequest; resolve: (outcome: ImportOutcome) => void };
type Slot = { worker: PoolWorker; job: Job | null; timer: ReturnType<typeof setTimeout> | null };

/** How many workers: one per core, at least 2 (the PCs have two cores or more), at most 4 (memory). */
export function poolSize(cores: number | undefined): number {
  return Math.min(4, Math.max(2, Math.floor(cores ?? 0) || 2));
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(
    private readonly spawn: () => PoolWorker,
    private readonly size: number,
    private readonly limitMs = IMPORT_TIME_LIMIT_MS,
  ) {}

  /** The file's bytes are moved to the worker (the caller's copy is empty afterwards). */
  run(request: ImportRequest): Promise<ImportOutcome> {
    if (this.closed) return Promise.resolve(failed);
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      this.dispatch();
    });
  }

  /** Ends every worker; a file still being read or waiting is answered as failed. */
  close(): void {
    this.closed = true;
    for (const slot of this.slots.splice(0)) {
      slot.worker.terminate();
      this.settle(slot, failed);
    }
    for (const job of this.queue.splice(0)) job.resolve(failed);
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0) {
      const slot = this.slots.find((s) => s.job === null) ?? (this.slots.length < this.size ? this.start() : null);
      if (!slot) return;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.timer = setTimeout(() => this.replace(slot, timedOut), this.limitMs);
      slot.worker.postMessage(job.request, job.request.kind === 'file' ? [job.request.bytes.buffer] : []);
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: this.spawn(), job: null, timer: null };
    slot.worker.onmessage = (event) => {
      this.settle(slot, event.data);
      this.dispatch();
    };
    slot.worker.onerror = (event) => {
      event.preventDefault();
      this.replace(slot, failed);
    };
    slot.worker.onmessageerror = () => this.replace(slot, failed);
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, outcome: ImportOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    job?.resolve(outcome);
  }

  /** The worker ran out of time or died: its file fails, it is ended, and the next file gets a new one. */
  private replace(slot: Slot, outcome: ImportOutcome): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    slot.worker.onmessage = null;
    slot.worker.onerror = null;
    slot.worker.onmessageerror = null;
    slot.worker.terminate();
    this.settle(slot, outcome);
    this.dispatch();
  }
}
