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

/** 格式 as 汇总与核查 lists a file: by its content where that says it, else by its name. */
export const FORMAT_LABELS = { report: '报告文件', docx: 'Word', xlsx: 'Excel', html: '网页', pdf: 'PDF', text: '文字', old: '旧版 Office', other: '其他' } as const;

export function formatLabel(bytes: Uint8Array, name: string): string {
  const lower = name.toLowerCase();
  const head = String.fromCharCode(...bytes.subarray(0, 16)).trimStart();
  if (head.startsWith('%PDF-')) return FORMAT_LABELS.pdf;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return lower.endsWith('.xlsx') ? FORMAT_LABELS.xlsx : FORMAT_LABELS.docx;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return FORMAT_LABELS.old;
  if (lower.endsWith('.json') || head.startsWith('{')) return FORMAT_LABELS.report;
  if (/\.html?$/.test(lower) || head.startsWith('<')) return FORMAT_LABELS.html;
  if (lower.endsWith('.docx')) return FORMAT_LABELS.docx;
  if (lower.endsWith('.xlsx')) return FORMAT_LABELS.xlsx;
  if (lower.endsWith('.pdf')) return FORMAT_LABELS.pdf;
  if (/\.(doc|xls|wps)$/.test(lower)) return FORMAT_LABELS.old;
  return lower.endsWith('.txt') || bytes.length > 0 ? FORMAT_LABELS.text : FORMAT_LABELS.other;
}

/** A file inside a dropped folder worth reading: one the importer takes, or an old Office file it explains. */
export function isReportCandidate(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  if (base.startsWith('.') || base.startsWith('~$')) return false;
  return /\.(json|docx|xlsx|pdf|html?|txt|doc|xls|wps)$/.test(base);
}
