// Only one tab edits a draft at a time. The Web Locks API grants a named lock to one tab and
// frees it when that tab releases it or closes, so a crashed tab never leaves a draft locked.

export type DraftLock = { held: boolean; release(): void };

const lockName = (id: string) => `nianbao-draft-${id}`;
const noop = () => {};
/** Without a working Locks API this tab cannot tell whether another one edits the draft. */
const cannotTell = (): DraftLock => ({ held: true, release: noop });

function browserLocks(): LockManager | undefined {
  // NOTE: navigator.locks is missing outside secure contexts (a page served over plain http).
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

const ASK_MS = 250;

/**
 * Without Web Locks (an intranet page over plain http): ask on a BroadcastChannel whether another
 * tab holds the draft; the tab that holds it answers for as long as it has it open.
 */
export function channelLock(id: string, open: (name: string) => BroadcastChannel | undefined = browserChannel, askMs = ASK_MS): Promise<DraftLock> {
  const channel = open(lockName(id));
  if (!channel) return Promise.resolve(cannotTell());
  return new Promise((resolve) => {
    let answered = false;
    channel.onmessage = (event: MessageEvent) => {
      if (event.data !== 'held' || answered) return;
      answered = true;
      channel.close();
      resolve({ held: false, release: noop });
    };
    channel.postMessage('who');
    setTimeout(() => {
      if (answered) return;
      answered = true;
      channel.onmessage = (event: MessageEvent) => {
        if (event.data === 'who') channel.postMessage('held');
      };
      resolve({ held: true, release: () => channel.close() });
    }, askMs);
  });
}

function browserChannel(name: string): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
}

export function acquireDraftLock(id: string, locks: LockManager | undefined = browserLocks()): Promise<DraftLock> {
  if (!locks) return channelLock(id);
  return new Promise((resolve) => {
    let release = noop;
    // The lock is held for as long as the promise returned to the Locks API is unsettled.
    const released = new Promise<void>((done) => (release = () => done()));
    try {
      locks
        .request(lockName(id), { ifAvailable: true }, (lock) => {
          resolve(lock ? { held: true, release } : { held: false, release: noop });
          return lock ? released : undefined;
        })
        .catch(() => resolve(cannotTell()));
    } catch {
      resolve(cannotTell());
    }
  });
}
