/** A reload with a pending record in the tab's storage: what comes back, at its limits, and storage that fails. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { PENDING_KEY } from '../../src/flow/resume.js';
import { step } from '../support/fake-auth-service.js';
import { VALID_RECORD as valid } from '../support/corrupted-records.js';
import { CREDENTIALS, harness, MemoryStore } from './harness.js';

/** Starts a flow on a tab whose storage holds `text`; the step it lands on, and whether the record is left. */
async function reloadWith(text: string) {
  const session = new MemoryStore();
  session.setItem(PENDING_KEY, text);
  const h = harness({ session });
  h.clock.now = valid.expiresAt - 1000;
  await h.flow.start();
  return { step: h.flow.state.step, kept: session.getItem(PENDING_KEY) !== null, h };
}

const withData = (data: unknown) => JSON.stringify({ ...valid, data });
const list = (count: number, length = 4) => Array.from({ length: count }, (_, i) => `${i}`.padEnd(length, 'x'));
const info = (count: number, length = 8) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 'v'.repeat(length)]));

describe('a pending record at its limits', () => {
  const resumed: Array<[string, string]> = [
    [
      'a delivery with destination, medium and attribute',
      withData({ codeDelivery: { destination: 'a', deliveryMedium: 'SMS', attributeName: 'phone_number' } }),
    ],
    ['a destination of 512 characters', withData({ codeDelivery: { destination: 'd'.repeat(512) } })],
    ['16 choices of 64 characters', withData({ allowedMFATypes: list(16, 64) })],
    ['16 first factors', withData({ availableChallenges: list(16) })],
    ['16 missing attributes', withData({ missingAttributes: list(16) })],
    ['16 challenge details of 2,048 characters', withData({ additionalInfo: info(16, 2048) })],
    ['a username of 512 characters', JSON.stringify({ ...valid, username: 'u'.repeat(512) })],
  ];
  for (const [what, text] of resumed) {
    it(`${what} is resumed`, async () => {
      const { step: landed, kept } = await reloadWith(text);
      assert.equal(landed, valid.step);
      assert.equal(kept, true);
    });
  }

  const refused: Array<[string, string]> = [
    ['a delivery with another key', withData({ codeDelivery: { destination: 'a', html: '<b>' } })],
    ['a destination of 513 characters', withData({ codeDelivery: { destination: 'd'.repeat(513) } })],
    ['a destination that is a number', withData({ codeDelivery: { destination: 7 } })],
    ['a delivery that is a list', withData({ codeDelivery: ['a'] })],
    ['17 choices', withData({ allowedMFATypes: list(17) })],
    ['a choice of 65 characters', withData({ allowedMFATypes: list(1, 65) })],
    ['choices that are text', withData({ allowedMFATypes: 'SMS' })],
    ['17 first factors', withData({ availableChallenges: list(17) })],
    ['17 missing attributes', withData({ missingAttributes: list(17) })],
    ['17 challenge details', withData({ additionalInfo: info(17) })],
    ['a challenge detail of 2,049 characters', withData({ additionalInfo: info(1, 2049) })],
    ['challenge details that are a list', withData({ additionalInfo: ['a'] })],
    ['a detail named toString', withData({ toString: 'x' })],
    ['data that is a list', withData([])],
    ['a username of 513 characters', JSON.stringify({ ...valid, username: 'u'.repeat(513) })],
    ['a step name of 65 characters', JSON.stringify({ ...valid, step: 'S'.repeat(65) })],
    ['an infinite expiry', JSON.stringify({ ...valid, expiresAt: 1 }).replace('"expiresAt":1', '"expiresAt":1e999')],
    ['no record at all', 'null'],
  ];
  for (const [what, text] of refused) {
    it(`${what} starts at SIGN_IN, and the record is removed`, async () => {
      const { step: landed, kept, h } = await reloadWith(text);
      assert.equal(landed, 'SIGN_IN');
      assert.equal(kept, false);
      assert.equal(h.flow.state.error, undefined);
    });
  }
});

describe('storage that fails', () => {
  const failing = (method: 'getItem' | 'setItem' | 'removeItem') => {
    const session = new MemoryStore();
    session[method] = () => {
      throw new Error('SecurityError');
    };
    return session;
  };

  it('unreadable: starts at SIGN_IN, and the sign-in works', async () => {
    const h = harness({ session: failing('getItem') });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    assert.equal(h.flow.state.step, 'SIGN_IN');
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('full or blocked for writing: the code step still shows, nothing is kept', async () => {
    const session = failing('setItem');
    const h = harness({ session });
    h.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal(session.items.size, 0);
  });

  it('blocked for removing: a finished sign-in still reaches DONE', async () => {
    const h = harness({ session: failing('removeItem') });
    h.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE')).answer('confirmSignIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('a record is written while a code step shows and removed at DONE', async () => {
    const h = harness();
    h.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE')).answer('confirmSignIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(JSON.parse(h.session.getItem(PENDING_KEY)!).step, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.equal(h.session.getItem(PENDING_KEY), null);
  });
});
