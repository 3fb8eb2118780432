// `nianbao summary FILES/FOLDERS… [--year N] [-o SUM.json] [--xlsx] [--docx] [--html] [--json]`:
// 汇总与核查 on the command line — each file through the same importer as the browser (worker
// threads with the import's time limit) and the same checks, the statuses and the sum of
// lib/summary, and the same outputs as the page.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { SEVERITY_LABELS } from '@/lib/report/checks/findings';
import { getAt, describePath } from '@/lib/report/paths';
import { summaryTitle } from '@/lib/report/title';
import { SCOPE_LABEL, SCOPE_LABELS } from '@/lib/report/template/sections';
import { CELL_BY_PATH } from '@/lib/report/template/tables';
import { computeTotals } from '@/lib/report/totals';
import { DEFAULT_SUM_AGENCY, FILE_STATUSES, SOURCE_LABELS, STATUS_LABELS, formatOfName } from '@/lib/summary/labels';
import type { SummaryEntry } from '@/lib/summary/entries';
import { summarise, type Summary } from '@/lib/summary/summary';
import { IMPORT_EXTENSION_LIST } from '@/lib/import/file-types';
import type { CliIo } from './io';
import { readArgs, usageError } from './args';
import { ImportPool } from './import-pool';
import { readFileBytes } from './read-file';
import { collectFiles } from './summary-files';
import { EXIT, FORCE_LINE, refuseOutputs, writeOutputs, type Output } from './write-files';

export const SUMMARY_EXIT_LINE =
  '退出码：0 每个文件都已读取且没有报告有错误（可有警告）；1 有报告存在错误或有文件无法读取（仍照常汇总并写出文件）；2 没有可汇总的报告或用法不对，什么也不写；3 只写出了部分文件。';

export const SUMMARY_SPEC = {
  usage: [
    `用法：nianbao summary 文件或文件夹…（${IMPORT_EXTENSION_LIST}）[--year 2024] [-o 汇总.nianbao.json] [--xlsx 汇总.xlsx] [--docx 汇总.docx] [--html 汇总.html] [--json]`,
    '  汇总与核查：逐个读取并检查各部门的年度报告（文件夹含子文件夹），列出每个文件的状态，把所选年度的报告的表二、表三、表四逐格相加。',
    '  --year 年度      汇总哪一年度的报告（不写时取文件最多的年度）；其他年度的报告列出但不计入',
    `  --agency 名称    汇总的机关名称，印在标题上，如「某某县」（不写时为「${DEFAULT_SUM_AGENCY}」）`,
    '  -o 文件          写出汇总的报告文件（.nianbao.json，记录汇总了哪些报告）',
    '  --xlsx 文件      写出 Excel 工作簿：三张汇总表、分机关明细、问题清单',
    '  --docx 文件      写出汇总表的 Word 文档',
    '  --html 文件      写出汇总表的网页文件',
    '  --json           以 JSON 输出文件清单：{"reports": [{"file", "agency", "year", "status", "errors", "warnings", "reason"}], "included": N}',
    FORCE_LINE,
    '  所有文件先全部生成，再写到同一文件夹的临时文件，全部写好后才改名到位；失败时原有文件保持不变。',
    `  ${SUMMARY_EXIT_LINE}`,
  ],
  options: {
    year: { type: 'string' },
    agency: { type: 'string' },
    output: { type: 'string', short: 'o' },
    xlsx: { type: 'string' },
    docx: { type: 'string' },
    html: { type: 'string' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
  },
} as const;

/** The sum's key figures printed after the list: 表二's in force and decisions, 表三's four totals, 表四's totals. */
const KEY_FIGURES = [
  'proactive.regulations.inForce',
  'proactive.normativeDocuments.inForce',
  'proactive.licensing',
  'proactive.punishment',
  'proactive.coercion',
  'proactive.feesWanYuan',
  'applications.received.total',
  'applications.carriedOver.total',
  'applications.resultsTotal.total',
  'applications.carriedForward.total',
  'review.reconsideration.total',
  'review.litigationDirect.total',
  'review.litigationAfterReview.total',
] as const;

const marks = { error: '✗', warning: '!', info: 'i' } as const;

/** One file read through the importer and checked as of `today`, in a thread of the pool. */
async function readEntry(file: string, pool: ImportPool, today: Date): Promise<SummaryEntry> {
  const format = formatOfName(file);
  const read = await readFileBytes(file);
  if (!read.ok) return { file, format, read: { ok: false, problems: read.problems } };
  const sha256 = createHash('sha256').update(read.bytes).digest('hex');
  const outcome = await pool.run({ kind: 'file', bytes: read.bytes, name: file }, { transfer: true, checkToday: today });
  return {
    file,
    format,
    modified: read.modified,
    sha256,
    read: outcome.ok ? { ok: true, report: outcome.report, source: outcome.source, ...(outcome.findings ? { findings: outcome.findings } : {}) } : { ok: false, problems: outcome.problems },
  };
}

/** Every file read, at most a few at once (the bytes of a file are held only while it is read). */
async function readAll(files: readonly string[], today: Date): Promise<SummaryEntry[]> {
  const threads = Math.max(1, Math.min(availableParallelism(), files.length));
  const pool = new ImportPool(threads);
  const entries: SummaryEntry[] = new Array<SummaryEntry>(files.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) entries[i] = await readEntry(files[i] ?? '', pool, today);
  };
  try {
    await Promise.all(Array.from({ length: threads * 2 }, lane));
  } finally {
    await pool.close();
  }
  return entries;
}

