'use client';
// 汇总与核查: the 政务公开办 drops every department's report at once (files or whole folders); each
// is read by the wizard's importer and checked by its checks; one row per file; the sum of the
// included reports in the template's grid, checked the same way; the sum as a report file and an
// Excel workbook, Word and web page; its 图解 (the preview's own downloads, loaded on the click); and
// the 人民政府's own report started from it. Nothing leaves the browser.
import { cleanTypedText } from '@/components/ui/typed-text';
import { AppLink } from '@/components/ui/app-link';
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { IMPORT_ACCEPT } from '@/lib/import/file-types';
import { describePath } from '@/lib/report/paths';
import { summaryTitle } from '@/lib/report/title';
import type { DraftReport, ReportScope } from '@/lib/report/file/schema';
import { SCOPE_LABEL, SCOPE_LABELS } from '@/lib/report/template/sections';
import type { SummaryEntry } from '@/lib/summary/entries';
import { SOURCE_LABELS, STATUS_LABELS } from '@/lib/summary/labels';
import { summarise } from '@/lib/summary/summary';
import { summaryPrintModel } from '@/lib/export/print-model';
import type { SummaryWorkbookInput } from '@/lib/export/xlsx/summary-workbook';
import { CopyFallback } from '@/components/preview/copy';
import { InfographicButtons } from '@/components/preview/infographic-buttons';
import { downloadFile } from '@/components/ui/download';
import { FindingList } from '@/components/wizard/finding-list';
import { FileTable } from './file-table';
import { openAsNewDraft } from './new-draft';
import { pickedFromDrop, pickedFromInput, readAll, type Picked } from './read-files';
import { SumView } from './sum-view';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const button = 'rounded border border-stone-500 bg-white px-4 py-2 hover:bg-stone-100 disabled:opacity-60';
const SCOPES = Object.keys(SCOPE_LABELS) as ReportScope[];

/** The summed report as the 人民政府's new draft: the sum's tables, its year and scope, no record of a sum. */
function governmentReport(sum: DraftReport, agency: string): DraftReport {
  const report: DraftReport = { ...sum, meta: { ...sum.meta, agency, agencyKind: 'government' } };
  delete report.summary;
  return report;
}

