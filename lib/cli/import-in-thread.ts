// `nianbao import` reads the file in a worker thread, terminated after the same time limit as the
// browser's import: a file can make the command fail, never hang.
import type { ImportOutcome } from '@/lib/import/parsed-document';
import { IMPORT_TIME_LIMIT_MS, type ImportRequest } from '@/lib/import/time-limit';
import { ImportPool } from './import-pool';

export async function importInThread(request: ImportRequest, limitMs = IMPORT_TIME_LIMIT_MS): Promise<ImportOutcome> {
  const pool = new ImportPool(1, limitMs);
  try {
    return await pool.run(request);
  } finally {
    // The thread is ended in the background: the answer need not wait for it.
    void pool.close();
  }
}
