// The one dispatcher behind the import workers (browser and command line): a request → the
// importer. A new format is a reader behind importDocument, never a change here or in a worker.
import { importDocument } from './import-document';
import { importText } from './import-text';
import type { ImportOutcome } from './parsed-document';
import type { ImportRequest } from './time-limit';

export const runImport = (request: ImportRequest): Promise<ImportOutcome> =>
  request.kind === 'text' ? Promise.resolve(importText(request.text)) : importDocument(request.bytes, request.name);
