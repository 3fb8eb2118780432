'use client';
// 预览与导出: the report as it will be printed, the findings that still stand beside it, and the
// downloads. Word is built here in the browser; the docx library is loaded only when asked for.
import { AppLink } from '@/components/ui/app-link';
import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { reportProperties } from '@/lib/report/file/embedding';
import { renderHtmlDocument, renderHtmlFragment } from '@/lib/export/html/page';
import { DRAFT_BANNER, printModel } from '@/lib/export/print-model';
import { reportFileName } from '@/lib/report/file/file-name';
import { SEVERITY_LABELS } from '@/lib/report/checks/findings';
import { inputFindings } from '@/lib/report/checks/input-findings';
import type { DraftReport } from '@/lib/report/file/schema';
import { downloadFile } from '@/components/ui/download';
import { COPY_OF_OTHER_TAB } from '@/components/wizard/save-to-file';
import { stepOfPath } from '@/components/wizard/steps';
import { useWizard } from '@/components/wizard/wizard-context';
import { CopyFallback, copyText } from './copy';
import { InfographicButtons } from './infographic-buttons';
import { PrintPages } from './print-pages';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const button = 'block w-full rounded border border-stone-500 bg-white px-3 py-2 text-left hover:bg-stone-100 disabled:opacity-60';

export function PreviewStep() {
  const { getValues } = useFormContext<DraftReport>();
  const { typedInputs, stepHref, readOnly } = useWizard();
  const copy = readOnly ? COPY_OF_OTHER_TAB : '';
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const { report, findings, doc } = useMemo(() => {
    const current = structuredClone(getValues());
    const found = inputFindings(current, typedInputs.settled(), new Date());
    return { report: current, findings: found, doc: printModel(current, found) };
  }, [getValues, typedInputs]);
  const errors = findings.filter((f) => f.severity === 'error');

  const downloadDocx = async () => {
    performance.mark('nianbao-docx-start');
    setBusy(true);
    setMessage('正在生成 Word 文档…');
    try {
      const { buildDocx } = await import('@/lib/export/docx/document');
      const bytes = await buildDocx(doc, await reportProperties(report));
      downloadFile(reportFileName(report.meta, 'docx'), bytes, DOCX_TYPE);
      // NOTE: read by `npm run bench`: click → file offered for download.
      performance.mark('nianbao-docx-offered');
      setMessage(`已生成 ${reportFileName(report.meta, 'docx')}。`);
    } catch {
      setMessage('生成 Word 文档时出错了，报告内容没有受到影响。请刷新页面后重试，或先「保存为文件」。');
    } finally {
      setBusy(false);
    }
  };

  const downloadXlsx = async () => {
    setBusy(true);
    setMessage('正在生成 Excel 表格…');
    try {
      const { reportWorkbook } = await import('@/lib/export/xlsx/summary-workbook');
      downloadFile(reportFileName(report.meta, 'xlsx'), await reportWorkbook(report), XLSX_TYPE);
      setMessage(`已生成 ${reportFileName(report.meta, 'xlsx')}。`);
    } catch {
      setMessage('生成 Excel 表格时出错了，报告内容没有受到影响。请刷新页面后重试。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-6 xl:flex-row-reverse">
      <aside className="space-y-4 xl:w-72 xl:shrink-0" aria-label="导出">
        {errors.length > 0 ? (
          <p className="rounded bg-red-50 p-3 text-sm text-red-900">
            还有 {errors.length} 个错误。现在下载的文件每页都标有「{DRAFT_BANNER}」，文末列出未解决的问题，仅供内部审阅。
          </p>
        ) : (
          <p className="rounded bg-green-50 p-3 text-sm text-green-900">没有错误：下载的文件即为正式稿。</p>
        )}
        <div className="space-y-2">
          <button type="button" className={button} disabled={busy} onClick={() => void downloadDocx()}>
            下载 Word 文档（.docx）{copy}
          </button>
          <button
            type="button"
            className={button}
            onClick={() => {
              performance.mark('nianbao-html-start');
              downloadFile(reportFileName(report.meta, 'html'), renderHtmlDocument(doc, report), 'text/html');
              performance.mark('nianbao-html-offered');
            }}
          >
            下载网页文件（.html）{copy}
          </button>
          <button type="button" className={button} disabled={busy} onClick={() => void downloadXlsx()}>
            下载三张表格（Excel .xlsx）{copy}
          </button>
          <button
            type="button"
            className={button}
            onClick={async () => {
              const fragment = renderHtmlFragment(doc);
              if (await copyText(fragment)) setMessage('网页代码已复制，可粘贴到网站编辑器的“源代码”模式中。');
              else setManualCopy(fragment);
            }}
          >
            复制网页代码
          </button>
          <button type="button" className={button} onClick={() => window.print()}>
            打印
          </button>
        </div>
        <InfographicButtons
          doc={doc}
          report={report}
          copy={copy}
          busy={busy}
          setBusy={setBusy}
          setMessage={setMessage}
          showForManualCopy={setManualCopy}
          className={button}
        />
        <p role="status" className="min-h-5 text-sm text-blue-900">
          {message}
        </p>
        {manualCopy !== null ? <CopyFallback text={manualCopy} onClose={() => setManualCopy(null)} /> : null}
        {findings.length > 0 ? (
          <section aria-labelledby="preview-findings">
            <h2 id="preview-findings" className="font-semibold">
              仍存在的问题
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {findings.map((f, i) => (
                <li key={i}>
                  <span className="font-medium">{SEVERITY_LABELS[f.severity]}：</span>
                  <AppLink className="underline" href={stepHref(stepOfPath(f.path), f.path)}>
                    {f.message}
                  </AppLink>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </aside>
      <div role="region" aria-label="打印预览" tabIndex={0} className="min-w-0 flex-1 overflow-x-auto bg-stone-200 py-6">
        <PrintPages doc={doc} />
      </div>
    </div>
  );
}
