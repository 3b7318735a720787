/** After the tokens: VERIFY_CONTACT, then PASSKEY_PROMPT, then DONE; and `auth-before-step-change`. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { RESEND_COOLDOWN_MS } from '../../src/flow/resend.js';
import { awsError, step } from '../support/fake-auth-service.js';
import { CREDENTIALS, harness } from './harness.js';

/** A pool that verifies email, and a user whose email is not verified. */
function unverified(options: Parameters<typeof harness>[0] = {}) {
  const h = harness(options);
  h.fake.settings = { ...h.fake.settings, verificationAttributes: ['email', 'phone_number'] };
  h.fake.attributes = {
    email: 'a@example.com',
    email_verified: 'false',
    phone_number: '+14255550100',
    phone_number_verified: 'true',
  };
  h.fake.answer('signIn', step('DONE'));
  return h;
}

describe('VERIFY_CONTACT', () => {
  it('after a sign-in, an unverified email the pool verifies is offered before DONE (auth-signed-in first)', async () => {
    const h = unverified();
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'VERIFY_CONTACT');
    assert.deepEqual(h.flow.state.data.contacts, ['email']);
    assert.deepEqual(h.log.slice(-3), ['signedIn', 'before:SIGN_IN>VERIFY_CONTACT', 'step:VERIFY_CONTACT']);
  });

  it('sends a code to the chosen contact, confirms it, then DONE with a notice', async () => {
    const h = unverified();
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.submit('VERIFY_CONTACT', { choice: 'email' });
    assert.deepEqual(h.fake.callsOf('sendUserAttributeVerificationCode'), [['email']]);
    assert.equal(h.flow.state.step, 'VERIFY_CONTACT');
    assert.equal(h.flow.state.data.contactAttribute, 'email');
    assert.equal(h.flow.state.data.codeDelivery?.destination, 'a***@e***');
    // The code just sent starts the cooldown: "Send a new code" waits.
    assert.equal(h.flow.view().canResend, true);
    assert.equal(h.flow.view().resendWaitMs, RESEND_COOLDOWN_MS);
    await h.flow.resendCode();
    assert.equal(h.fake.callsOf('sendUserAttributeVerificationCode').length, 1);
    h.clock.now += RESEND_COOLDOWN_MS;
    await h.flow.resendCode();
    assert.equal(h.fake.callsOf('sendUserAttributeVerificationCode').length, 2);

    await h.flow.submit('VERIFY_CONTACT', { code: '12 34 56' });
    assert.deepEqual(h.fake.callsOf('confirmUserAttribute'), [['email', '123456']]);
    assert.equal(h.flow.state.step, 'DONE');
    assert.equal(h.flow.state.notice?.messageId, 'notice.contactVerified');
  });

  it('a submit on DONE, which sends nothing, leaves its notice in place', async () => {
    const h = unverified();
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.submit('VERIFY_CONTACT', { choice: 'email' });
    await h.flow.submit('VERIFY_CONTACT', { code: '123456' });
    const calls = h.fake.calls.length;
    await h.flow.submit('DONE', {});
    assert.equal(h.flow.state.notice?.messageId, 'notice.contactVerified');
    assert.equal(h.fake.calls.length, calls);
  });

  it('a wrong code stays on the step, at the code field', async () => {
    const h = unverified();
    h.fake.answer('confirmUserAttribute', awsError('CodeMismatchException'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.submit('VERIFY_CONTACT', { choice: 'email' });
    await h.flow.submit('VERIFY_CONTACT', { code: '000000' });
    assert.equal(h.flow.state.step, 'VERIFY_CONTACT');
    assert.deepEqual([h.flow.state.error?.field, h.flow.state.error?.messageId], ['code', 'error.codeMismatch']);
  });

  it('skip goes on: to the passkey offer when it applies, else DONE', async () => {
    const h = unverified({ options: { passkeyPrompt: 'after-sign-in' } });
    h.fake.platformAuthenticator = true;
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'VERIFY_CONTACT');
    await h.flow.skip();
    assert.equal(h.flow.state.step, 'PASSKEY_PROMPT');
    await h.flow.skip();
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('not offered with verify-contact="never", for verified contacts, or a pool that verifies none', async () => {
    for (const setup of ['never', 'verified', 'pool'] as const) {
      const h = unverified(setup === 'never' ? { options: { verifyContact: 'never' } } : {});
      if (setup === 'verified') h.fake.attributes = { email: 'a@example.com', email_verified: 'true' };
      if (setup === 'pool') h.fake.settings = { ...h.fake.settings, verificationAttributes: [] };
      await h.flow.start();
      await h.flow.submit('SIGN_IN', CREDENTIALS);
      assert.equal(h.flow.state.step, 'DONE', setup);
    }
  });

  it('a failed attribute lookup does not stand between the user and DONE', async () => {
    const h = unverified();
    h.fake.answer('fetchUserAttributes', awsError('NetworkError'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'DONE');
  });
});

describe('auth-before-step-change', () => {
  it('is asked before each change with the step and the next one; the first step after startup is not asked', async () => {
    const h = harness();
    h.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.deepEqual(h.log, [
      'step:SIGN_IN',
      'before:SIGN_IN>CONFIRM_SIGN_IN_WITH_SMS_CODE',
      'step:CONFIRM_SIGN_IN_WITH_SMS_CODE',
    ]);
  });

  it('a refusal keeps the current step, usable, for a result and for an action', async () => {
    const h = harness({
      beforeStepChange: (_step, next) => next !== 'CONFIRM_SIGN_IN_WITH_SMS_CODE' && next !== 'RESET_PASSWORD',
    });
    h.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.busy, false);
    h.flow.forgotPassword();
    assert.equal(h.flow.state.step, 'SIGN_IN');
    h.flow.goToSignUp();
    assert.equal(h.flow.state.step, 'SIGN_UP');
  });

  it('a sign-out is not asked: the widget never shows a signed-in view for a signed-out user', async () => {
    const h = harness({ beforeStepChange: () => false });
    h.fake.user = { username: 'u', userId: 'sub' };
    await h.flow.start();
    assert.equal(h.flow.state.step, 'DONE');
    await h.flow.signOut();
    assert.equal(h.flow.state.step, 'SIGN_IN');
  });
});
