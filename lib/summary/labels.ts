// The statuses of a file in 汇总与核查, as the page shows them and the command line prints them.
export const FILE_STATUSES = ['ok', 'errors', 'unreadable', 'other-year', 'duplicate'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export const STATUS_LABELS: Record<FileStatus, string> = {
  ok: '可发布',
  errors: '有错误',
  unreadable: '无法读取',
  'other-year': '年度不符',
  duplicate: '重复',
};

/** How a file was read: the app's own data read back whole, or recognised from its text and tables. */
export const SOURCE_LABELS = { embedded: '本助手数据', recognised: '按文字识别' } as const;
export type ReadSource = keyof typeof SOURCE_LABELS;

/** The title of a summed report when the clerk gives none. */
export const DEFAULT_SUM_AGENCY = '汇总';

/** 格式 as the table shows it, by the file's name (the importer itself tells files apart by content). */
const FORMAT_BY_EXTENSION: readonly (readonly [RegExp, string])[] = [
  [/\.json$/i, '报告文件'],
  [/\.docx$/i, 'Word'],
  [/\.html?$/i, '网页'],
  [/\.txt$/i, '文字'],
  [/\.pdf$/i, 'PDF'],
  [/\.xlsx$/i, 'Excel'],
];
export const formatOfName = (name: string): string => FORMAT_BY_EXTENSION.find(([pattern]) => pattern.test(name))?.[1] ?? '其他';
