// The files of one 汇总与核查: chosen (many, or a folder) or dropped (files and folders, read
// recursively), each read through the wizard's importer in a pool of reused workers. One file that cannot be read
// is a row saying why; it never stops the others.
import { formatLabel, isReportCandidate } from '@/lib/import/file-types';
import { documentTooLarge } from '@/lib/import/limits';
import type { SummaryEntry } from '@/lib/summary/entries';
import { importPool, type ImportPool } from '@/components/import/import-in-worker';

/** A file and where it was in what the clerk dropped (「部门年报/司法局.docx」). */
export type PickedFile = { file: File; path: string };

/** What was picked: the files to read, and how many files of a folder were left out (not reports). */
export type Picked = { files: PickedFile[]; skipped: string[] };

/** From a file input: many files, or a folder (webkitdirectory) whose other files are skipped. */
export function pickedFromInput(list: FileList | readonly File[]): Picked {
  const files: PickedFile[] = [];
  const skipped: string[] = [];
  for (const file of Array.from(list)) {
    const path = file.webkitRelativePath || file.name;
    if (file.webkitRelativePath && !isReportCandidate(path)) skipped.push(path);
    else files.push({ file, path });
  }
  // A folder's files in the order of their paths (the browser lists them in any order).
  if (files.some((f) => f.file.webkitRelativePath)) files.sort((a, b) => a.path.localeCompare(b.path, 'zh-CN'));
  return { files, skipped };
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (100 at a time in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, picked: Picked, inFolder: boolean): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile) {
    if (inFolder && !isReportCandidate(path)) picked.skipped.push(path);
    else picked.files.push({ file: await fileOf(entry as FileSystemFileEntry), path });
    return;
  }
  if (entry.isDirectory) {
    const children = await entriesOf(entry as FileSystemDirectoryEntry).catch(() => []);
    children.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const child of children) await walk(child, picked, true);
  }
}

/**
 * From a drop: the entries are taken during the drop event itself (the list is emptied after it),
 * folders then read recursively. Without entries (an old core), the dropped files as they are.
 */
export function pickedFromDrop(data: DataTransfer): Promise<Picked> {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((e) => e === null)) return Promise.resolve(pickedFromInput(data.files));
  return (async () => {
    const picked: Picked = { files: [], skipped: [] };
    for (const entry of entries) if (entry) await walk(entry, picked, false);
    return picked;
  })();
}

async function sha256Of(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  // NOTE: crypto.subtle exists on https and localhost only; over plain http the sum records no hash.
  if (typeof crypto === 'undefined' || !crypto.subtle) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One file through the importer: never throws. */
export async function readEntry({ file, path }: PickedFile, pool: ImportPool): Promise<SummaryEntry> {
  const base = { file: path, modified: file.lastModified || undefined };
  const large = documentTooLarge(file.size);
  if (large) return { ...base, format: formatLabel(new Uint8Array(), path), read: { ok: false, problems: [large] } };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const format = formatLabel(bytes, path);
    const sha256 = await sha256Of(bytes);
    const outcome = await pool.run({ kind: 'file', bytes, name: file.name });
    const read: SummaryEntry['read'] = outcome.ok ? { ok: true, report: outcome.report, source: outcome.source } : { ok: false, problems: outcome.problems };
    return { ...base, format, ...(sha256 ? { sha256 } : {}), read };
  } catch {
    return { ...base, format: formatLabel(new Uint8Array(), path), read: { ok: false, problems: [`「${path}」无法读取。`] } };
  }
}

/**
 * As many imports at a time as the pool has workers (from the cores, 2 to 4), in the order picked;
 * `onRead` after each. The workers are reused file after file and ended at the end.
 */
export async function readAll(files: readonly PickedFile[], onRead: (index: number, entry: SummaryEntry) => void): Promise<void> {
  const pool = importPool();
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const index = next++;
      const picked = files[index];
      if (picked) onRead(index, await readEntry(picked, pool));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(pool.size, files.length) }, lane));
  } finally {
    pool.close();
  }
}
