'use client';
// One row per file: 机关名称, 年度, 格式, how it was read, 错误 and 警告, the status, and whether it is
// summed. A real table: sort buttons in the headers (aria-sort on the sorted one), a filter above.
import { useId, useState } from 'react';
import { FILE_STATUSES, SOURCE_LABELS, STATUS_LABELS, type FileStatus } from '@/lib/summary/labels';
import type { SummaryRow } from '@/lib/summary/entries';

const COLUMNS = [
  { key: 'file', label: '文件' },
  { key: 'agency', label: '机关名称' },
  { key: 'year', label: '年度' },
  { key: 'format', label: '格式' },
  { key: 'source', label: '读取方式' },
  { key: 'errors', label: '错误' },
  { key: 'warnings', label: '警告' },
  { key: 'status', label: '状态' },
] as const;
type SortKey = (typeof COLUMNS)[number]['key'];
type Sort = { key: SortKey; ascending: boolean } | null;

export const SUMMARY_COLUMN_LABELS = Object.fromEntries(COLUMNS.map((c) => [c.key, c.label])) as Record<SortKey, string>;
export const INCLUDE_LABEL = '计入汇总';

const STATUS_STYLE: Record<FileStatus, string> = {
  ok: 'bg-green-100 text-green-900',
  errors: 'bg-red-700 text-white',
  unreadable: 'bg-stone-700 text-white',
  'other-year': 'bg-amber-200 text-amber-950',
  duplicate: 'bg-sky-100 text-sky-900',
};

const sourceText = (row: SummaryRow) => (row.source ? SOURCE_LABELS[row.source] : '—');

function value(row: SummaryRow, key: SortKey): string | number {
  switch (key) {
    case 'year':
      return row.year ?? -1;
    case 'errors':
    case 'warnings':
      return row[key];
    case 'status':
      return FILE_STATUSES.indexOf(row.status);
    case 'source':
      return sourceText(row);
    default:
      return row[key];
  }
}

function compare(a: SummaryRow, b: SummaryRow, key: SortKey): number {
  const x = value(a, key);
  const y = value(b, key);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y), 'zh-CN');
}

type Props = {
  rows: readonly SummaryRow[];
  selected: number | null;
  onSelect: (index: number) => void;
  onInclude: (index: number, included: boolean) => void;
};

export function FileTable({ rows, selected, onSelect, onInclude }: Props) {
  const id = useId();
  const [sort, setSort] = useState<Sort>(null);
  const [status, setStatus] = useState<FileStatus | 'all'>('all');
  const [query, setQuery] = useState('');
  const needle = query.trim().normalize('NFKC');
  const shown = rows
    .filter((r) => status === 'all' || r.status === status)
    .filter((r) => !needle || `${r.agency}\u0000${r.file}`.normalize('NFKC').includes(needle))
    .sort((a, b) => (sort ? compare(a, b, sort.key) * (sort.ascending ? 1 : -1) || a.index - b.index : a.index - b.index));
  const counts = new Map(FILE_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={`${id}-status`} className="block text-sm font-medium">
            按状态筛选
          </label>
          <select id={`${id}-status`} className="mt-1 rounded border border-stone-400 bg-white px-2 py-1" value={status} onChange={(e) => setStatus(e.target.value as FileStatus | 'all')}>
            <option value="all">全部（{rows.length}）</option>
            {FILE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}（{counts.get(s)}）
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-query`} className="block text-sm font-medium">
            按机关名称或文件名筛选
          </label>
          <input id={`${id}-query`} type="search" className="mt-1 rounded border border-stone-400 bg-white px-2 py-1" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <p className="text-sm text-stone-700" aria-live="polite">
          显示 {shown.length} / {rows.length} 个文件
        </p>
      </div>
      <div className="overflow-x-auto rounded border border-stone-300 bg-white">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">各文件的检查结果（点击文件名查看问题）</caption>
          <thead className="bg-stone-100">
            <tr>
              {COLUMNS.map((c) => {
                const sorted = sort?.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={sorted ? (sort.ascending ? 'ascending' : 'descending') : undefined} className="border-b border-stone-300 px-2 py-1 text-left font-medium">
                    <button
                      type="button"
                      className="flex items-center gap-1 hover:underline"
                      onClick={() => setSort(sorted && sort.ascending ? { key: c.key, ascending: false } : { key: c.key, ascending: true })}
                    >
                      {c.label}
                      <span aria-hidden="true" className="text-xs text-stone-500">
                        {sorted ? (sort.ascending ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="border-b border-stone-300 px-2 py-1 text-left font-medium">
                {INCLUDE_LABEL}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.index} className={selected === r.index ? 'bg-amber-50' : 'odd:bg-white even:bg-stone-50'}>
                <td className="border-b border-stone-200 px-2 py-1">
                  <button type="button" className="text-left text-blue-900 underline" aria-expanded={selected === r.index} aria-controls="file-details" onClick={() => onSelect(r.index)}>
                    {r.file}
                  </button>
                </td>
                <td className="border-b border-stone-200 px-2 py-1">{r.agency || '—'}</td>
                <td className="border-b border-stone-200 px-2 py-1 tabular-nums">{r.year ?? '—'}</td>
                <td className="border-b border-stone-200 px-2 py-1">{r.format}</td>
                <td className="border-b border-stone-200 px-2 py-1">{sourceText(r)}</td>
                <td className="border-b border-stone-200 px-2 py-1 text-right tabular-nums">{r.source ? r.errors : '—'}</td>
                <td className="border-b border-stone-200 px-2 py-1 text-right tabular-nums">{r.source ? r.warnings : '—'}</td>
                <td className="border-b border-stone-200 px-2 py-1">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${STATUS_STYLE[r.status]}`}>{STATUS_LABELS[r.status]}</span>
                </td>
                <td className="border-b border-stone-200 px-2 py-1 text-center">
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    checked={r.included}
                    disabled={!r.eligible}
                    aria-label={`${INCLUDE_LABEL}：${r.file}`}
                    onChange={(e) => onInclude(r.index, e.target.checked)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
