/** src/pending-record.ts: the record of a sign-in in progress, with its expiry. */
import { expect } from '@open-wc/testing';
import { PENDING_KEY, PENDING_TTL_MS, PendingStore } from '../../src/pending-record.js';

class MemoryStore {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('PendingStore', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('saves and loads a step with its details, not yet expired', () => {
    const store = new PendingStore(new MemoryStore(), clock);
    store.save('CONFIRM_SIGN_IN_WITH_SMS_CODE', 'alice', { codeDelivery: { destination: '+1***' } });
    expect(store.load()).to.deep.equal({
      step: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      username: 'alice',
      data: { codeDelivery: { destination: '+1***' } },
      expiresAt: now + PENDING_TTL_MS,
      expired: false,
    });
  });

  it('says expired once expiresAt has passed, and honours a longer ttl', () => {
    const store = new PendingStore(new MemoryStore(), clock);
    store.save('CONFIRM_SIGN_IN_WITH_SMS_CODE', 'alice', {});
    now += PENDING_TTL_MS;
    expect(store.load()!.expired).to.equal(true);
    store.save('CONFIRM_SIGN_UP', 'alice', {}, 10 * PENDING_TTL_MS);
    now += PENDING_TTL_MS;
    expect(store.load()!.expired).to.equal(false);
  });

  it('loads nothing after clear, or from garbage', () => {
    const memory = new MemoryStore();
    const store = new PendingStore(memory, clock);
    store.save('SIGN_IN', 'alice', {});
    store.clear();
    expect(store.load()).to.equal(undefined);
    memory.setItem(PENDING_KEY, '{not json');
    expect(store.load()).to.equal(undefined);
  });

  it('uses sessionStorage by default', () => {
    new PendingStore().save('CONFIRM_SIGN_UP', 'bob', {});
    expect(JSON.parse(sessionStorage.getItem(PENDING_KEY)!)).to.include({ step: 'CONFIRM_SIGN_UP', username: 'bob' });
    sessionStorage.removeItem(PENDING_KEY);
  });
});
