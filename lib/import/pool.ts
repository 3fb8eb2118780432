// The scheduling of a pool of reused workers, whatever their kind (the browser's Web Workers, the
// command line's worker threads): at most `size` at once, started while jobs wait for one, each job
// under its own time limit. A worker that runs out of time or dies is ended and another takes its
// place: its job fails, never the others'. Plain TypeScript: the adapter makes and ends its kind of
// worker and tells the pool what the worker did (WorkerEvents).

/** What a worker did, told by the adapter from the worker's own events. */
export type WorkerEvents<Outcome> = {
  /** Ready for jobs (a worker that announces it, `announcesReady`): a job's time limit starts then. */
  ready: () => void;
  /** The answer to its job; with `id`, only if it is its job's (an answer to an earlier one is ignored). */
  answered: (outcome: Outcome, id?: number) => void;
  /** It failed or stopped: its job fails, and it is replaced. */
  died: () => void;
};

/** One worker as the pool drives it; `End` is what ending it returns (the threads': a promise). */
export type PooledWorker<Job, End = void> = {
  /** Gives it a job; `id` is the job's, for a worker that answers with it. */
  post: (job: Job, id: number) => void;
  /** Stops telling the pool of its events (it is being replaced). */
  detach: () => void;
  terminate: () => End;
};

export type PoolOptions<Job, Outcome, End> = {
  /** Makes a worker and wires its events to `events`. */
  start: (events: WorkerEvents<Outcome>) => PooledWorker<Job, End>;
  size: number;
  limitMs: number;
  /** The answer to a job whose worker died, or that was still running or waiting at `close`. */
  failed: Outcome;
  /** The answer to a job that ran out of time. */
  timedOut: Outcome;
  /**
   * The worker says when it is ready, and gets no job before. A worker that does not within the time
   * limit, or dies before, is replaced and fails the next job waiting (so a broken start cannot loop).
   */
  announcesReady?: boolean;
};

type Entry<Job, Outcome> = { id: number; job: Job; resolve: (outcome: Outcome) => void };
type Slot<Job, Outcome, End> = {
  worker: PooledWorker<Job, End>;
  ready: boolean;
  entry: Entry<Job, Outcome> | null;
  timer: ReturnType<typeof setTimeout> | null;
};

export class Pool<Job, Outcome, End = void> {
  private readonly slots: Slot<Job, Outcome, End>[] = [];
  private readonly queue: Entry<Job, Outcome>[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions<Job, Outcome, End>) {}

  /** Answered by the job's worker, or `failed` / `timedOut`; after `close`, `failed` at once. */
  run(job: Job): Promise<Outcome> {
    if (this.closed) return Promise.resolve(this.options.failed);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.dispatch();
    });
  }

  /** Ends every worker (what each `terminate` returned); a job still running or waiting is answered as failed. */
  close(): End[] {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) this.settle(slot, this.options.failed);
    for (const entry of this.queue.splice(0)) entry.resolve(this.options.failed);
    return slots.map((slot) => slot.worker.terminate());
  }

  private dispatch(): void {
    if (this.closed) return;
    // Workers are started while jobs wait for one (and there is room): a starting or idle one takes one.
    const free = this.slots.filter((s) => !s.entry).length;
    for (let n = this.queue.length - free; n > 0 && this.slots.length < this.options.size; n--) this.start();
    for (const slot of this.slots) {
      if (!slot.ready || slot.entry) continue;
      const entry = this.queue.shift();
      if (!entry) return;
      slot.entry = entry;
      slot.timer = setTimeout(() => this.replace(slot, this.options.timedOut), this.options.limitMs);
      slot.worker.post(entry.job, entry.id);
    }
  }

  private start(): void {
    const ready = !this.options.announcesReady;
    // A worker's events come in later turns, never while `start` makes it. What an ended one still
    // tells changes nothing: its job was answered, and it is out of the pool.
    const events: WorkerEvents<Outcome> = {
      ready: () => {
        this.clearTimer(slot);
        slot.ready = true;
        this.dispatch();
      },
      answered: (outcome, id) => {
        if (id === undefined || slot.entry?.id === id) this.settle(slot, outcome);
        this.dispatch();
      },
      died: () => this.replace(slot, this.options.failed),
    };
    const slot: Slot<Job, Outcome, End> = { worker: this.options.start(events), ready, entry: null, timer: null };
    if (!ready) slot.timer = setTimeout(() => this.replace(slot, this.options.timedOut), this.options.limitMs);
    this.slots.push(slot);
  }

  private clearTimer(slot: Slot<Job, Outcome, End>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private settle(slot: Slot<Job, Outcome, End>, outcome: Outcome): void {
    this.clearTimer(slot);
    const entry = slot.entry;
    slot.entry = null;
    entry?.resolve(outcome);
  }

  /**
   * The worker ran out of time or died: its job fails (or, if it never became ready, the next job
   * waiting), the worker is ended, and another takes its place while jobs wait.
   */
  private replace(slot: Slot<Job, Outcome, End>, outcome: Outcome): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    slot.worker.detach();
    void slot.worker.terminate();
    if (!slot.entry && !slot.ready) slot.entry = this.queue.shift() ?? null;
    this.settle(slot, outcome);
    this.dispatch();
  }
}
