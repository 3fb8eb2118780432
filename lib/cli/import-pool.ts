// Imports in worker threads, at most `size` at once, each stopped after the time limit of the
// browser's import: a file can make its own import fail, never hang the command or stop the others.
// A thread is reused file after file (starting one loads the whole importer); a thread that ran out
// of time or died is replaced. A file's limit starts when its thread is ready, so a thread slow to
// start on a busy machine does not eat into it; a thread that cannot start within the limit fails
// the next file waiting (so a broken start can never loop). The scheduling is lib/import/pool.ts;
// this wires a worker thread's events to it.
import { Worker } from 'node:worker_threads';
import type { Finding } from '@/lib/report/checks/findings';
import type { ImportOutcome } from '@/lib/import/parsed-document';
import { Pool, type PooledWorker, type WorkerEvents } from '@/lib/import/pool';
import { failed, IMPORT_TIME_LIMIT_MS, timedOut, type ImportRequest } from '@/lib/import/time-limit';

/** What a thread answers: the import's outcome, and the report's checks when they were asked for. */
export type ThreadOutcome = ImportOutcome & { findings?: Finding[] };
type Job = { request: ImportRequest; transfer: boolean; checkedOn: number | undefined };
type Message = { ready: true } | { id: number; outcome: ThreadOutcome };

const THREAD = new URL('./import-thread.mjs', import.meta.url);

/** The bytes' own buffer, when it is theirs alone: moved to the thread instead of copied. */
const transferOf = (request: ImportRequest): ArrayBuffer[] =>
  request.kind === 'file' && request.bytes.byteOffset === 0 && request.bytes.byteLength === request.bytes.buffer.byteLength && request.bytes.buffer instanceof ArrayBuffer
    ? [request.bytes.buffer]
    : [];

/** A thread as the pool drives it: it says when the importer is loaded, and answers with the job's id. */
function startThread(events: WorkerEvents<ThreadOutcome>): PooledWorker<Job, Promise<number>> {
  const worker = new Worker(THREAD);
  worker.on('message', (message: Message) => ('ready' in message ? events.ready() : events.answered(message.outcome, message.id)));
  worker.once('error', () => events.died());
  worker.once('exit', () => events.died());
  // An idle pool does not keep the process alive.
  worker.unref();
  return {
    post: ({ request, transfer, checkedOn }, id) => worker.postMessage({ id, request, checkedOn }, transfer ? transferOf(request) : []),
    detach: () => worker.removeAllListeners(),
    terminate: () => worker.terminate(),
  };
}

export class ImportPool {
  private readonly pool: Pool<Job, ThreadOutcome, Promise<number>>;

  constructor(size: number, limitMs = IMPORT_TIME_LIMIT_MS) {
    this.pool = new Pool({ start: startThread, size, limitMs, failed, timedOut, announcesReady: true });
  }

  /**
   * `transfer`: the caller gives the file's bytes away (they are empty afterwards), saving a copy.
   * `checkToday`: the thread also runs the report's checks (runChecks with that day) and answers
   * their findings, so that checking a thousand reports is shared by the threads.
   */
  run(request: ImportRequest, { transfer = false, checkToday }: { transfer?: boolean; checkToday?: Date } = {}): Promise<ThreadOutcome> {
    return this.pool.run({ request, transfer, checkedOn: checkToday?.getTime() });
  }

  /** Ends every thread; a job still running or waiting is answered as failed. */
  async close(): Promise<void> {
    await Promise.all(this.pool.close());
  }
}
