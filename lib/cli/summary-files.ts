// The files `nianbao summary` reads: each file named, and every report-like file in each folder
// named, recursively, in name order — hidden files, Word's 「~$」 lock files and the outputs of this
// very run left out, and a folder reached twice (through a link) read once.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { errorCode } from './read-file';

/** What a folder's files are read for: the importer's formats (it tells them apart by content). */
const REPORT_LIKE = /\.(json|docx|xlsx|pdf|html?|txt)$/i;
const SKIPPED = /^(\.|~\$)/;

export type Collected = { files: string[]; problems: { file: string; problem: string }[] };

export async function collectFiles(paths: readonly string[], outputs: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const problems: Collected['problems'] = [];
  const excluded = new Set(outputs.map((p) => resolve(p)));
  const seenFolders = new Set<string>();

  async function walk(folder: string): Promise<void> {
    const real = await realpath(folder);
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (SKIPPED.test(entry.name)) continue;
      const path = join(folder, entry.name);
      const info = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
      if (info?.isDirectory()) await walk(path);
      else if (info?.isFile() && REPORT_LIKE.test(entry.name) && !excluded.has(resolve(path))) files.push(path);
    }
  }

  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) await walk(path);
      else files.push(path);
    } catch (error) {
      // A file named but missing is listed as unreadable (the reader says why); a folder that fails midway too.
      if (errorCode(error) === 'ENOENT') files.push(path);
      else problems.push({ file: path, problem: `无法读取这个文件夹（${errorCode(error) || '未知原因'}）。` });
    }
  }
  return { files, problems };
}
