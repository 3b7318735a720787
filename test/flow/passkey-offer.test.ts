/** The offer to create a passkey after a sign-in: who sees it, "Not now" remembered per user, and creating one. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { awsError, step } from '../support/fake-auth-service.js';
import { CREDENTIALS, harness, type Harness } from './harness.js';

const SKIPPED_KEY = 'auth-sign-in:passkey-prompt-skipped:sub-123';

async function signIn(h: Harness) {
  h.fake.answer('signIn', step('DONE'));
  await h.flow.start();
  await h.flow.submit('SIGN_IN', CREDENTIALS);
}

/** A harness that asks to offer passkeys, on a device with a platform authenticator and no passkey yet. */
function offering() {
  const h = harness({ options: { passkeyPrompt: 'after-sign-in' } });
  h.fake.platformAuthenticator = true;
  h.fake.passkeyCount = 0;
  return h;
}

describe('the passkey offer', () => {
  it('is made after a sign-in with no passkey, on a device that can make one', async () => {
    const h = offering();
    await signIn(h);
    assert.equal(h.flow.state.step, 'PASSKEY_PROMPT');
    assert.deepEqual(
      h.log.filter((entry) => !entry.startsWith('before:')),
      ['step:SIGN_IN', 'signedIn', 'step:PASSKEY_PROMPT'],
    );
  });

  it('is not made when not asked for', async () => {
    const h = harness();
    h.fake.platformAuthenticator = true;
    await signIn(h);
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('is not made without a platform authenticator, or when checking for one fails', async () => {
    const none = offering();
    none.fake.platformAuthenticator = false;
    await signIn(none);
    assert.equal(none.flow.state.step, 'DONE');

    const failing = offering();
    failing.fake.platformAuthenticatorAvailable = () => Promise.reject(new Error('no WebAuthn'));
    await signIn(failing);
    assert.equal(failing.flow.state.step, 'DONE');
  });

  it('is not made to a user who has a passkey, nor when counting them fails', async () => {
    const has = offering();
    has.fake.passkeyCount = 1;
    await signIn(has);
    assert.equal(has.flow.state.step, 'DONE');

    const failing = offering();
    failing.fake.countPasskeys = () => Promise.reject(awsError('NotAuthorizedException'));
    await signIn(failing);
    assert.equal(failing.flow.state.step, 'DONE');
    assert.equal(failing.flow.state.error, undefined);
  });

  it('"Not now" goes to DONE and is remembered for this user on this device', async () => {
    const h = offering();
    await signIn(h);
    await h.flow.skipPasskey();
    assert.equal(h.flow.state.step, 'DONE');
    assert.ok(!Number.isNaN(Date.parse(h.local.getItem(SKIPPED_KEY) ?? '')), 'the date it was declined');

    await h.flow.signOut();
    h.fake.answer('signIn', step('DONE'));
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'DONE', 'not offered again');
  });

  it('another user\'s "Not now" does not count', async () => {
    const h = offering();
    h.local.setItem('auth-sign-in:passkey-prompt-skipped:sub-999', new Date().toISOString());
    await signIn(h);
    assert.equal(h.flow.state.step, 'PASSKEY_PROMPT');
  });

  it('creating the passkey registers it, says so, and goes to DONE', async () => {
    const h = offering();
    await signIn(h);
    await h.flow.submit('PASSKEY_PROMPT', {});
    assert.equal(h.fake.callsOf('registerPasskey').length, 1);
    assert.equal(h.flow.state.step, 'DONE');
    assert.equal(h.flow.state.notice?.messageId, 'notice.passkeyRegistered');
    assert.ok(h.log.indexOf('passkeyRegistered') < h.log.indexOf('step:DONE'), 'registered, then DONE');
    assert.ok(h.log.includes('passkeyRegistered'));
  });

  it('a cancelled creation stays on the offer, told why', async () => {
    const h = offering();
    await signIn(h);
    h.fake.answer('registerPasskey', awsError('PasskeyRegistrationCanceled'));
    await h.flow.submit('PASSKEY_PROMPT', {});
    assert.equal(h.flow.state.step, 'PASSKEY_PROMPT');
    assert.equal(h.flow.state.error?.messageId, 'error.passkeyRegistrationCanceled');
  });
});
