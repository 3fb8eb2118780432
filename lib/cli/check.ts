// `nianbao check [--json] FILE...`: the checks of rules.md over report files.
import { runChecks } from '@/lib/report/checks/checks';
import { SEVERITY_LABELS, hasErrors, severityCountLine, type Finding } from '@/lib/report/checks/findings';
import { readArgs, usageError } from './args';
import { readReportFile } from './read-file';
import type { CliIo } from './io';

type FileResult = { file: string; findings: Finding[]; problems: string[] | null; title: string };

const marks = { error: '✗', warning: '!', info: 'i' } as const;

function humanReport(result: FileResult, io: CliIo) {
  if (result.problems) return;
  io.out(`${result.file}${result.title}`);
  const count = (s: Finding['severity']) => result.findings.filter((f) => f.severity === s).length;
  const [errors, warnings] = [count('error'), count('warning')];
  io.out(`  ${severityCountLine(result.findings)}`);
  for (const f of result.findings) io.out(`  ${marks[f.severity]} ${SEVERITY_LABELS[f.severity]} [${f.id}] ${f.message}（位置：${f.path}）`);
  if (errors === 0) io.out(warnings > 0 ? '  ✓ 没有错误，可以发布；请看一看上面的警告。' : '  ✓ 没有错误，可以发布。');
  io.out('');
}

export const CHECK_SPEC = {
  usage: [
    '用法：nianbao check [--json] 文件.nianbao.json ...',
    '  按国办公开办函〔2021〕30号格式检查报告，逐个文件列出问题（错误在前）。',
    '  --json   以 JSON 输出：[{"file", "findings": [{id, severity, path, message}]}]',
  ],
  options: { json: { type: 'boolean' } },
} as const;

export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = readArgs(args, CHECK_SPEC, io);
  if (typeof parsed === 'number') return parsed;
  const { files } = parsed;
  const json = parsed.values.json === true;
  if (files.length === 0) return usageError('请指定要检查的报告文件。', CHECK_SPEC, io);
  const results: FileResult[] = [];
  for (const file of files) {
    const read = await readReportFile(file);
    if (!read.ok) {
      for (const problem of read.problems) io.err(`${file}：${problem}`);
      results.push({ file, findings: [], problems: read.problems, title: '' });
      continue;
    }
    const { agency, year } = read.report.meta;
    const title = agency || year ? `（${agency || '未填机关名称'} ${year ?? '未填年度'} 年度）` : '';
    results.push({ file, findings: runChecks(read.report, { today: io.today() }), problems: null, title });
  }
  const unreadable = results.filter((r) => r.problems).length;
  const failing = results.filter((r) => hasErrors(r.findings)).length;
  if (json) {
    const out = results.map((r) => ({
      file: r.file,
      ...(r.problems ? { problems: r.problems } : {}),
      findings: r.findings.map(({ id, severity, path, message }) => ({ id, severity, path, message })),
    }));
    io.out(JSON.stringify(out, null, 2));
  } else {
    results.forEach((r) => humanReport(r, io));
    const clean = results.length - unreadable - failing;
    io.out(`共检查 ${results.length} 个文件：${clean} 个没有错误，${failing} 个有错误，${unreadable} 个无法读取。`);
  }
  return unreadable > 0 ? 2 : failing > 0 ? 1 : 0;
}
