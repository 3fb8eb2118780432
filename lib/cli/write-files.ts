// Writing the command line's output files so that no command ever destroys a file:
// every output is checked before anything is written (not an input, not another output, not an
// existing file unless --force, a regular file or nothing), then written to a temporary file in the
// same folder and renamed into place, so a full disk or any failure leaves the old file as it was.
// Every command that writes files goes through here (export, import, summary).
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIo } from './io';
import { errorCode } from './read-file';

export type Output = { path: string; content: string | Uint8Array };

/** The file-system calls made while writing, so a test can make the disk fill up. */
export type WriteOps = {
  /** Writes a new file (it must not exist) and flushes it to disk. */
  writeNew: (path: string, content: string | Uint8Array) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  remove: (path: string) => Promise<void>;
};

const nodeOps: WriteOps = {
  async writeNew(path, content) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename,
  remove: (path) => rm(path, { force: true }),
};

/** Exit codes of every command (README「命令行」and --help say the same). */
export const EXIT = {
  /** Done; the report has no errors. */
  ok: 0,
  /** Done; the report has errors (exported files are marked 草稿). */
  reportErrors: 1,
  /** Nothing was written: a file cannot be read, the command is misused, or an output is refused or cannot be written. */
  nothingWritten: 2,
  /** Some outputs were written and some not (a rename failed after others succeeded); the message names each. */
  partlyWritten: 3,
} as const;

export const EXIT_CODES_LINE =
  '退出码：0 完成，报告没有错误（可有警告）；1 完成，但报告存在错误（导出的文件标为草稿）；2 没有写出任何文件（文件无法读取、用法不对、输出文件被拒绝或无法写入）；3 只写出了部分文件（逐个说明）。';
export const FORCE_LINE = '  --force          输出文件已存在时替换它（不加时拒绝覆盖，什么也不写）';

type FileId = { dev: number; ino: number; regular: boolean };

async function identify(path: string): Promise<FileId | null> {
  try {
    const info = await stat(path);
    return { dev: info.dev, ino: info.ino, regular: info.isFile() };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

const sameFile = (a: FileId | null, b: FileId | null) => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/**
 * Why these outputs must not be written, or [] when they may: an output that is one of the inputs
 * (by path or by being the same file), two outputs on one path, an output that exists without
 * --force, or one that is not a regular file (a folder, /dev/full …).
 */
export async function refuseOutputs(inputs: readonly string[], outputs: readonly string[], force: boolean): Promise<string[]> {
  const problems: string[] = [];
  const inputIds = await Promise.all(inputs.map(async (p) => ({ path: resolve(p), id: await identify(p).catch(() => null) })));
  const seen: { path: string; id: FileId | null; given: string }[] = [];
  for (const given of outputs) {
    const path = resolve(given);
    let id: FileId | null;
    try {
      id = await identify(given);
    } catch (error) {
      problems.push(`${given}：无法检查这个输出文件（${errorCode(error) || '未知原因'}）。`);
      continue;
    }
    const input = inputIds.find((i) => i.path === path || sameFile(i.id, id));
    const twin = seen.find((s) => s.path === path || sameFile(s.id, id));
    if (input) problems.push(`${given}：输出文件就是输入文件，写出会毁掉它；请换一个文件名。`);
    else if (twin) problems.push(`${given}：两个输出用了同一个文件（${twin.given}）；请各用一个文件名。`);
    else if (id && !id.regular) problems.push(`${given}：这不是普通文件（文件夹或设备），不能写入。`);
    else if (id && !force) problems.push(`${given}：文件已存在；要替换它请加 --force。`);
    seen.push({ path, id, given });
  }
  return problems;
}

const tempPath = (path: string) => join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

/**
 * Writes every output (already built): all to temporary files first — if any fails, all are
 * removed and nothing is written — then each renamed into place. Says what was written; returns
 * the exit code when something went wrong, or null when every file is in place.
 */
export async function writeOutputs(outputs: readonly Output[], io: CliIo, ops: WriteOps = io.writeOps ?? nodeOps): Promise<number | null> {
  const temps: { output: Output; temp: string }[] = [];
  for (const output of outputs) {
    const temp = tempPath(output.path);
    try {
      temps.push({ output, temp });
      await ops.writeNew(temp, output.content);
    } catch (error) {
      await Promise.all(temps.map((t) => ops.remove(t.temp).catch(() => undefined)));
      io.err(`${output.path}：无法写入（${errorCode(error) || '未知原因'}）。`);
      io.err('没有写出任何文件，原有文件保持不变。');
      return EXIT.nothingWritten;
    }
  }
  const written: string[] = [];
  for (const [index, { output, temp }] of temps.entries()) {
    try {
      await ops.rename(temp, output.path);
      written.push(output.path);
      io.out(`已写入 ${output.path}`);
    } catch (error) {
      io.err(`${output.path}：无法写入（${errorCode(error) || '未知原因'}），原有文件保持不变。`);
      const rest = temps.slice(index);
      await Promise.all(rest.map((t) => ops.remove(t.temp).catch(() => undefined)));
      for (const t of rest.slice(1)) io.err(`${t.output.path}：没有写出。`);
      if (written.length === 0) {
        io.err('没有写出任何文件，原有文件保持不变。');
        return EXIT.nothingWritten;
      }
      return EXIT.partlyWritten;
    }
  }
  return null;
}