function figureLine(summary: Summary, path: (typeof KEY_FIGURES)[number]): string {
  const cell = CELL_BY_PATH.get(path);
  const totals = computeTotals(summary.sum);
  const value = totals.has(path) ? totals.get(path) : getAt(summary.sum, path);
  const shown = typeof value === 'number' || typeof value === 'string' ? String(value) : '（空白）';
  return `  ${cell?.table.shortName ?? ''} ${cell?.name ?? path}：${shown}`;
}

function humanOutput(summary: Summary, io: CliIo): void {
  for (const row of summary.rows) {
    const what = row.status === 'unreadable' ? '' : `，${row.agency || '（未填机关名称）'} ${row.year ?? '（未填年度）'} 年度，${row.format}（${row.source ? SOURCE_LABELS[row.source] : ''}），错误 ${row.errors} 项，警告 ${row.warnings} 项`;
    io.out(`${row.file}：${STATUS_LABELS[row.status]}${what}`);
    if (row.reason) io.out(`  ${row.reason}`);
    if (row.status === 'errors') for (const f of row.findings) if (f.severity === 'error') io.out(`  ${marks.error} ${SEVERITY_LABELS.error} [${f.id}] ${f.message}`);
  }
  const counts = FILE_STATUSES.map((status) => `${STATUS_LABELS[status]} ${summary.rows.filter((r) => r.status === status).length} 个`).join('，');
  io.out('');
  io.out(`共 ${summary.rows.length} 个文件：${counts}。`);
  const included = summary.rows.filter((r) => r.included).length;
  if (included === 0) return;
  const scope = summary.sum.meta.scope ? `，${SCOPE_LABEL}：${SCOPE_LABELS[summary.sum.meta.scope]}` : '';
  io.out(`汇总 ${summary.year ?? ''} 年度 ${included} 份报告${scope}：`);
  for (const path of KEY_FIGURES) io.out(figureLine(summary, path));
  for (const f of summary.sumFindings) io.out(`  ${marks[f.severity]} ${SEVERITY_LABELS[f.severity]} [${f.id}] ${f.message}`);
}

function jsonOutput(summary: Summary): string {
  const reports = summary.rows.map((r) => ({ file: r.file, agency: r.agency, year: r.year, status: r.status, errors: r.errors, warnings: r.warnings, reason: r.reason }));
  return JSON.stringify({ reports, included: summary.rows.filter((r) => r.included).length }, null, 2);
}

type OutputPaths = { output?: string; xlsx?: string; docx?: string; html?: string };

