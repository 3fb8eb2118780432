// `nianbao import FILE [-o OUT.json]`: the same importer as the browser. Prints what was
// recognised and what not; the report goes to OUT (or to standard output, the summary then to
// standard error, so that it can be piped).
import { writeFile } from 'node:fs/promises';
import { importDocument } from '@/lib/import/import-document';
import type { ImportResult } from '@/lib/import/parsed-document';
import { tableById } from '@/lib/report/template/tables';
import type { CliIo } from './io';
import { errorCode, readFileBytes } from './read-file';

const USAGE = '用法：nianbao import 报告文件（.nianbao.json / .docx / .html / .txt）[-o 输出.nianbao.json]';

function summary(file: string, result: ImportResult): string[] {
  const { meta } = result.report;
  return [
    `${file}：${meta.agency || '（未识别机关名称）'} ${meta.year ?? '（未识别年度）'} 年度，${result.format === '未识别' ? '格式未识别' : `${result.format}格式`}，${result.source === 'embedded' ? '从年报助手数据完整读回' : '按文字和表格识别'}`,
    ...result.tables.map((t) => `  ${tableById(t.table).shortName}：找到 ${t.found} / ${t.total} 格`),
    ...(result.missing.length ? [`  ${result.missing.length} 格没有找到数字，已留空`] : []),
    ...result.notes.map((note) => `  ${note}`),
  ];
}

export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const files = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-o');
  const outAt = args.indexOf('-o');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const unknown = args.filter((a) => a.startsWith('-') && a !== '-o');
  if (files.length !== 1 || unknown.length > 0 || (outAt >= 0 && !out)) {
    io.err(unknown.length ? `不认识的选项：${unknown.join(' ')}` : files.length === 0 ? '请指定要导入的文件。' : '一次只能导入一个文件。');
    io.err(USAGE);
    return 2;
  }
  const file = files[0] ?? '';
  const read = await readFileBytes(file);
  if (!read.ok) {
    for (const problem of read.problems) io.err(`${file}：${problem}`);
    return 2;
  }
  const outcome = await importDocument(read.bytes, file);
  if (!outcome.ok) {
    for (const problem of outcome.problems) io.err(`${file}：${problem}`);
    return 2;
  }
  const json = `${JSON.stringify(outcome.report, null, 2)}\n`;
  const say = out ? io.out : io.err;
  summary(file, outcome).forEach((line) => say(line));
  if (!out) {
    io.out(json.trimEnd());
    return 0;
  }
  try {
    await writeFile(out, json);
  } catch (error) {
    io.err(`${out}：无法写入（${errorCode(error) || '未知原因'}）。`);
    return 2;
  }
  io.out(`已写入 ${out}`);
  return 0;
}
