// `nianbao export FILE --docx OUT.docx --html OUT.html --fragment OUT.html`: the same documents as
// the browser makes; the fragment is exactly what 「复制网页代码」 copies.
import { reportProperties } from '@/lib/report/file/embedding';
import { printModelOf, type PrintDocument } from '@/lib/export/print-model';
import type { DraftReport } from '@/lib/report/file/schema';
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
    '  --infographic 文件  写出图解（一图读懂），按扩展名：.png 图片（1080 像素宽）、.svg 矢量图、.html「复制图解网页代码」复制的网页代码',
    '  --long            图解用长图版式（更高、字更大，适合手机阅读）',
    FORCE_LINE,
    '  每个文件先写到同一文件夹的临时文件，全部写好后才改名到位；失败时原有文件保持不变。',
    `  ${EXIT_CODES_LINE}`,
  ],
  options: {
    docx: { type: 'string' },
    html: { type: 'string' },
    fragment: { type: 'string' },
    infographic: { type: 'string' },
    long: { type: 'boolean' },
    force: { type: 'boolean' },
  },
} as const;

export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const argv = readArgs(args, EXPORT_SPEC, io);
  if (typeof argv === 'number') return argv;
  const [file, ...extra] = argv.files;
  const { docx, html, fragment, infographic } = argv.values;
  if (file === undefined) return usageError('请指定要导出的报告文件。', EXPORT_SPEC, io);
  if (extra.length > 0) return usageError(`只能导出一个报告文件，多了：${extra.join(' ')}`, EXPORT_SPEC, io);
  if (!docx && !html && !fragment && !infographic) return usageError('请用 --docx、--html、--fragment 或 --infographic 指定输出文件。', EXPORT_SPEC, io);
  const kind = infographic ? infographicKind(infographic) : null;
  if (infographic && !kind) return usageError(`图解的文件名要以 .png、.svg 或 .html 结尾：${infographic}`, EXPORT_SPEC, io);
  if (argv.values.long && !infographic) return usageError('--long 只用于 --infographic。', EXPORT_SPEC, io);
  const parsed = { file, docx, html, fragment };
  const paths = [docx, html, fragment, infographic].filter((p): p is string => Boolean(p));
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
  // Everything is built before anything is written: a failure leaves no half-written output. Each
  // writer is loaded only when asked for (docx, ECharts and the rasteriser weigh on every command's start).
  const outputs: Output[] = [];
  if (parsed.docx) {
    const { buildDocx } = await import('@/lib/export/docx/document');
    outputs.push({ path: parsed.docx, content: await buildDocx(doc, await reportProperties(read.report)) });
  }
  if (parsed.html || parsed.fragment) {
    const { renderHtmlDocument, renderHtmlFragment } = await import('@/lib/export/html/page');
    if (parsed.html) outputs.push({ path: parsed.html, content: renderHtmlDocument(doc, read.report) });
    if (parsed.fragment) outputs.push({ path: parsed.fragment, content: renderHtmlFragment(doc) });
  }
  if (infographic && kind) outputs.push({ path: infographic, content: await infographicOutput(doc, read.report, kind, argv.values.long === true) });
  const failed = await writeOutputs(outputs, io);
  if (failed !== null) return failed;
  if (doc.draft) {
    const warnings = doc.draft.warnings > 0 ? `（另有 ${doc.draft.warnings} 个警告）` : '';
    io.out(`注意：报告还有 ${doc.draft.errors} 个错误${warnings}，文件每页标有「${doc.draft.banner}」，文末列出了这些问题。`);
    return EXIT.reportErrors;
  }
  return EXIT.ok;
}

type InfographicKind = 'png' | 'svg' | 'html';
function infographicKind(path: string): InfographicKind | null {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'png' || extension === 'svg') return extension;
  return extension === 'html' || extension === 'htm' ? 'html' : null;
}

/** The 图解 by the output's extension: the same SVG as the browser draws, rasterised for .png. */
async function infographicOutput(doc: PrintDocument, report: DraftReport, kind: InfographicKind, long: boolean): Promise<string | Uint8Array> {
  const { infographicHtml, infographicSvg } = await import('@/lib/export/infographic/render-infographic');
  if (kind === 'html') return infographicHtml(doc, report);
  const { svg } = infographicSvg(doc, report, long ? 'long' : 'page');
  if (kind === 'svg') return svg;
  const { infographicPng } = await import('@/lib/export/infographic/png-node');
  return infographicPng(svg);
}
