'use client';
// What an import made of a document, before the clerk works on it: the format, each table's
// cells found out of those printed and the rows not read (import-tables.tsx), the cells left blank
// (never guessed), the notes, and the checks' findings — printed totals that do not add up included.
import type { ImportResult } from '@/lib/import/parsed-document';
import { carryOverSummary } from '@/lib/report/carry-over';
import { runChecks } from '@/lib/report/checks/checks';
import { SEVERITY_LABELS } from '@/lib/report/checks/findings';
import { FORMAT_NAME, fieldLabel } from '@/lib/report/template/sections';
import { CELL_BY_PATH } from '@/lib/report/template/tables';
import { ImportTables } from './import-tables';

type Props = { result: ImportResult; onOpen: () => void; onNextYear: () => void; busy: boolean };

export function ImportReview({ result, onOpen, onNextYear, busy }: Props) {
  const { report } = result;
  const findings = runChecks(report, { today: new Date() }).filter((f) => f.severity !== 'info');
  const year = report.meta.year;
  return (
    <section aria-labelledby="review-heading" className="mt-8 space-y-5 rounded-lg border border-stone-300 bg-white p-6">
      <h2 id="review-heading" className="text-xl font-semibold">
        识别结果
      </h2>
      <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
        <dt className="text-stone-600">{fieldLabel('meta.agency')}</dt>
        <dd>{report.meta.agency || '（未识别）'}</dd>
        <dt className="text-stone-600">{fieldLabel('meta.year')}</dt>
        <dd>{year ?? '（未识别）'}</dd>
        <dt className="text-stone-600">报告格式</dt>
        <dd>{result.format === '30号' ? FORMAT_NAME : result.format === '60号' ? '2019 年试行格式（国办公开办函〔2019〕60号）' : '未识别'}</dd>
      </dl>
      <ImportTables tables={result.tables} />
      {result.missing.length > 0 ? (
        <details className="text-sm">
          <summary>{result.missing.length} 格没有找到数字，已留空（不会猜测），请在填写时补上</summary>
          <ul className="mt-1 list-disc pl-5">
            {result.missing.map((path) => (
              <li key={path}>
                {CELL_BY_PATH.get(path)?.table.shortName}「{CELL_BY_PATH.get(path)?.name ?? path}」
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {result.notes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {result.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
      {findings.length > 0 ? (
        <div>
          <h3 className="font-medium">检查发现的问题（{findings.length}）</h3>
          {/* Every finding, the list growing with them: an inner scroll hid all but the first few (as the wizard's summary does not). */}
          <ul className="mt-1 space-y-1 text-sm" aria-label="检查发现的问题">
            {findings.map((f, i) => (
              <li key={i}>
                <span className="font-medium">{SEVERITY_LABELS[f.severity]}：</span>
                {f.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="space-y-3 border-t border-stone-200 pt-4">
        {year !== null ? (
          <div>
            <button type="button" disabled={busy} className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900" onClick={onNextYear}>
              以此为上年报告，新建 {year + 1} 年度报告
            </button>
            <ul className="mt-2 list-disc pl-5 text-sm text-stone-700">
              {carryOverSummary(report).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <button type="button" disabled={busy} className="rounded border border-stone-500 px-4 py-2 hover:bg-stone-100" onClick={onOpen}>
          作为{year ? ` ${year} ` : ''}年度报告打开（另存为一份新报告）
        </button>
      </div>
    </section>
  );
}
