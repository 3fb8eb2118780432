// The files the importer reads, listed once: the file picker's `accept`, the command line's usage
// and the import page's sentence all read this list. The importer itself tells files apart by
// their content, not by these names.

export const IMPORT_EXTENSIONS = ['.nianbao.json', '.docx', '.xlsx', '.pdf', '.html', '.txt'] as const;

/** What a file picker offers: the extensions (and .json, .htm) and their media types. */
export const IMPORT_ACCEPT = [
  '.json',
  '.docx',
  '.xlsx',
  '.pdf',
  '.html',
  '.htm',
  '.txt',
  'application/json',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/pdf',
  'text/html',
  'text/plain',
].join(',');

/** 「.nianbao.json / .docx / .xlsx / .html / .txt」 */
export const IMPORT_EXTENSION_LIST = IMPORT_EXTENSIONS.join(' / ');
