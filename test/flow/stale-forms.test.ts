/** Forms and answers from a step the user has left: they start nothing, and sign nobody out. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import type { SignInResult } from '../../src/auth-service.js';
import { step } from '../support/fake-auth-service.js';
import { CREDENTIALS, deferred, harness } from './harness.js';

const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+*******0100' } });

describe('a form from a step that is gone', () => {
  it('the old sign-in form submitted on the SMS step sends no second sign-in (no second SMS)', async () => {
    const h = harness();
    h.fake.answer('signIn', SMS);
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.fake.callsOf('signIn').length, 1);
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal(h.flow.state.error, undefined);
  });

  it('a code form submitted on SIGN_IN sends no code', async () => {
    const h = harness();
    await h.flow.start();
    const before = h.fake.calls.length;
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.deepEqual(h.fake.calls.slice(before), []);
    assert.equal(h.flow.state.step, 'SIGN_IN');
  });
});

describe('a late answer from a sign-in the user abandoned', () => {
  for (const [name, setup] of [
    ['DONE', () => harness()],
    ['PASSKEY_PROMPT', () => harness({ options: { passkeyPrompt: 'after-sign-in' } })],
  ] as const) {
    it(`does not sign out the user who has since signed in again and reached ${name}`, async () => {
      const h = setup();
      h.fake.platformAuthenticator = true;
      const abandoned = deferred<SignInResult>();
      h.fake.answer('signIn', () => abandoned.promise, step('DONE'));
      await h.flow.start();
      const first = h.flow.submit('SIGN_IN', CREDENTIALS);
      h.flow.restart();
      await h.flow.submit('SIGN_IN', CREDENTIALS);
      assert.equal(h.flow.state.step, name);
      abandoned.resolve(step('DONE'));
      await first;
      assert.equal(h.fake.callsOf('signOut').length, 0);
      assert.equal(h.flow.state.step, name);
      assert.ok(h.fake.user, 'still signed in');
      assert.deepEqual(
        h.log.filter((entry) => entry === 'signedIn' || entry === 'signedOut'),
        ['signedIn'],
      );
    });
  }

  it('a late success after "back to sign in" is signed out, so the widget and Cognito agree', async () => {
    const h = harness();
    const abandoned = deferred<SignInResult>();
    h.fake.answer('signIn', () => abandoned.promise);
    await h.flow.start();
    const first = h.flow.submit('SIGN_IN', CREDENTIALS);
    h.flow.restart();
    abandoned.resolve(step('DONE'));
    await first;
    assert.equal(h.fake.callsOf('signOut').length, 1);
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.ok(!h.log.includes('signedIn'));
  });
});
