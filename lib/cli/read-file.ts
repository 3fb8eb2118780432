// Reading files from disk for the command line: size refused before reading, failures in words.
import { readFile, stat } from 'node:fs/promises';
import { documentTooLarge } from '@/lib/import/limits';
import { readReportBytes, tooLarge, type ReadResult } from '@/lib/report/file/read';

/** The code of a file-system error (ENOENT …), or '' for anything else. */
export const errorCode = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '');

function fsProblem(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return '找不到这个文件。';
  if (code === 'EISDIR') return '这是一个文件夹，不是文件。';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取这个文件的权限。';
  return `无法读取文件（${code || '未知原因'}）。`;
}

/** A file's bytes, or why it cannot be read (by default any file the importer reads, up to its limit). */
export async function readFileBytes(path: string, tooBig: (bytes: number) => string | null = documentTooLarge): Promise<{ ok: true; bytes: Uint8Array; modified: number } | { ok: false; problems: string[] }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problems: ['这是一个文件夹，不是文件。'] };
    const large = tooBig(info.size);
    if (large) return { ok: false, problems: [large] };
    return { ok: true, bytes: new Uint8Array(await readFile(path)), modified: info.mtimeMs };
  } catch (error) {
    return { ok: false, problems: [fsProblem(error)] };
  }
}

export async function readReportFile(path: string): Promise<ReadResult> {
  const read = await readFileBytes(path, tooLarge);
  return read.ok ? readReportBytes(read.bytes) : read;
}
