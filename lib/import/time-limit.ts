// How long one import may run, in the browser (a Web Worker, terminated) and on the command line (a
// worker thread, terminated): no file can freeze the page or hang the command.
import type { ImportOutcome } from './parsed-document';

export const IMPORT_TIME_LIMIT_MS = 20_000;

export const IMPORT_TIMED_OUT = `读取这个文件超过 ${IMPORT_TIME_LIMIT_MS / 1000} 秒仍未完成，已停止读取：文件可能已损坏，或不是年度报告。`;
export const IMPORT_FAILED = '读取文件时出错：后台读取意外中止（文件可能过大或已损坏）。';

/** What one import is asked to read: a file's bytes, or pasted text. */
export type ImportRequest = { kind: 'file'; bytes: Uint8Array; name: string } | { kind: 'text'; text: string };

export const timedOut: ImportOutcome = { ok: false, problems: [IMPORT_TIMED_OUT] };
export const failed: ImportOutcome = { ok: false, problems: [IMPORT_FAILED] };
