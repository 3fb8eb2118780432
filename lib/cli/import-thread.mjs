// The worker thread of `nianbao import` and `nianbao summary`: TypeScript through tsx, as
// bin/nianbao.mjs does, then the same dispatcher as the browser's worker. It answers one request
// at a time ({ id, request } in, { id, outcome } out), so a pool can reuse it file after file; it
// says { ready: true } once the importer is loaded, and a file's time limit starts then.
import { parentPort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { runImport } = await import('../import/run-import.ts');
parentPort?.on('message', async ({ id, request }) => parentPort?.postMessage({ id, outcome: await runImport(request) }));
parentPort?.postMessage({ ready: true });