export function SummaryPage() {
  const router = useRouter();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [entries, setEntries] = useState<SummaryEntry[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [year, setYear] = useState<number | null | undefined>(undefined);
  const [include, setInclude] = useState<Set<number> | undefined>(undefined);
  const [agency, setAgency] = useState('');
  const [scope, setScope] = useState<ReportScope>('region');
  const [selected, setSelected] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const [message, setMessage] = useState('');
  // The 图解's own status, beside its buttons at the foot of the page, and its code to copy by hand.
  const [pictureMessage, setPictureMessage] = useState('');
  const [drawing, setDrawing] = useState(false);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const [today] = useState(() => new Date());

  const summary = useMemo(() => summarise(entries, { today, year, include, agency, scope }), [entries, today, year, include, agency, scope]);
  const years = [...new Set(summary.rows.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => b - a);
  const included = summary.rows.filter((r) => r.included);
  const reading = progress !== null;

  const add = async (picked: Picked) => {
    setSkipped((s) => [...s, ...picked.skipped]);
    if (picked.files.length === 0) return;
    const read: SummaryEntry[] = new Array<SummaryEntry>(picked.files.length);
    let done = 0;
    setProgress({ done, total: picked.files.length });
    setMessage('');
    performance.mark('nianbao-summary-start');
    await readAll(picked.files, (index, entry) => {
      read[index] = entry;
      setProgress({ done: ++done, total: picked.files.length });
    });
    const before = entries.length;
    setEntries((old) => [...old, ...read]);
    // Files added to a choice the clerk has made come in as they would by default.
    if (include) {
      const next = summarise([...entries, ...read], { today, year });
      setInclude(new Set([...include, ...next.rows.filter((r) => r.index >= before && r.included).map((r) => r.index)]));
    }
    setProgress(null);
    setMessage(`已读取 ${read.length} 个文件。`);
    // NOTE: read by `npm run bench`: files dropped → read, checked and summed.
    performance.mark('nianbao-summary-done');
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (reading) return;
    void pickedFromDrop(event.dataTransfer).then(add);
  };

  const toggle = (index: number, on: boolean) => {
    const next = new Set(include ?? included.map((r) => r.index));
    if (on) next.add(index);
    else next.delete(index);
    setInclude(next);
  };

  const clear = () => {
    setEntries([]);
    setSkipped([]);
    setInclude(undefined);
    setYear(undefined);
    setSelected(null);
    setMessage('已清空。');
  };

  const sumName = summaryTitle(summary.sum.meta);
  const sumStem = sumName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '');
  const sumFile = (extension: string) => `${sumStem}.${extension}`;
  const sumDoc = useMemo(() => summaryPrintModel(summary.sum, summary.sumFindings), [summary]);

  const downloadJson = () => downloadFile(sumFile('nianbao.json'), `${JSON.stringify(summary.sum, null, 2)}\n`, 'application/json');

  /** The summed tables as Word or web page (lib/export/summary-document, with docx: loaded on click). */
  const downloadDocument = async (kind: 'docx' | 'html') => {
    setMessage(kind === 'docx' ? '正在生成 Word 文档…' : '正在生成网页文件…');
    try {
      const { summaryDocx, summaryHtml } = await import('@/lib/export/summary-document');
      const name = sumFile(kind);
      if (kind === 'docx') downloadFile(name, await summaryDocx(summary.sum, summary.sumFindings), DOCX_TYPE);
      else downloadFile(name, summaryHtml(summary.sum, summary.sumFindings), 'text/html');
      setMessage(`已生成 ${name}。`);
    } catch {
      setMessage(kind === 'docx' ? '生成 Word 文档时出错了。请刷新页面后重试。' : '生成网页文件时出错了。请刷新页面后重试。');
    }
  };

  const downloadXlsx = async () => {
    setMessage('正在生成 Excel 工作簿…');
    try {
      const { summaryWorkbook } = await import('@/lib/export/xlsx/summary-workbook');
      const reports = included.flatMap((r) => {
        const read = entries[r.index]?.read;
        return read?.ok ? [{ agency: r.agency || r.file, file: r.file, report: read.report }] : [];
      });
      const findings = summary.rows.flatMap((r): SummaryWorkbookInput['findings'] =>
        r.status === 'unreadable'
          ? [{ agency: r.file, file: r.file, id: '无法读取', severity: 'error' as const, location: '文件', message: r.reason }]
          : r.findings.map((f) => ({ agency: r.agency || r.file, file: r.file, id: f.id, severity: f.severity, location: describePath(f.path), message: f.message })),
      );
      const bytes = await summaryWorkbook({ sum: summary.sum, title: sumName, reports, findings });
      const name = sumFile('xlsx');
      downloadFile(name, bytes, XLSX_TYPE);
      setMessage(`已生成 ${name}。`);
    } catch {
      setMessage('生成 Excel 工作簿时出错了。请刷新页面后重试。');
    }
  };

  const open = async (report: DraftReport) => {
    const opened = await openAsNewDraft(report);
    if (!opened.ok) return setMessage(opened.problem);
    if (!opened.inNewTab) return router.push(opened.href);
    setMessage('已新建草稿，并在新标签页中打开。');
  };

  const details = selected === null ? undefined : summary.rows[selected];
  const detailsRead = selected === null ? undefined : entries[selected]?.read;

  return (
    <main className="mx-auto max-w-6xl px-6 py-10">
      <AppLink href="/" className="font-bold text-red-800">
        年报助手
      </AppLink>
      <h1 className="mt-4 text-2xl font-bold">汇总与核查</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        一次选择或拖入各部门报送的全部年度报告，也可以是整个文件夹：年报助手的报告文件（.nianbao.json），导出或已发布的 Word（.docx）、网页（.html）、PDF、Excel 工作簿（.xlsx）和文字（.txt）。每份报告都按“从上年报告开始”的方式读取，按“检查”的规则核对，再汇总表二、表三、表四。文件只在本机浏览器中读取，不会上传。
      </p>

      <section aria-labelledby="files-heading" className="mt-6">
        <h2 id="files-heading" className="sr-only">
          选择文件
        </h2>
        <div
          className={`rounded-lg border-2 border-dashed p-6 text-center ${dragging ? 'border-red-800 bg-red-50' : 'border-stone-400 bg-white'}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <p>把报告文件或文件夹拖到这里，或者：</p>
          <div className="mt-3 flex flex-wrap justify-center gap-3">
            <button type="button" className={button} disabled={reading} onClick={() => filesInput.current?.click()}>
              选择文件（可多选）
            </button>
            <button type="button" className={button} disabled={reading} onClick={() => folderInput.current?.click()}>
              选择文件夹
            </button>
            {entries.length > 0 ? (
              <button type="button" className={button} disabled={reading} onClick={clear}>
                清空
              </button>
            ) : null}
          </div>
          <input
            ref={filesInput}
            type="file"
            multiple
            accept={IMPORT_ACCEPT}
            className="hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="files-input"
            onChange={(e) => {
              const picked = pickedFromInput(e.target.files ?? []);
              e.target.value = '';
              void add(picked);
            }}
          />
          <input
            ref={folderInput}
            type="file"
            multiple
            // @ts-expect-error -- webkitdirectory: every browser the app supports has it; React does not type it.
            webkitdirectory=""
            className="hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="folder-input"
            onChange={(e) => {
              const picked = pickedFromInput(e.target.files ?? []);
              e.target.value = '';
              void add(picked);
            }}
          />
        </div>
        <div role="status" className="mt-3 min-h-6">
          {progress ? (
            <div className="flex items-center gap-3">
              <label htmlFor="reading-progress">
                正在读取 {progress.done} / {progress.total} 个文件
              </label>
              <progress id="reading-progress" className="h-3 w-64" value={progress.done} max={progress.total} />
            </div>
          ) : (
            <span>{message}</span>
          )}
        </div>
        {skipped.length > 0 ? (
          <p className="mt-1 text-sm text-stone-700">
            文件夹中有 {skipped.length} 个文件不是报告，没有读取：{skipped.slice(0, 5).join('、')}
            {skipped.length > 5 ? ' 等' : ''}。
          </p>
        ) : null}
      </section>

      {entries.length > 0 ? (
        <>
          <section aria-labelledby="table-heading" className="mt-8">
            <h2 id="table-heading" className="text-xl font-semibold">
              各文件的检查结果
            </h2>
            <div className="mt-3 flex flex-wrap items-end gap-6">
              <div>
                <label htmlFor="summary-year" className="block text-sm font-medium">
                  汇总年度
                </label>
                <select
                  id="summary-year"
                  className="mt-1 rounded border border-stone-400 bg-white px-2 py-1"
                  value={summary.year ?? ''}
                  onChange={(e) => {
                    setYear(e.target.value ? Number(e.target.value) : null);
                    setInclude(undefined);
                  }}
                >
                  {years.map((y) => (
                    <option key={y} value={y}>
                      {y} 年度（{summary.rows.filter((r) => r.year === y).length} 份）
                    </option>
                  ))}
                </select>
              </div>
              <p className="text-sm text-stone-700">
                {(['ok', 'errors', 'unreadable', 'other-year', 'duplicate'] as const).map((s) => `${STATUS_LABELS[s]} ${summary.rows.filter((r) => r.status === s).length}`).join(' · ')}
                ；计入汇总 {included.length} 份
              </p>
            </div>
            <div className="mt-3">
              <FileTable
                rows={summary.rows}
                selected={selected}
                onSelect={(index) => {
                  setSelected(selected === index ? null : index);
                  requestAnimationFrame(() => document.getElementById('file-details-heading')?.focus());
                }}
                onInclude={toggle}
              />
            </div>
            {details ? (
              <section id="file-details" aria-labelledby="file-details-heading" className="mt-4 space-y-3 rounded border border-stone-300 bg-white p-4">
                <h3 id="file-details-heading" tabIndex={-1} className="text-lg font-semibold">
                  {details.agency || details.file} 的检查结果
                </h3>
                <p className="text-sm text-stone-700">
                  文件「{details.file}」· {details.format}
                  {details.source ? ` · ${SOURCE_LABELS[details.source]}` : ''} · {STATUS_LABELS[details.status]}
                  {details.source ? ` · 错误 ${details.errors} 项 · 警告 ${details.warnings} 项` : ''}
                </p>
                {details.reason ? <p className="text-sm">{details.reason}</p> : null}
                {details.source && details.findings.length === 0 ? <p className="text-sm text-green-900">没有发现问题。</p> : null}
                <FindingList findings={details.findings} idPrefix={`file-${details.index}`} level={3} />
                <div className="flex gap-3">
                  {detailsRead?.ok ? (
                    <button type="button" className={button} onClick={() => void open(detailsRead.report)}>
                      在向导中打开
                    </button>
                  ) : null}
                  <button type="button" className={button} onClick={() => setSelected(null)}>
                    关闭
                  </button>
                </div>
              </section>
            ) : null}
          </section>

          <section aria-labelledby="sum-heading" className="mt-10">
            <h2 id="sum-heading" className="text-xl font-semibold">
              汇总数（{summary.year ?? '—'} 年度，{included.length} 份报告）
            </h2>
            <div className="mt-3 flex flex-wrap items-end gap-6">
              <div>
                <label htmlFor="sum-agency" className="block text-sm font-medium">
                  汇总机关（本级人民政府）名称
                </label>
                <input id="sum-agency" className="mt-1 w-72 rounded border border-stone-400 bg-white px-2 py-1" value={agency} placeholder="如：某某县人民政府" onChange={(e) => setAgency(cleanTypedText(e.target))} />
              </div>
              <fieldset>
                <legend className="text-sm font-medium">{SCOPE_LABEL}</legend>
                <div className="mt-1 flex gap-4">
                  {SCOPES.map((s) => (
                    <label key={s} className="flex items-center gap-1.5">
                      <input type="radio" name="sum-scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
                      {SCOPE_LABELS[s]}
                    </label>
                  ))}
                </div>
              </fieldset>
            </div>
            <div className="mt-4 flex flex-wrap gap-3">
              <button type="button" className={button} disabled={included.length === 0} onClick={downloadJson}>
                下载汇总报告文件（.nianbao.json）
              </button>
              <button type="button" className={button} disabled={included.length === 0} onClick={() => void downloadXlsx()}>
                下载汇总工作簿（Excel .xlsx）
              </button>
              <button type="button" className={button} disabled={included.length === 0} onClick={() => void downloadDocument('docx')}>
                下载汇总表格（Word .docx）
              </button>
              <button type="button" className={button} disabled={included.length === 0} onClick={() => void downloadDocument('html')}>
                下载汇总表格（网页 .html）
              </button>
              <button type="button" className={`${button} border-red-800 font-semibold text-red-900`} disabled={included.length === 0} onClick={() => void open(governmentReport(summary.sum, agency.trim()))}>
                以汇总数新建本级人民政府年度报告
              </button>
            </div>
            <div className="mt-4 max-w-md">
              <InfographicButtons
                doc={sumDoc}
                report={summary.sum}
                copy=""
                busy={drawing || included.length === 0}
                setBusy={setDrawing}
                setMessage={setPictureMessage}
                showForManualCopy={setManualCopy}
                className={`${button} block w-full text-left`}
                fileName={(what, extension) => `${sumStem}-${what}.${extension}`}
              />
              <p role="status" className="mt-2 min-h-5 text-sm text-blue-900">
                {pictureMessage}
              </p>
              {manualCopy !== null ? <CopyFallback text={manualCopy} onClose={() => setManualCopy(null)} /> : null}
            </div>
            <div className="mt-4">
              {included.length > 0 ? <SumView sum={summary.sum} findings={summary.sumFindings} /> : <p className="text-stone-700">没有计入汇总的报告。</p>}
            </div>
          </section>
        </>
      ) : null}
    </main>
  );
}
