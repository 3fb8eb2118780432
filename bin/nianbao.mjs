#!/usr/bin/env node
// The command line runs the TypeScript in lib/ directly through tsx, so it works right after
// `npm install` with no build step.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { runCli } = await import('../lib/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
