// Imports in Web Workers, each terminated after the time limit: the page stays usable whatever the
// file does, and a file that takes too long ends in a message, nothing created. The wizard reads one
// file in a worker of its own; 汇总与核查 reads many through a pool of reused workers.
import type { ImportOutcome } from '@/lib/import/parsed-document';
import { isPdf } from '@/lib/import/import-document';
import { runImport } from '@/lib/import/run-import';
import { IMPORT_TIME_LIMIT_MS, timedOut, type ImportRequest } from '@/lib/import/time-limit';
import { poolSize, WorkerPool } from './worker-pool';

/** On the page, under the same limit (the page is told; the work itself cannot be stopped there). */
function onThePage(request: ImportRequest): Promise<ImportOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<ImportOutcome>((resolve) => (timer = setTimeout(() => resolve(timedOut), IMPORT_TIME_LIMIT_MS)));
  return Promise.race([runImport(request).finally(() => clearTimeout(timer)), limit]);
}

/** `size`: how many files it reads at once. */
export type ImportPool = { size: number; run: (request: ImportRequest) => Promise<ImportOutcome>; close: () => void };

/** `size` workers (default: from the cores), started as files wait and reused; `close` when done. */
export function importPool(size = poolSize(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency)): ImportPool {
  // NOTE: every browser the app supports has workers; this keeps the import working if one does not.
  if (typeof Worker === 'undefined') return { size, run: runImport, close: () => {} };
  const pool = new WorkerPool(() => new Worker(new URL('./import.worker.ts', import.meta.url)), size);
  return {
    size,
    // NOTE: pdf.js started inside our worker never answers (its own worker is not started from a
    // worker); on the page it parses in that worker of its own, so the page stays usable anyway.
    run: (request) => (request.kind === 'file' && isPdf(request.bytes) ? onThePage(request) : pool.run(request)),
    close: () => pool.close(),
  };
}

/** One import in a worker of its own, ended afterwards. */
export async function importInWorker(request: ImportRequest): Promise<ImportOutcome> {
  const pool = importPool(1);
  try {
    return await pool.run(request);
  } finally {
    pool.close();
  }
}
