// The worker thread of `nianbao import`: TypeScript through tsx, as bin/nianbao.mjs does, then the
// same dispatcher as the browser's worker; one request in, one outcome out.
import { parentPort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { runImport } = await import('../import/run-import.ts');
parentPort?.once('message', async (request) => parentPort?.postMessage(await runImport(request)));
