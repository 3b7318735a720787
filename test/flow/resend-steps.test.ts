/** "Send a new code" on each step that has it: which call it makes, and none where the step has no such button. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import type { SignInResult } from '../../src/auth-service.js';
import { RESEND_COOLDOWN_MS } from '../../src/flow/resend.js';
import { step } from '../support/fake-auth-service.js';
import { CREDENTIALS, deferred, harness } from './harness.js';

const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+*******0100' } });
const SENT_AGAIN = 'hint.codeResentNoDestination';

/** Every call the fake saw, by method name, in order. */
const methods = (h: ReturnType<typeof harness>) => h.fake.calls.map((call) => call.method);

describe('"Send a new code" sends the code the step asks for', () => {
  it('on CONFIRM_SIGN_UP: a new sign-up code for the username, not a reset code, and no new sign-in', async () => {
    const h = harness();
    h.fake.answer('signIn', step('CONFIRM_SIGN_UP'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_UP');
    assert.equal(h.flow.view().canResend, true);
    h.fake.answer('resendSignUpCode', { destination: 'b***@e***', deliveryMedium: 'EMAIL' });
    const before = h.fake.calls.length;
    await h.flow.resendCode();
    assert.deepEqual(
      h.fake.calls.slice(before).map(({ method, args }) => [method, args]),
      [['resendSignUpCode', [CREDENTIALS.username]]],
    );
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_UP');
    assert.equal(h.flow.state.notice?.messageId, SENT_AGAIN);
    assert.equal(h.flow.state.data.codeDelivery?.destination, 'b***@e***');
    assert.equal(h.flow.view().resendWaitMs, RESEND_COOLDOWN_MS);
  });

  it('on CONFIRM_RESET_PASSWORD: a new reset code for the username', async () => {
    const h = harness();
    await h.flow.start();
    h.flow.forgotPassword(`  ${CREDENTIALS.username} `);
    await h.flow.submit('RESET_PASSWORD', { username: CREDENTIALS.username });
    assert.equal(h.flow.state.step, 'CONFIRM_RESET_PASSWORD');
    h.fake.answer('resetPassword', { destination: 'c***@e***', deliveryMedium: 'EMAIL' });
    const before = h.fake.calls.length;
    await h.flow.resendCode();
    assert.deepEqual(
      h.fake.calls.slice(before).map(({ method, args }) => [method, args]),
      [['resetPassword', [CREDENTIALS.username]]],
    );
    assert.equal(h.flow.state.data.codeDelivery?.destination, 'c***@e***');
    assert.equal(h.flow.state.notice?.messageId, SENT_AGAIN);
  });

  it('on an SMS code step: the same sign-in again, which makes Cognito send a new code', async () => {
    const h = harness();
    h.fake.answer('signIn', SMS, SMS);
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    const before = h.fake.calls.length;
    await h.flow.resendCode();
    assert.deepEqual(methods(h).slice(before), ['signIn']);
    assert.deepEqual(h.fake.callsOf('signIn')[1], [{ ...CREDENTIALS, authFlowType: 'USER_SRP_AUTH' }]);
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal(h.flow.state.notice?.messageId, SENT_AGAIN);
  });

  it('the authenticator-app step has no "Send a new code": pressing it anyway sends nothing', async () => {
    const h = harness();
    h.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_TOTP_CODE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.view().canResend, false);
    const before = h.fake.calls.length;
    await h.flow.resendCode();
    assert.deepEqual(methods(h).slice(before), []);
    assert.equal(h.flow.state.notice, undefined);
  });

  it('the reset step has no code yet to resend, and neither has CONFIRM_RESET_PASSWORD without a username', async () => {
    const h = harness();
    await h.flow.start();
    h.flow.forgotPassword('');
    assert.equal(h.flow.view().canResend, false);
    const before = h.fake.calls.length;
    await h.flow.resendCode();
    assert.deepEqual(methods(h).slice(before), []);
  });

  it('a resent code after the answers were dropped (back to sign in) is not possible on SIGN_IN', async () => {
    const h = harness();
    h.fake.answer('signIn', SMS);
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    h.flow.restart();
    assert.equal(h.flow.view().canResend, false);
  });

  it('two presses while the first new code is on its way send one code', async () => {
    const h = harness();
    const slow = deferred<SignInResult>();
    h.fake.answer('signIn', SMS, () => slow.promise, SMS);
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    const first = h.flow.resendCode();
    const second = h.flow.resendCode();
    assert.equal(h.flow.state.busy, true);
    slow.resolve(SMS);
    await Promise.all([first, second]);
    assert.equal(h.fake.callsOf('signIn').length, 2, 'the first sign-in and one resend');
    assert.equal(h.flow.state.busy, false);
  });
});
