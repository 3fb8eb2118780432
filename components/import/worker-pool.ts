// Imports in a few Web Workers reused file after file: starting a worker loads and compiles the
// whole importer, which for 100 files cost more than reading them. Each file keeps the import's time
// limit; a worker that runs out of time or dies is terminated and a fresh one takes its place, so a
// file can make its own import fail, never hang the page or the files after it. The scheduling is
// lib/import/pool.ts; this wires a Web Worker's events to it.
import type { ImportOutcome } from '@/lib/import/parsed-document';
import { Pool, type PooledWorker, type WorkerEvents } from '@/lib/import/pool';
import { failed, IMPORT_TIME_LIMIT_MS, timedOut, type ImportRequest } from '@/lib/import/time-limit';

/** What the pool needs of a worker (a real `Worker`, or a stand-in in the tests). */
export type PoolWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<ImportOutcome>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
};

/** How many workers: one per core, at least 2 (the PCs have two cores or more), at most 4 (memory). */
export function poolSize(cores: number | undefined): number {
  return Math.min(4, Math.max(2, Math.floor(cores ?? 0) || 2));
}

/** A Web Worker as the pool drives it: it is ready at once and answers the file it was given. */
function wire(worker: PoolWorker, events: WorkerEvents<ImportOutcome>): PooledWorker<ImportRequest> {
  worker.onmessage = (event) => events.answered(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    events.died();
  };
  worker.onmessageerror = () => events.died();
  return {
    post: (request) => worker.postMessage(request, request.kind === 'file' ? [request.bytes.buffer] : []),
    detach: () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
    },
    terminate: () => worker.terminate(),
  };
}

export class WorkerPool {
  private readonly pool: Pool<ImportRequest, ImportOutcome>;

  constructor(spawn: () => PoolWorker, size: number, limitMs = IMPORT_TIME_LIMIT_MS) {
    this.pool = new Pool({ start: (events) => wire(spawn(), events), size, limitMs, failed, timedOut });
  }

  /** The file's bytes are moved to the worker (the caller's copy is empty afterwards). */
  run(request: ImportRequest): Promise<ImportOutcome> {
    return this.pool.run(request);
  }

  /** Ends every worker; a file still being read or waiting is answered as failed. */
  close(): void {
    this.pool.close();
  }
}
