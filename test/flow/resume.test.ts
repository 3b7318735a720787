/** resume.ts: the pending record, its expiry, and what a record must look like to be resumed. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { PENDING_KEY, PendingStore, SESSION_TTL_MS } from '../../src/flow/resume.js';
import { parseRecord } from '../../src/flow/resume-record.js';
import { step } from '../support/fake-auth-service.js';
import { CREDENTIALS, harness, MemoryStore } from './harness.js';

import { CORRUPTED_RECORDS as CORRUPTED, VALID_RECORD as valid } from '../support/corrupted-records.js';

describe('parseRecord', () => {
  it('accepts a record this version wrote', () => assert.deepEqual(parseRecord(JSON.stringify(valid)), valid));
  for (const [what, value] of CORRUPTED) {
    it(`refuses ${what}`, () => {
      const text = typeof value === 'string' && what === 'not JSON' ? value : JSON.stringify(value);
      assert.equal(parseRecord(text), undefined);
    });
  }
  for (const [what, value] of CORRUPTED) {
    it(`a reload with ${what} in the tab's storage starts at SIGN_IN, and the record is gone`, async () => {
      const session = new MemoryStore();
      session.setItem(PENDING_KEY, typeof value === 'string' && what === 'not JSON' ? value : JSON.stringify(value));
      const h = harness({ session });
      h.clock.now = valid.expiresAt - 1000;
      await h.flow.start();
      assert.equal(h.flow.state.step, 'SIGN_IN');
      assert.equal(h.flow.state.error, undefined);
      assert.equal(session.getItem(PENDING_KEY), null);
    });
  }
});

describe('PendingStore', () => {
  it('removes a record it cannot resume', async () => {
    const memory = new MemoryStore();
    memory.setItem(PENDING_KEY, JSON.stringify({ ...valid, step: 'DONE' }));
    assert.equal(await new PendingStore(memory).load(), undefined);
    assert.equal(memory.getItem(PENDING_KEY), null);
  });

  it('says expired once expiresAt has passed', async () => {
    const memory = new MemoryStore();
    let now = valid.expiresAt - 1;
    const store = new PendingStore(memory, () => now);
    store.save(valid);
    assert.equal((await store.load())?.expired, false);
    now = valid.expiresAt;
    assert.equal((await store.load())?.expired, true);
  });
});

describe('resume', () => {
  it("a resumed step keeps the expiry Amplify's session had: a second reload after it has passed starts over", async () => {
    const first = harness();
    first.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    await first.flow.start();
    await first.flow.submit('SIGN_IN', CREDENTIALS);
    const record = JSON.parse(first.session.getItem(PENDING_KEY)!);
    assert.equal(record.expiresAt, first.clock.now + SESSION_TTL_MS);

    // Reload at minute 2: resumed, and the record's expiry does not move.
    const second = harness({ session: first.session });
    second.clock.now = first.clock.now + 2 * 60_000;
    await second.flow.start();
    assert.equal(second.flow.state.step, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal(JSON.parse(second.session.getItem(PENDING_KEY)!).expiresAt, record.expiresAt);

    // Reload at minute 4: Amplify's session died at minute 3, so the user starts over, told why.
    const third = harness({ session: first.session });
    third.clock.now = first.clock.now + 4 * 60_000;
    await third.flow.start();
    assert.equal(third.flow.state.step, 'SIGN_IN');
    assert.equal(third.flow.state.username, CREDENTIALS.username);
    assert.equal(third.flow.state.error?.messageId, 'error.sessionExpired');
  });

  it('each answer from Cognito renews the expiry, as Amplify renews its session', async () => {
    const h = harness();
    h.fake.answer('signIn', step('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] }));
    h.fake.answer('confirmSignIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    h.clock.now += 60_000;
    await h.flow.submit('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { choice: 'SMS' });
    assert.equal(JSON.parse(h.session.getItem(PENDING_KEY)!).expiresAt, h.clock.now + SESSION_TTL_MS);
  });

  it('TOTP setup is not resumed: back to SIGN_IN with the username and a notice', async () => {
    const session = new MemoryStore();
    session.setItem(PENDING_KEY, JSON.stringify({ ...valid, step: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', data: {} }));
    const h = harness({ session });
    h.clock.now = valid.expiresAt - 1000;
    await h.flow.start();
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.notice?.messageId, 'notice.totpSetupRestart');
  });
});
