// `nianbao import` reads the file in a worker thread, terminated after the same time limit as the
// browser's import: a file can make the command fail, never hang.
import { Worker } from 'node:worker_threads';
import type { ImportOutcome } from '@/lib/import/parsed-document';
import { failed, IMPORT_TIME_LIMIT_MS, timedOut, type ImportRequest } from '@/lib/import/time-limit';

export function importInThread(request: ImportRequest, limitMs = IMPORT_TIME_LIMIT_MS): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-thread.mjs', import.meta.url));
    let settled = false;
    const finish = (outcome: ImportOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish(timedOut), limitMs);
    worker.once('message', (outcome: ImportOutcome) => finish(outcome));
    worker.once('error', () => finish(failed));
    worker.once('exit', () => finish(failed));
    worker.postMessage(request);
  });
}
