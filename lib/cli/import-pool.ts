// Imports in worker threads, at most `size` at once, each stopped after the time limit of the
// browser's import: a file can make its own import fail, never hang the command or stop the others.
// A thread is reused file after file (starting one loads the whole importer); a thread that ran out
// of time or died is replaced. A file's limit starts when its thread is ready, so a thread slow to
// start on a busy machine does not eat into it; a thread that cannot start within the limit fails
// the next file waiting (so a broken start can never loop).
import { Worker } from 'node:worker_threads';
import type { Finding } from '@/lib/report/checks/findings';
import type { ImportOutcome } from '@/lib/import/parsed-document';
import { failed, IMPORT_TIME_LIMIT_MS, timedOut, type ImportRequest } from '@/lib/import/time-limit';

/** What a thread answers: the import's outcome, and the report's checks when they were asked for. */
export type ThreadOutcome = ImportOutcome & { findings?: Finding[] };
type Job = { id: number; request: ImportRequest; transfer: boolean; checkedOn: number | undefined; resolve: (outcome: ThreadOutcome) => void };
type Slot = { worker: Worker; ready: boolean; job: Job | null; timer: NodeJS.Timeout | null };
type Message = { ready: true } | { id: number; outcome: ThreadOutcome };

const THREAD = new URL('./import-thread.mjs', import.meta.url);

/** The bytes' own buffer, when it is theirs alone: moved to the thread instead of copied. */
const transferOf = (request: ImportRequest): ArrayBuffer[] =>
  request.kind === 'file' && request.bytes.byteOffset === 0 && request.bytes.byteLength === request.bytes.buffer.byteLength && request.bytes.buffer instanceof ArrayBuffer
    ? [request.bytes.buffer]
    : [];

export class ImportPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly limitMs = IMPORT_TIME_LIMIT_MS,
  ) {}

  /**
   * `transfer`: the caller gives the file's bytes away (they are empty afterwards), saving a copy.
   * `checkToday`: the thread also runs the report's checks (runChecks with that day) and answers
   * their findings, so that checking a thousand reports is shared by the threads.
   */
  run(request: ImportRequest, { transfer = false, checkToday }: { transfer?: boolean; checkToday?: Date } = {}): Promise<ThreadOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, request, transfer, checkedOn: checkToday?.getTime(), resolve });
      this.dispatch();
    });
  }

  /** Ends every thread; a job still running or waiting is answered as failed. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) this.settle(slot, failed);
    for (const job of this.queue.splice(0)) job.resolve(failed);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.closed) return;
    // Threads are started while files wait for one (and there is room).
    const starting = this.slots.filter((s) => !s.ready).length;
    for (let n = this.queue.length - starting; n > 0 && this.slots.length < this.size; n--) this.spawn();
    for (const slot of this.slots) {
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.timer = setTimeout(() => this.replace(slot, timedOut), this.limitMs);
      slot.worker.postMessage({ id: job.id, request: job.request, checkedOn: job.checkedOn }, job.transfer ? transferOf(job.request) : []);
    }
  }

  private spawn(): void {
    const slot: Slot = { worker: new Worker(THREAD), ready: false, job: null, timer: null };
    slot.timer = setTimeout(() => this.replace(slot, timedOut), this.limitMs);
    slot.worker.on('message', (message: Message) => {
      if ('ready' in message) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        slot.ready = true;
      } else if (slot.job?.id === message.id) this.settle(slot, message.outcome);
      this.dispatch();
    });
    slot.worker.once('error', () => this.replace(slot, failed));
    slot.worker.once('exit', () => this.replace(slot, failed));
    // An idle pool does not keep the process alive.
    slot.worker.unref();
    this.slots.push(slot);
  }

  private settle(slot: Slot, outcome: ThreadOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    job?.resolve(outcome);
  }

  /**
   * The thread ran out of time or died: its file fails (or, if it never started, the next file
   * waiting), the thread is ended, and another takes its place while files wait.
   */
  private replace(slot: Slot, outcome: ImportOutcome): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!slot.job && !slot.ready) slot.job = this.queue.shift() ?? null;
    this.settle(slot, outcome);
    this.dispatch();
  }
}
