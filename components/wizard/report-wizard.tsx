'use client';
import { AppLink } from '@/components/ui/app-link';
import { useSearchParams } from 'next/navigation';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '@/lib/draft/record';
import { acquireDraftLock } from '@/lib/draft/tab-lock';
import { journalKey } from '@/lib/draft/journal';
import { onDraftSaved } from './draft-channel';
import type { DraftSession } from './draft-session-type';
import { loadStepBody } from './step-body';
import { isStepId, type StepId } from './steps';
import { WizardForm } from './wizard-form';

const FOLLOW_DELAY_MS = 200;

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; record: DraftRecord; readOnly: boolean; session: DraftSession };

// The store, its schemas and the checks: asked for while the tab lock is, not in the first load.
const loadSession = () => import('./draft-session');

/** The step the URL names, else the one the draft was left on, else the first. */
const stepOf = (param: string | null, record: DraftRecord): StepId => (isStepId(param) ? param : isStepId(record.step) ? record.step : 'meta');

const SESSION_FAILED = '无法载入填写页面的程序文件（网络中断，或网站已更新）。已填写的内容保存在本浏览器中，没有丢失；请刷新本页重试。';

/** Opens the draft named in the URL (?id=…&step=…) and keeps the step in the URL. */
export function ReportWizard() {
  const params = useSearchParams();
  const id = params.get('id') ?? '';
  const stepParam = params.get('step');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const lastSave = useRef<Promise<void>>(Promise.resolve());
  const onClose = useCallback((save: Promise<void>) => {
    lastSave.current = save;
  }, []);

  // The lock first, then the draft: what this tab shows is what no other tab is changing. The lock
  // is let go only after the wizard's last save has finished.
  useEffect(() => {
    let cancelled = false;
    let release = () => {};
    void (async () => {
      const sessionLoading = loadSession();
      const lock = await acquireDraftLock(id);
      release = () => lock.release();
      if (cancelled) return release();
      let session: DraftSession;
      try {
        session = await sessionLoading;
      } catch {
        if (!cancelled) setLoaded({ state: 'failed', message: SESSION_FAILED });
        return;
      }
      const result = await session.openDraft(id, lock.held);
      if (cancelled) return;
      if (!result.ok) return setLoaded({ state: 'failed', message: result.error.message });
      if (!result.value) return setLoaded({ state: 'failed', message: '找不到这份报告：它可能已被删除，或保存在另一个浏览器中。' });
      // The step it opens on is there before it is shown (a field named in the URL can be focused).
      try {
        await loadStepBody(stepOf(new URLSearchParams(window.location.search).get('step'), result.value));
      } catch {
        if (!cancelled) setLoaded({ state: 'failed', message: SESSION_FAILED });
        return;
      }
      if (cancelled) return;
      // A transition: React renders the wizard's hundreds of cells in slices of a few milliseconds,
      // not in one long task that would hold up a click or a key on a slow PC (Lighthouse's TBT).
      const ready: Loaded = { state: 'ready', record: result.value, readOnly: !lock.held, session };
      startTransition(() => setLoaded(ready));
    })();
    return () => {
      cancelled = true;
      // NOTE: after the wizard's own clean-up (which hands over its last save) has run.
      setTimeout(() => void lastSave.current.finally(release), 0);
    };
  }, [id]);

  // A read-only tab follows the tab that writes: each save, and each keystroke's write-ahead copy.
  const following = loaded.state === 'ready' && loaded.readOnly ? loaded.session : null;
  useEffect(() => {
    if (!following) return;
    const session = following;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stale = false;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const result = await session.openDraft(id, false);
        if (!stale && result.ok && result.value) setLoaded({ state: 'ready', record: result.value, readOnly: true, session });
      }, FOLLOW_DELAY_MS);
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === journalKey(id)) refresh();
    };
    const unsubscribe = onDraftSaved(id, refresh);
    window.addEventListener('storage', onStorage);
    return () => {
      stale = true;
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('storage', onStorage);
    };
  }, [following, id]);

  if (loaded.state === 'loading') return <p className="p-8 text-stone-600">正在打开报告…</p>;
  if (loaded.state === 'failed') {
    return (
      <main className="mx-auto max-w-2xl p-8">
        <h1 className="text-2xl font-bold">无法打开报告</h1>
        <p role="alert" className="mt-4 text-red-800">
          {loaded.message}
        </p>
        <AppLink href="/" className="mt-6 inline-block underline">
          返回首页
        </AppLink>
      </main>
    );
  }
  const step = stepOf(stepParam, loaded.record);
  return <WizardForm key={loaded.record.id} record={loaded.record} readOnly={loaded.readOnly} session={loaded.session} step={step} focus={params.get('focus')} onClose={onClose} />;
}
