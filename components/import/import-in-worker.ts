// One import in a Web Worker of its own, terminated after the time limit: the page stays usable
// whatever the file does, and a file that takes too long ends in a message, nothing created.
import type { ImportOutcome } from '@/lib/import/parsed-document';
import { isPdf } from '@/lib/import/import-document';
import { runImport } from '@/lib/import/run-import';
import { failed, IMPORT_TIME_LIMIT_MS, timedOut, type ImportRequest } from '@/lib/import/time-limit';

/** On the page, under the same limit (the page is told; the work itself cannot be stopped there). */
function onThePage(request: ImportRequest): Promise<ImportOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<ImportOutcome>((resolve) => (timer = setTimeout(() => resolve(timedOut), IMPORT_TIME_LIMIT_MS)));
  return Promise.race([runImport(request).finally(() => clearTimeout(timer)), limit]);
}

export function importInWorker(request: ImportRequest): Promise<ImportOutcome> {
  // NOTE: every browser the app supports has workers; this keeps the import working if one does not.
  if (typeof Worker === 'undefined') return runImport(request);
  // NOTE: pdf.js started inside our worker never answers (its own worker is not started from a
  // worker); on the page it parses in that worker of its own, so the page stays usable anyway.
  if (request.kind === 'file' && isPdf(request.bytes)) return onThePage(request);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url));
    const finish = (outcome: ImportOutcome) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish(timedOut), IMPORT_TIME_LIMIT_MS);
    worker.onmessage = (event: MessageEvent<ImportOutcome>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(failed);
    };
    worker.onmessageerror = () => finish(failed);
    worker.postMessage(request, request.kind === 'file' ? [request.bytes.buffer] : []);
  });
}
