'use client';
// 从上年报告开始: a report file, an exported or published Word/web document, or pasted text →
// the review → a new draft (never an overwrite).
import { reportHref } from '@/components/wizard/steps';
import { AppLink } from '@/components/ui/app-link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '@/lib/draft/record';
import { IMPORT_ACCEPT } from '@/lib/import/file-types';
import type { ImportOutcome, ImportResult } from '@/lib/import/parsed-document';
import { documentTooLarge } from '@/lib/import/limits';
import { nextYearReport } from '@/lib/report/carry-over';
import type { DraftReport } from '@/lib/report/file/schema';
import { withoutPrintedTotals } from '@/lib/report/totals';
import { newDraftRecord } from '@/components/home/new-draft';
import { draftStore } from '@/components/wizard/draft-store';
import { importInWorker } from './import-in-worker';
import { ImportReview } from './import-review';

export function ImportPage() {
  const router = useRouter();
  const from = useSearchParams().get('from');
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState(false);

  // ?from=<draft id>: a report stored in this browser, to start next year from.
  useEffect(() => {
    if (!from) return;
    let alive = true;
    void draftStore()
      .load(from)
      .then((loaded) => {
        if (!alive) return;
        if (loaded.ok && loaded.value) setResult(storedResult(loaded.value));
        else setProblems([loaded.ok ? '找不到这份报告。' : loaded.error.message]);
      });
    return () => {
      alive = false;
    };
  }, [from]);

  const show = (outcome: ImportOutcome) => {
    if (outcome.ok) {
      setProblems([]);
      setResult(outcome);
    } else {
      setResult(null);
      setProblems(outcome.problems);
    }
  };

  const readFile = async (file: File) => {
    const large = documentTooLarge(file.size);
    if (large) return show({ ok: false, problems: [large] });
    setBusy(true);
    setReading(true);
    performance.mark('nianbao-import-start');
    try {
      const outcome = await importInWorker({ kind: 'file', bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
      // NOTE: read by `npm run bench`: file chosen → read and recognised.
      performance.mark('nianbao-import-read');
      show(outcome);
    } catch {
      show({ ok: false, problems: [`「${file.name}」无法读取。`] });
    } finally {
      setBusy(false);
      setReading(false);
    }
  };

  const readText = async (pasted: string) => {
    setBusy(true);
    setReading(true);
    show(await importInWorker({ kind: 'text', text: pasted }));
    setBusy(false);
    setReading(false);
  };

  const create = async (report: DraftReport) => {
    setBusy(true);
    const record = newDraftRecord(withoutPrintedTotals(report));
    const saved = await draftStore().save(record);
    setBusy(false);
    if (!saved.ok) return setProblems([saved.error.message]);
    router.push(reportHref(record.id, 'meta'));
  };

  return (
    <main className="mx-auto max-w-3xl px-6 py-10">
      <AppLink href="/" className="font-bold text-red-800">
        年报助手
      </AppLink>
      <h1 className="mt-4 text-2xl font-bold">从上年报告开始</h1>
      <p className="mt-2 text-stone-700">
        导入上年的报告，上年结转数、现行有效件数和各部分文字将带入新报告。可以导入年报助手的报告文件（.nianbao.json）或导出的 Word、网页，也可以导入已发布的任何年度报告：Word（.docx）、PDF（.pdf，有文字层的；扫描件读不出数字）、网页（.html），填好表格的 Excel 工作簿（.xlsx），或从网页、PDF 复制的文字。
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" disabled={busy} className="rounded border border-stone-500 bg-white px-4 py-2 hover:bg-stone-100" onClick={() => fileInput.current?.click()}>
          选择文件
        </button>
        <input
          ref={fileInput}
          type="file"
          className="hidden"
          tabIndex={-1}
          aria-hidden="true"
          accept={IMPORT_ACCEPT}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void readFile(file);
          }}
        />
      </div>
      <div className="mt-6">
        <label htmlFor="pasted" className="block font-medium">
          或粘贴已发布报告的全部文字
        </label>
        <textarea id="pasted" rows={8} className="mt-1 w-full rounded border border-stone-400 bg-white p-2 text-sm" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="button" disabled={busy} className="mt-2 rounded bg-stone-800 px-4 py-2 text-white" onClick={() => void readText(text)}>
          识别粘贴的文字
        </button>
      </div>
      <p role="status" className="mt-4 text-stone-700">
        {reading ? '正在读取……' : ''}
      </p>
      {problems.length > 0 ? (
        <div role="alert" className="mt-6 rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {problems.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <p>没有创建新报告，已有的报告没有任何改动。</p>
        </div>
      ) : null}
      {result ? (
        <ImportReview result={result} busy={busy} onOpen={() => void create(result.report)} onNextYear={() => void create(nextYearReport(result.report))} />
      ) : null}
    </main>
  );
}

function storedResult(record: DraftRecord): ImportResult {
  return { report: record.report, format: '30号', source: 'embedded', tables: [], missing: [], notes: ['这是本浏览器中保存的报告。'] };
}
