import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireDraftLock, channelLock, randomBallot } from './tab-lock';

/** The Web Locks API for one origin, as every tab of it sees it; only exclusive locks. */
class FakeLocks implements LockManager {
  readonly held = new Set<string>();
  readonly requests: Array<{ name: string; options: LockOptions }> = [];

  async query(): Promise<LockManagerSnapshot> {
    return { held: [...this.held].map((name) => ({ name, mode: 'exclusive' })), pending: [] };
  }

  request<T>(name: string, callback: LockGrantedCallback<T>): Promise<T>;
  request<T>(name: string, options: LockOptions, callback: LockGrantedCallback<T>): Promise<T>;
  async request<T>(name: string, ...rest: [LockGrantedCallback<T>] | [LockOptions, LockGrantedCallback<T>]): Promise<T> {
    const [options, callback] = rest.length === 1 ? [{}, rest[0]] : rest;
    this.requests.push({ name, options });
    if (this.held.has(name)) {
      if (options.ifAvailable) return callback(null);
      throw new Error('FakeLocks does not queue requests');
    }
    this.held.add(name);
    try {
      return await callback({ name, mode: 'exclusive' });
    } finally {
      this.held.delete(name);
    }
  }
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('acquireDraftLock', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('holds the draft until released, and another tab does not get it meanwhile', async () => {
    const locks = new FakeLocks();
    const first = await acquireDraftLock('d1', locks);
    expect(first.held).toBe(true);
    expect(locks.requests).toEqual([{ name: 'nianbao-draft-d1', options: { ifAvailable: true } }]);
    expect((await acquireDraftLock('d1', locks)).held).toBe(false);
    expect([...locks.held]).toEqual(['nianbao-draft-d1']);

    first.release();
    await settle();
    expect(locks.held.size).toBe(0);
    expect((await acquireDraftLock('d1', locks)).held).toBe(true);
  });

  it('locks each draft on its own', async () => {
    const locks = new FakeLocks();
    expect((await acquireDraftLock('d1', locks)).held).toBe(true);
    expect((await acquireDraftLock('d2', locks)).held).toBe(true);
    expect([...locks.held]).toEqual(['nianbao-draft-d1', 'nianbao-draft-d2']);
  });

  it('lets a tab that did not get the lock release it without freeing the holder', async () => {
    const locks = new FakeLocks();
    const holder = await acquireDraftLock('d1', locks);
    const other = await acquireDraftLock('d1', locks);
    other.release();
    await settle();
    expect([...locks.held]).toEqual(['nianbao-draft-d1']);
    holder.release();
    holder.release();
    await settle();
    expect(locks.held.size).toBe(0);
  });

  it('uses navigator.locks when no lock manager is given', async () => {
    const locks = new FakeLocks();
    vi.stubGlobal('navigator', { locks });
    expect((await acquireDraftLock('d1')).held).toBe(true);
    expect([...locks.held]).toEqual(['nianbao-draft-d1']);
  });

  it('asks the other tabs on a BroadcastChannel when the browser has no Locks API', async () => {
    vi.stubGlobal('navigator', {});
    const first = await acquireDraftLock('d1');
    expect(first.held).toBe(true);
    vi.stubGlobal('navigator', undefined);
    expect((await acquireDraftLock('d1', undefined)).held).toBe(false);
    first.release();
  });

  it('says held when the lock request fails or throws, because it cannot tell', async () => {
    const rejecting = new FakeLocks();
    rejecting.request = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    expect((await acquireDraftLock('d1', rejecting)).held).toBe(true);
    const throwing = new FakeLocks();
    throwing.request = () => {
      throw new DOMException('The document is not fully active.', 'InvalidStateError');
    };
    expect((await acquireDraftLock('d1', throwing)).held).toBe(true);
  });
});

describe('the BroadcastChannel fallback (no Web Locks over plain http)', () => {
  it('gives the draft to the first tab and tells the second one, until the first lets go', async () => {
    const first = await channelLock('draft-x', (name) => new BroadcastChannel(name), 30);
    expect(first.held).toBe(true);
    const second = await channelLock('draft-x', (name) => new BroadcastChannel(name), 30);
    expect(second.held).toBe(false);
    first.release();
    const third = await channelLock('draft-x', (name) => new BroadcastChannel(name), 30);
    expect(third.held).toBe(true);
    third.release();
  });

  it('cannot tell, and lets the tab edit, where there is no BroadcastChannel either', async () => {
    expect((await channelLock('draft-y', () => undefined)).held).toBe(true);
  });
});

describe('two tabs asking for the draft at the same instant (a browser restoring its tabs)', () => {
  const channel = (name: string) => new BroadcastChannel(name);
  const ask = (id: string, ballot: string) => channelLock(id, channel, 40, ballot);

  it('gives it to exactly one: the smaller ballot, whichever asked first', async () => {
    const [a, b] = await Promise.all([ask('same-instant', 'aaaa'), ask('same-instant', 'bbbb')]);
    expect([a.held, b.held]).toEqual([true, false]);
    a.release();
    const [c, d] = await Promise.all([ask('same-instant-2', 'dddd'), ask('same-instant-2', 'cccc')]);
    expect([c.held, d.held]).toEqual([false, true]);
    d.release();
  });

  it('gives it to exactly one when the second tab starts listening only after the first has asked', async () => {
    const first = ask('late-listener', 'aaaa');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = ask('late-listener', 'bbbb');
    expect([(await first).held, (await second).held]).toEqual([true, false]);
    (await first).release();

    const smallerLater = ask('late-listener-2', 'bbbb');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = ask('late-listener-2', 'aaaa');
    expect([(await smallerLater).held, (await later).held]).toEqual([false, true]);
    (await later).release();
  });

  it('gives it to exactly one of eight tabs with random ballots, and a ninth tab after them is told it is held', async () => {
    const locks = await Promise.all(Array.from({ length: 8 }, () => channelLock('eight-tabs', channel, 40)));
    expect(locks.filter((l) => l.held)).toHaveLength(1);
    expect((await channelLock('eight-tabs', channel, 40)).held).toBe(false);
    locks.forEach((l) => l.release());
  });

  it('draws ballots of 32 hex digits, different each time', () => {
    const [x, y] = [randomBallot(), randomBallot()];
    expect(x).toMatch(/^[0-9a-f]{32}$/);
    expect(x).not.toBe(y);
  });
});
