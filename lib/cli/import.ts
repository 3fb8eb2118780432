// `nianbao import FILE [-o OUT.json]`: the same importer as the browser. Prints what was
// recognised and what not; the report goes to OUT (or to standard output, the summary then to
// standard error, so that it can be piped).
import { IMPORT_EXTENSION_LIST } from '@/lib/import/file-types';
import type { ImportResult } from '@/lib/import/parsed-document';
import { UNREAD_HINT, tableCount, unreadText } from '@/lib/import/recognise/tables/unread';
import { tableById } from '@/lib/report/template/tables';
import type { CliIo } from './io';
import { readArgs, usageError } from './args';
import { readFileBytes } from './read-file';
import { EXIT, EXIT_CODES_LINE, FORCE_LINE, refuseOutputs, writeOutputs } from './write-files';
import { importInThread } from './import-in-thread';

export const IMPORT_SPEC = {
  usage: [
    `用法：nianbao import 报告文件（${IMPORT_EXTENSION_LIST}）[-o 输出.nianbao.json]`,
    '  用与浏览器相同的方法导入上年报告，说明识别了什么、哪些格没有找到。',
    '  -o 文件          把报告写入该文件（不写时报告输出到标准输出，说明输出到标准错误）',
    FORCE_LINE,
    '  文件先写到同一文件夹的临时文件，写好后才改名到位；失败时原有文件保持不变。',
    `  ${EXIT_CODES_LINE}`,
  ],
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
} as const;

function howRead(result: ImportResult): string {
  if (result.source === 'recognised') return '按文字和表格识别';
  const fromDocument = result.proseFromDocument ?? [];
  return fromDocument.length === 0 ? '从年报助手数据完整读回' : `从年报助手数据读回，${fromDocument.map((heading) => `“${heading}”`).join('、')}的文字按文档现在的内容`;
}

function summary(file: string, result: ImportResult): string[] {
  const { meta } = result.report;
  return [
    `${file}：${meta.agency || '（未识别机关名称）'} ${meta.year ?? '（未识别年度）'} 年度，${result.format === '未识别' ? '格式未识别' : `${result.format}格式`}，${howRead(result)}`,
    ...result.tables.flatMap((t) => [`  ${tableById(t.table).shortName}：${tableCount(t)}`, ...t.unread.map((row) => `    ${unreadText(row)}`)]),
    ...(result.tables.some((t) => t.unread.length > 0) ? [`  ${UNREAD_HINT}`] : []),
    ...(result.missing.length ? [`  ${result.missing.length} 格没有找到数字，已留空`] : []),
    ...result.notes.map((note) => `  ${note}`),
  ];
}

export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const argv = readArgs(args, IMPORT_SPEC, io);
  if (typeof argv === 'number') return argv;
  const [file, ...extra] = argv.files;
  const out = argv.values.output;
  if (file === undefined) return usageError('请指定要导入的文件。', IMPORT_SPEC, io);
  if (extra.length > 0) return usageError('一次只能导入一个文件。', IMPORT_SPEC, io);
  if (out) {
    const refused = await refuseOutputs([file], [out], argv.values.force === true);
    if (refused.length > 0) {
      refused.forEach((problem) => io.err(problem));
      io.err('没有写出任何文件。');
      return EXIT.nothingWritten;
    }
  }
  const read = await readFileBytes(file);
  if (!read.ok) {
    for (const problem of read.problems) io.err(`${file}：${problem}`);
    return 2;
  }
  const outcome = await importInThread({ kind: 'file', bytes: read.bytes, name: file });
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
  return (await writeOutputs([{ path: out, content: json }], io)) ?? EXIT.ok;
}
