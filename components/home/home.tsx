'use client';
import { reportHref } from '@/components/wizard/step-ids';
import { AppLink } from '@/components/ui/app-link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '@/lib/draft/record';
import type { DraftListing } from '@/lib/draft/storage';
import { DraftList } from './draft-list';

/** The draft store, loaded after the first paint (the listing waits for it; the page does not). */
const loadStore = () => import('./home-store');

/** The code behind 新建报告 and 打开文件, loaded on the click: the first paint does without it. */
const loadStartDraft = () => import('./start-draft');
const LOAD_FAILED = '年报助手的部分程序没有载入（网络可能已断开），现有的报告没有任何改动。请刷新页面后重试。';

type Listing = { state: 'loading' } | ({ state: 'ready'; newerMessage: string } & DraftListing) | { state: 'failed'; message: string };

export function Home() {
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [problems, setProblems] = useState<string[]>([]);

  const refresh = async (): Promise<Listing> => {
    const store = await loadStore().catch(() => null);
    if (!store) return { state: 'failed', message: LOAD_FAILED };
    const result = await store.draftStore().list();
    return result.ok ? { state: 'ready', newerMessage: store.NEWER_DRAFT_MESSAGE, ...result.value } : { state: 'failed', message: result.error.message };
  };
  useEffect(() => {
    let alive = true;
    void refresh().then((next) => alive && setListing(next));
    return () => {
      alive = false;
    };
  }, []);

  const start = async (record: DraftRecord) => {
    const store = await loadStore().catch(() => null);
    if (!store) return setProblems([LOAD_FAILED]);
    const saved = await store.draftStore().save(record);
    if (!saved.ok) return setProblems([saved.error.message]);
    router.push(reportHref(record.id, 'meta'));
  };

  /** The click's code, or null (and the clerk told) when it cannot be loaded. */
  const startDraft = () =>
    loadStartDraft().catch(() => {
      setProblems([LOAD_FAILED]);
      return null;
    });

  const open = async (file: File) => {
    const read = await (await startDraft())?.draftFromFile(file);
    if (!read) return;
    if (!read.ok) return setProblems(read.problems);
    await start(read.record);
  };

  const startBlank = async () => {
    const code = await startDraft();
    if (code) await start(code.newDraftRecord());
  };

  return (
    <section aria-labelledby="start-heading" className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
      <h2 id="start-heading" className="sr-only">
        开始
      </h2>
      <div className="flex flex-wrap gap-3">
        <button type="button" id="new-report" className="rounded bg-red-800 px-5 py-2.5 text-lg font-semibold text-white hover:bg-red-900" onClick={() => void startBlank()}>
          新建报告
        </button>
        <button type="button" className="rounded border border-stone-500 px-5 py-2.5 text-lg hover:bg-stone-100" onClick={() => fileInput.current?.click()}>
          打开文件
        </button>
        <AppLink href="/import/" className="rounded border border-stone-500 px-5 py-2.5 text-lg hover:bg-stone-100">
          从上年报告开始
        </AppLink>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.nianbao.json,application/json"
          className="hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void open(file);
          }}
        />
      </div>
      <p className="mt-2 text-sm text-stone-600">“打开文件”可打开此前用“保存为文件”保存的报告文件（.nianbao.json），打开后另存为一份新报告。</p>
      {problems.length > 0 ? (
        <div role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {problems.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ) : null}
      {/* Two lines kept while the list is read: a phone's width wraps 「还没有报告」 to two, and what
          follows would move down when it replaced the one line of 「正在读取」 (Lighthouse CLS). */}
      <div className="mt-6 min-h-12">
        {listing.state === 'loading' ? <p className="text-stone-600">正在读取本浏览器中的报告…</p> : null}
        {listing.state === 'failed' ? (
          <p role="alert" className="text-red-800">
            {listing.message}
          </p>
        ) : null}
        {listing.state === 'ready' && listing.quarantined.length > 0 ? (
          <p role="alert" className="mb-3 rounded bg-amber-50 p-3 text-sm text-amber-950">
            有 {listing.quarantined.length} 份草稿已损坏、无法读取。它们已被单独保存，没有删除；如需找回，请联系信息技术人员。
          </p>
        ) : null}
        {listing.state === 'ready' && listing.newer.length > 0 ? (
          <ul aria-label="较新版本保存的草稿" className="mb-3 rounded bg-amber-50 p-3 text-sm text-amber-950">
            {listing.newer.map((draft) => (
              <li key={draft.id}>
                「{draft.agency ?? '未填机关名称'}
                {draft.year === null ? '' : ` ${draft.year} 年度`}」：{listing.newerMessage}
              </li>
            ))}
          </ul>
        ) : null}
        {listing.state === 'ready' && listing.drafts.length > 0 ? (
          <DraftList
            drafts={listing.drafts}
            onDelete={async (id) => {
              // Not while another tab edits it: its next keystroke would save it back.
              // The store is loaded: the list it read is on screen.
              const store = await loadStore();
              const lock = await store.acquireDraftLock(id);
              if (!lock.held) {
                setProblems(['这份报告正在另一个标签页中填写，不能删除。请先关闭那个标签页。']);
              } else {
                const removed = await store.draftStore().remove(id);
                lock.release();
                setProblems(removed.ok ? [] : [removed.error.message]);
              }
              setListing(await refresh());
              (document.getElementById('drafts-caption') ?? document.getElementById('new-report'))?.focus();
            }}
          />
        ) : null}
        {listing.state === 'ready' && listing.drafts.length === 0 && listing.newer.length === 0 ? <p className="text-stone-600">本浏览器中还没有报告。点击“新建报告”开始填写。</p> : null}
      </div>
    </section>
  );
}
