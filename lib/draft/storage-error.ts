// What can go wrong with the browser's storage, told in words the clerk can act on. Every failure
// is shown to the clerk (excalidraw LocalData), so each kind has one plain Chinese message.

export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'conflict' | 'unknown';
/** `message` is plain Chinese for the clerk. */
export type StorageError = { kind: StorageErrorKind; message: string };
export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

const STORAGE_MESSAGES: Readonly<Record<StorageErrorKind, string>> = {
  quota: '浏览器存储空间已满，本次修改未能保存。请清理浏览器数据或先「保存为文件」。',
  blocked: '本地存储被另一个标签页占用，本次修改未能保存。请关闭其他打开年报助手的标签页。',
  unavailable: '浏览器禁止了本地存储（可能处于无痕模式或被管理员关闭），本次修改未能保存。请先「保存为文件」。',
  conflict: '这份报告刚在另一个标签页中保存过，本页的修改没有保存，以免覆盖那边的内容。请先「保存为文件」留存本页的内容，再刷新页面。',
  unknown: '本地存储出现意外错误，本次操作未能完成。请先「保存为文件」。',
};

/** The database was upgraded by a newer 年报助手 open in another tab. */
export const NEWER_DATABASE_MESSAGE = '本地存储已被新版年报助手升级，本次修改未能保存。请刷新页面后继续。';
/** The stored object could not be read: it was moved aside, not deleted. */
export const keptAsideMessage = (reason: string) => `${reason}原草稿已另行保存，没有删除。`;
/** The record handed to save() does not match the schema (a bug, never the clerk's fault). */
export const INVALID_RECORD_MESSAGE = '草稿数据有误，本次修改未能保存。请先「保存为文件」。';

export const storageError = (kind: StorageErrorKind, message = STORAGE_MESSAGES[kind]): StorageError => ({ kind, message });
export const failure = (kind: StorageErrorKind, message?: string): { ok: false; error: StorageError } => ({ ok: false, error: storageError(kind, message) });

/** The DOMException name of whatever was thrown or reported, if any. */
export function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

/** Maps an error raised while reading or writing an open database. */
export function errorFromException(error: unknown): StorageError {
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return storageError('quota');
    case 'SecurityError':
      return storageError('unavailable');
    default:
      return storageError('unknown');
  }
}
