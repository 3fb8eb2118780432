// `nianbao export FILE --docx OUT.docx --html OUT.html`: the same documents as the browser makes.
import { writeFile } from 'node:fs/promises';
import { reportProperties } from '@/lib/report/file/embedding';
import { buildDocx } from '@/lib/export/docx/document';
import { renderHtmlDocument } from '@/lib/export/html/page';
import { printModelOf } from '@/lib/export/print-model';
import type { CliIo } from './io';
import { errorCode, readReportFile } from './read-file';

const USAGE = '用法：nianbao export 报告.nianbao.json --docx 输出.docx --html 输出.html（两者至少一个）';

function parseArgs(args: readonly string[]): { file: string; docx?: string; html?: string } | string {
  const out: { file?: string; docx?: string; html?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--docx' || arg === '--html') {
      const value = args[i + 1];
      if (!value || value.startsWith('-')) return `${arg} 后面要写输出文件名。`;
      out[arg === '--docx' ? 'docx' : 'html'] = value;
      i++;
    } else if (arg.startsWith('-')) return `不认识的选项：${arg}`;
    else if (out.file) return `只能导出一个报告文件，多了：${arg}`;
    else out.file = arg;
  }
  if (!out.file) return '请指定要导出的报告文件。';
  if (!out.docx && !out.html) return '请用 --docx 或 --html 指定输出文件。';
  return { file: out.file, docx: out.docx, html: out.html };
}

export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(parsed);
    io.err(USAGE);
    return 2;
  }
  const read = await readReportFile(parsed.file);
  if (!read.ok) {
    for (const problem of read.problems) io.err(`${parsed.file}：${problem}`);
    io.err('没有写出任何文件。');
    return 2;
  }
  const doc = printModelOf(read.report, io.today());
  // Everything is built before anything is written: a failure leaves no half-written output.
  const outputs: { path: string; content: string | Uint8Array }[] = [];
  if (parsed.docx) outputs.push({ path: parsed.docx, content: await buildDocx(doc, await reportProperties(read.report)) });
  if (parsed.html) outputs.push({ path: parsed.html, content: renderHtmlDocument(doc, read.report) });
  for (const output of outputs) {
    try {
      await writeFile(output.path, output.content);
    } catch (error) {
      io.err(`${output.path}：无法写入（${errorCode(error) || '未知原因'}）。`);
      return 2;
    }
    io.out(`已写入 ${output.path}`);
  }
  if (doc.draft) {
    io.out(`注意：报告还有 ${doc.draft.problems.length} 个错误，文件每页标有「${doc.draft.banner}」，文末列出了这些问题。`);
    return 1;
  }
  return 0;
}
