// The browser's import runs here, off the main thread, so that no file can freeze the page.
import { runImport } from '@/lib/import/run-import';
import type { ImportRequest } from '@/lib/import/time-limit';

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  self.postMessage(await runImport(event.data));
};
