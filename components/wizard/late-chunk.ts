// A chunk of the wizard that is not in the page's first load (the steps that are not tables, the
// preview), asked for once and then read synchronously. A failed load stays failed for the render
// that shows the failure (a render that asked again would wait, fail and ask again without end)
// and is asked for again after it: by the next visit to the step, or the next preload.
export type LateChunk<T> = {
  /** The module, asked for once (again after a failure was forgotten). */
  load(): Promise<T>;
  /** The module if it has loaded: a render reads it without suspending. */
  loaded(): T | null;
  /** Loads it ahead of the clerk; a failure is tried again on the step. */
  preload(): void;
  /** Lets a failed load be asked for again. */
  forgetFailure(): void;
};

export function lateChunk<T>(importer: () => Promise<T>): LateChunk<T> {
  let loadedModule: T | null = null;
  let loading: Promise<T> | null = null;
  let failed = false;
  const chunk: LateChunk<T> = {
    load: () =>
      (loading ??= importer().then(
        (m) => (loadedModule = m),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      )),
    loaded: () => loadedModule,
    preload: () => void chunk.load().catch(chunk.forgetFailure),
    forgetFailure: () => {
      if (!failed) return;
      failed = false;
      loading = null;
    },
  };
  return chunk;
}
