'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '@/lib/draft/record';
import { acquireDraftLock } from '@/lib/draft/tab-lock';
import { journalKey } from '@/lib/draft/journal';
import { onDraftSaved } from './draft-store';
import { openDraft } from './open-draft';

const FOLLOW_DELAY_MS = 200;
import { isStepId, type StepId } from './steps';
import { WizardForm } from './wizard-form';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; record: DraftRecord; readOnly: boolean };

/** Opens the draft named in the URL (?id=…&step=…) and keeps the step in the URL. */
export function ReportWizard() {
  const params = useSearchParams();
  const id = params.get('id') ?? '';
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
      const lock = await acquireDraftLock(id);
      release = () => lock.release();
      if (cancelled) return release();
      const result = await openDraft(id, lock.held);
      if (cancelled) return;
      if (!result.ok) return setLoaded({ state: 'failed', message: result.error.message });
      if (!result.value) return setLoaded({ state: 'failed', message: '找不到这份报告：它可能已被删除，或保存在另一个浏览器中。' });
      setLoaded({ state: 'ready', record: result.value, readOnly: !lock.held });
    })();
    return () => {
      cancelled = true;
      // NOTE: after the wizard's own clean-up (which hands over its last save) has run.
      setTimeout(() => void lastSave.current.finally(release), 0);
    };
  }, [id]);

  // A read-only tab follows the tab that writes: each save, and each keystroke's write-ahead copy.
  const following = loaded.state === 'ready' && loaded.readOnly;
  useEffect(() => {
    if (!following) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stale = false;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const result = await openDraft(id, false);
        if (!stale && result.ok && result.value) setLoaded({ state: 'ready', record: result.value, readOnly: true });
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
        <Link href="/" className="mt-6 inline-block underline">
          返回首页
        </Link>
      </main>
    );
  }
  const stepParam = params.get('step');
  const step: StepId = isStepId(stepParam) ? stepParam : isStepId(loaded.record.step) ? loaded.record.step : 'meta';
  return <WizardForm key={loaded.record.id} record={loaded.record} readOnly={loaded.readOnly} step={step} focus={params.get('focus')} onClose={onClose} />;
}
