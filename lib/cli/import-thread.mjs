// The worker thread of `nianbao import` and `nianbao summary`: TypeScript through tsx, as
// bin/nianbao.mjs does, then the same dispatcher as the browser's worker. It answers one request
// at a time ({ id, request, checkedOn } in, { id, outcome } out), so a pool can reuse it file after
// file; it says { ready: true } once the importer is loaded, and a file's time limit starts then.
// With `checkedOn` (a day, ms since 1970) it also runs the report's checks as of that day and
// answers their findings with the outcome (`nianbao summary`: the checks shared by the threads).
import { parentPort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { runImport } = await import('../import/run-import.ts');
const { runChecks } = await import('../report/checks/checks.ts');
parentPort?.on('message', async ({ id, request, checkedOn }) => {
  const outcome = await runImport(request);
  const checked = outcome.ok && checkedOn !== undefined ? { ...outcome, findings: runChecks(outcome.report, { today: new Date(checkedOn) }) } : outcome;
  parentPort?.postMessage({ id, outcome: checked });
});
parentPort?.postMessage({ ready: true });