/** Every output, built before any is written (the Word and Excel writers loaded only when asked for). */
async function buildOutputs(summary: Summary, entries: readonly SummaryEntry[], paths: OutputPaths): Promise<Output[]> {
  const outputs: Output[] = [];
  if (paths.output) outputs.push({ path: paths.output, content: `${JSON.stringify(summary.sum, null, 2)}\n` });
  if (paths.xlsx) {
    const { summaryWorkbook } = await import('@/lib/export/xlsx/summary-workbook');
    const reports = summary.rows.flatMap((row) => {
      const read = entries[row.index]?.read;
      return row.included && read?.ok ? [{ agency: row.agency, file: row.file, report: read.report }] : [];
    });
    const located = (agency: string, file: string) => (f: Summary['sumFindings'][number]) => ({ agency, file, id: f.id, severity: f.severity, location: describePath(f.path), message: f.message });
    const findings = [
      ...summary.sumFindings.map(located(summary.sum.meta.agency, '')),
      ...summary.rows.flatMap((row) => row.findings.map(located(row.agency, row.file))),
    ];
    outputs.push({ path: paths.xlsx, content: await summaryWorkbook({ sum: summary.sum, title: summaryTitle(summary.sum.meta), reports, findings }) });
  }
  if (paths.docx || paths.html) {
    const { summaryDocx, summaryHtml } = await import('@/lib/export/summary-document');
    if (paths.docx) outputs.push({ path: paths.docx, content: await summaryDocx(summary.sum, summary.sumFindings) });
    if (paths.html) outputs.push({ path: paths.html, content: summaryHtml(summary.sum, summary.sumFindings) });
  }
  return outputs;
}

const YEAR = /^(19|20)\d\d$/;

export async function summaryCommand(args: readonly string[], io: CliIo): Promise<number> {
  const argv = readArgs(args, SUMMARY_SPEC, io);
  if (typeof argv === 'number') return argv;
  const { year, agency, output, xlsx, docx, html, force } = argv.values;
  const json = argv.values.json === true;
  if (argv.files.length === 0) return usageError('请指定要汇总的报告文件或文件夹。', SUMMARY_SPEC, io);
  if (year !== undefined && !YEAR.test(year)) return usageError(`--year 后面要写四位数的年度，如 2024，而不是「${year}」。`, SUMMARY_SPEC, io);
  const paths: OutputPaths = { ...(output ? { output } : {}), ...(xlsx ? { xlsx } : {}), ...(docx ? { docx } : {}), ...(html ? { html } : {}) };
  const outputPaths = Object.values(paths);
  const collected = await collectFiles(argv.files, outputPaths);
  const refused = await refuseOutputs(collected.files, outputPaths, force === true);
  if (refused.length > 0) {
    refused.forEach((problem) => io.err(problem));
    io.err('没有写出任何文件。');
    return EXIT.nothingWritten;
  }
  const folderProblems: SummaryEntry[] = collected.problems.map(({ file, problem }) => ({ file, format: '文件夹', read: { ok: false, problems: [problem] } }));
  const today = io.today();
  const entries = [...(await readAll(collected.files, today)), ...folderProblems];
  if (entries.length === 0) return usageError('给出的文件夹里没有可以读取的报告文件（.nianbao.json、.docx、.xlsx、.pdf、.html、.txt）。', SUMMARY_SPEC, io);
  const summary = summarise(entries, { today, ...(year !== undefined ? { year: Number(year) } : {}), ...(agency?.trim() ? { agency } : {}) });
  if (json) io.out(jsonOutput(summary));
  else humanOutput(summary, io);
  // With --json, standard output holds the JSON alone: what was written is said on standard error.
  const say: CliIo = json ? { ...io, out: io.err } : io;
  if (!summary.rows.some((r) => r.included)) {
    say.err(`没有可以汇总的报告${summary.year === null ? '' : `（${summary.year} 年度）`}，没有写出任何文件。`);
    return EXIT.nothingWritten;
  }
  const failed = await writeOutputs(await buildOutputs(summary, entries, paths), say);
  if (failed !== null) return failed;
  const troubled = summary.rows.some((r) => r.status === 'unreadable' || r.status === 'errors' || (r.included && r.errors > 0));
  return troubled ? EXIT.reportErrors : EXIT.ok;
}
