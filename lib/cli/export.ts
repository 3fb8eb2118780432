// `nianbao export FILE --docx OUT.docx --html OUT.html --fragment OUT.html`: the same documents as
// the browser makes; the fragment is exactly what 「复制网页代码」 copies.
import { reportProperties } from '@/lib/report/file/embedding';
import { buildDocx } from '@/lib/export/docx/document';
import { renderHtmlDocument, renderHtmlFragment } from '@/lib/export/html/page';
import { printModelOf } from '@/lib/export/print-model';
import type { CliIo } from './io';
import { readArgs, usageError } from './args';
import { readReportFile } from './read-file';
import { EXIT, EXIT_CODES_LINE, FORCE_LINE, refuseOutputs, writeOutputs, type Output } from './write-files';

export const EXPORT_SPEC = {
  usage: [
    '用法：nianbao export 报告.nianbao.json --docx 输出.docx --html 输出.html --fragment 代码.html（至少一个）',
    '  导出与浏览器中相同的 Word 文档和网页文件；报告有错误时文件标为草稿，退出码为 1。',
    '  --docx 文件       写出 Word 文档（.docx）',
    '  --html 文件       写出网页文件（.html）',
    '  --fragment 文件   写出「复制网页代码」复制的网页代码，供粘贴到网站编辑器的“源代码”模式',
    FORCE_LINE,
    '  每个文件先写到同一文件夹的临时文件，全部写好后才改名到位；失败时原有文件保持不变。',
    `  ${EXIT_CODES_LINE}`,
  ],
  options: { docx: { type: 'string' }, html: { type: 'string' }, fragment: { type: 'string' }, force: { type: 'boolean' } },
} as const;

export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const argv = readArgs(args, EXPORT_SPEC, io);
  if (typeof argv === 'number') return argv;
  const [file, ...extra] = argv.files;
  const { docx, html, fragment } = argv.values;
  if (file === undefined) return usageError('请指定要导出的报告文件。', EXPORT_SPEC, io);
  if (extra.length > 0) return usageError(`只能导出一个报告文件，多了：${extra.join(' ')}`, EXPORT_SPEC, io);
  if (!docx && !html && !fragment) return usageError('请用 --docx、--html 或 --fragment 指定输出文件。', EXPORT_SPEC, io);
  const parsed = { file, docx, html, fragment };
  const paths = [docx, html, fragment].filter((p): p is string => Boolean(p));
  const refused = await refuseOutputs([file], paths, argv.values.force === true);
  if (refused.length > 0) {
    refused.forEach((problem) => io.err(problem));
    io.err('没有写出任何文件。');
    return EXIT.nothingWritten;
  }
  const read = await readReportFile(parsed.file);
  if (!read.ok) {
    for (const problem of read.problems) io.err(`${parsed.file}：${problem}`);
    io.err('没有写出任何文件。');
    return 2;
  }
  const doc = printModelOf(read.report, io.today());
  // Everything is built before anything is written: a failure leaves no half-written output.
  const outputs: Output[] = [];
  if (parsed.docx) outputs.push({ path: parsed.docx, content: await buildDocx(doc, await reportProperties(read.report)) });
  if (parsed.html) outputs.push({ path: parsed.html, content: renderHtmlDocument(doc, read.report) });
  if (parsed.fragment) outputs.push({ path: parsed.fragment, content: renderHtmlFragment(doc) });
  const failed = await writeOutputs(outputs, io);
  if (failed !== null) return failed;
  if (doc.draft) {
    const warnings = doc.draft.warnings > 0 ? `（另有 ${doc.draft.warnings} 个警告）` : '';
    io.out(`注意：报告还有 ${doc.draft.errors} 个错误${warnings}，文件每页标有「${doc.draft.banner}」，文末列出了这些问题。`);
    return EXIT.reportErrors;
  }
  return EXIT.ok;
}
