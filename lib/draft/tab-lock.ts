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

/** What the tabs say on a draft's channel: who asks for it (with its ballot), and who holds it. */
type LockMessage = { kind: 'ask'; ballot: string } | { kind: 'held' };

const isLockMessage = (data: unknown): data is LockMessage =>
  typeof data === 'object' && data !== null && 'kind' in data && (data.kind === 'held' || (data.kind === 'ask' && 'ballot' in data && typeof data.ballot === 'string'));

/** A random ballot: two tabs asking at the same instant compare theirs, and the smaller one wins. */
export function randomBallot(): string {
  const bytes = new Uint8Array(16);
  const cryptoApi: Partial<Crypto> | undefined = globalThis.crypto;
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.floor(Math.random() * 256)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Without Web Locks (an intranet page over plain http): a tab asks on a BroadcastChannel with a
 * random ballot and waits `askMs`. The tab that holds the draft answers 「held」 for as long as it
 * has it open; of two tabs asking at once (a browser restoring its tabs), each hears the other's
 * ballot, the larger one gives way at once and the smaller one says its ballot again, so that a
 * tab which had not yet started listening hears it too. The result is one holder, whatever the
 * order in which the messages arrive: a tab takes the draft only after a whole wait in which no
 * holder and no smaller ballot spoke, and says 「held」 when it does.
 */
export function channelLock(
  id: string,
  open: (name: string) => BroadcastChannel | undefined = browserChannel,
  askMs = ASK_MS,
  ballot: string = randomBallot(),
): Promise<DraftLock> {
  const channel = open(lockName(id));
  if (!channel) return Promise.resolve(cannotTell());
  return new Promise((resolve) => {
    let state: 'asking' | 'held' | 'yielded' = 'asking';
    const say = (message: LockMessage) => channel.postMessage(message);
    const giveWay = () => {
      state = 'yielded';
      clearTimeout(timer);
      channel.onmessage = null;
      channel.close();
      resolve({ held: false, release: noop });
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isLockMessage(message)) return;
      if (state === 'held') {
        if (message.kind === 'ask') say({ kind: 'held' });
        return;
      }
      if (state !== 'asking') return;
      if (message.kind === 'held') return giveWay();
      if (message.ballot < ballot) return giveWay();
      if (message.ballot > ballot) say({ kind: 'ask', ballot });
    };
    say({ kind: 'ask', ballot });
    const timer = setTimeout(() => {
      if (state !== 'asking') return;
      state = 'held';
      say({ kind: 'held' });
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
