// Why a printed row's numbers were not read, and how a table's count reads, as the review and
// `nianbao import` tell the clerk.
import type { TableReading, UnreadRow } from '../../parsed-document';

export const UNREAD_HINT = '未能读入的数字没有导入（不会猜测），打开报告后可以对照原表在表格中手工填写。';
export const UNRECOGNISED_LABEL = '行名未能识别';
export const NO_LABEL = '数字前后没有行名';

export const wrongCount = (found: number, expected: string): string => `数字个数与表格列数不符（有 ${found} 个，应为 ${expected}）`;

/** A printed label as the review quotes it: its spaces tidied, shortened. */
export const printedLabel = (label: string): string => (label.length > 24 ? `${label.slice(0, 24)}…` : label);

/** 「读到 154 格 / 原表印出 161 格」 for a recognised table; 「144 / 144 格」 for one read whole. */
export const tableCount = (t: TableReading): string => (t.printed === null ? `${t.found} / ${t.total} 格` : `读到 ${t.found} 格 / 原表印出 ${t.printed} 格`);

export const unreadText = (row: UnreadRow): string => `${row.label === null ? '' : `「${row.label}」：`}${row.reason}，${row.numbers} 个数字未导入`;
