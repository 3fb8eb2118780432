// Reading a report file (*.nianbao.json): bytes → draft report, or the reasons it cannot be read,
// one clear Chinese line each. Never throws, never touches anything.
import type { z } from 'zod';
import { describePath, getAt } from '@/lib/report/paths';
import { DraftReportSchema, REPORT_FORMAT, REPORT_VERSION, type DraftReport } from '@/lib/report/file/schema';
import { xmlSafeStrings, xmlSafeText } from '@/lib/report/xml-characters';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_LISTED_PROBLEMS = 30;

export type ReadResult = { ok: true; report: DraftReport } | { ok: false; problems: string[] };

const fail = (...problems: string[]): ReadResult => ({ ok: false, problems });

export function tooLarge(bytes: number): string | null {
  return bytes > MAX_FILE_BYTES ? `文件有 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过 20 MB 上限，不是报告文件（报告文件通常只有几十 KB）。` : null;
}

export function readReportBytes(bytes: Uint8Array): ReadResult {
  const large = tooLarge(bytes.byteLength);
  if (large) return fail(large);
  if (bytes.byteLength === 0) return fail('文件是空的。');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('文件不是 UTF-8 编码的文本，不是报告文件。');
  }
  return readReportText(text);
}

function jsonErrorPlace(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `（第 ${line} 行第 ${column} 列附近）`;
}

export function readReportText(raw: string): ReadResult {
  // A NUL or U+FFFF (raw, or as \u0000 in a string) is dropped, not a reason to refuse the file:
  // no export could carry it (xml-characters.ts). JSON needs none of them between its tokens.
  const text = xmlSafeText(raw.replace(/^\uFEFF/, ''));
  if (text.trim() === '') return fail('文件是空的。');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`文件不是有效的 JSON${jsonErrorPlace(text, error)}，可能已损坏或不是年报助手保存的报告文件。`);
  }
  return readReportData(xmlSafeStrings(data));
}

function describeValue(value: unknown): string {
  if (value === undefined) return '缺少此项';
  if (value === null) return '空值 null';
  if (typeof value === 'string') return `文本“${value.length > 20 ? `${value.slice(0, 20)}…` : value}”`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return Array.isArray(value) ? '数组' : '对象';
}

const expectedNames: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文本',
  boolean: 'true 或 false',
  object: '对象',
  array: '数组',
  null: 'null',
};

function issueLine(data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  const where = path === '' ? '文件' : `${path}（${describePath(path)}）`;
  const actual = getAt(data, path);
  switch (issue.code) {
    case 'invalid_type':
      if (actual === undefined) return `${where}：缺少此项。`;
      return `${where}：应为${expectedNames[issue.expected] ?? issue.expected}，文件中是${describeValue(actual)}。`;
    case 'invalid_value':
      return `${where}：应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}，文件中是${describeValue(actual)}。`;
    default:
      return `${where}：取值不正确（${describeValue(actual)}）。`;
  }
}

function readReportData(data: unknown): ReadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('文件内容不是一份报告（应为一个 JSON 对象）。');
  const format = getAt(data, 'format');
  if (format !== REPORT_FORMAT) {
    return fail(
      format === undefined
        ? `这不是年报助手的报告文件：缺少 "format": "${REPORT_FORMAT}"。`
        : `这不是年报助手的报告文件：format 应为 "${REPORT_FORMAT}"，文件中是 ${JSON.stringify(format)}。`,
    );
  }
  const version = getAt(data, 'version');
  if (typeof version === 'number' && Number.isInteger(version) && version > REPORT_VERSION) {
    return fail(`文件版本为 ${version}，比本程序支持的版本 ${REPORT_VERSION} 新。请使用新版年报助手打开。`);
  }
  if (version !== REPORT_VERSION) return fail(`文件版本无法识别：version 应为 ${REPORT_VERSION}，文件中是 ${JSON.stringify(version) ?? '（缺少）'}。`);
  const parsed = DraftReportSchema.safeParse(data);
  if (parsed.success) return { ok: true, report: parsed.data };
  const lines = parsed.error.issues.map((issue) => issueLine(data, issue));
  const listed = lines.slice(0, MAX_LISTED_PROBLEMS);
  if (lines.length > listed.length) listed.push(`另有 ${lines.length - listed.length} 处问题未列出。`);
  return { ok: false, problems: listed };
}
