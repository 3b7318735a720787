/** code-length.ts: the digits of each code step's code, and whether a sign-in code step is the first factor. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import type { CallContext } from '../../src/flow/calls.js';
import { codeLength } from '../../src/flow/code-length.js';
import { reachedAsFirstFactor, signInNext } from '../../src/flow/transitions.js';
import { step } from '../support/fake-auth-service.js';

const SMS = 'CONFIRM_SIGN_IN_WITH_SMS_CODE';
const EMAIL = 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE';
const context: CallContext = {
  step: 'SIGN_IN',
  data: {},
  username: 'alice@example.com',
  totpIssuer: 'Acme Corp',
  authFlowType: 'USER_AUTH',
};
const next = (name: string, input: object, on: Partial<CallContext> = {}) => {
  const result = signInNext({ result: step(name), passkeysSupported: false }, input, { ...context, ...on });
  assert.equal(result.kind, 'step');
  return result.kind === 'step' ? result.data : {};
};

describe('code length', () => {
  it('says the digits Cognito sends on each code step', () => {
    assert.equal(codeLength('CONFIRM_SIGN_IN_WITH_TOTP_CODE', {}), 6);
    assert.equal(codeLength(SMS, {}), 6);
    assert.equal(codeLength(SMS, { firstFactor: true }), 8);
    assert.equal(codeLength(EMAIL, { firstFactor: true }), 8);
    assert.equal(codeLength('CONFIRM_SIGN_UP', {}), 6);
    assert.equal(codeLength('CONFIRM_RESET_PASSWORD', {}), 6);
    assert.equal(codeLength('VERIFY_CONTACT', {}), 6);
  });

  it('sets no length where Cognito documents none (email MFA) or the step has no code', () => {
    assert.equal(codeLength(EMAIL, {}), undefined);
    assert.equal(codeLength('SIGN_IN', {}), undefined);
    assert.equal(codeLength(undefined, {}), undefined);
  });

  it('a code asked for by a sign-in without a password is the first factor; after a password, MFA', () => {
    assert.equal(
      next(SMS, { username: 'a', authFlowType: 'USER_AUTH', preferredChallenge: 'SMS_OTP' }).firstFactor,
      true,
    );
    assert.equal(next(EMAIL, { username: 'a', authFlowType: 'USER_AUTH' }).firstFactor, true);
    assert.equal(next(SMS, { username: 'a', password: 'pw', authFlowType: 'USER_SRP_AUTH' }).firstFactor, undefined);
    assert.equal(next(EMAIL, { username: 'a', password: 'pw', authFlowType: 'USER_SRP_AUTH' }).firstFactor, undefined);
  });

  it('a code chosen on the first-factor choice is the first factor; one chosen as MFA is not', () => {
    const chosen = next(
      SMS,
      { challengeResponse: 'SMS_OTP' },
      { step: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION' },
    );
    assert.equal(chosen.firstFactor, true);
    const mfa = next(SMS, { challengeResponse: 'SMS' }, { step: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION' });
    assert.equal(mfa.firstFactor, undefined);
    const afterPassword = next(SMS, { challengeResponse: 'pw' }, { step: 'CONFIRM_SIGN_IN_WITH_PASSWORD' });
    assert.equal(afterPassword.firstFactor, undefined);
  });

  it('a new code on the same step keeps what the step was', () => {
    const replay = { request: { username: 'a', password: 'pw', authFlowType: 'USER_SRP_AUTH' }, replayed: [] };
    assert.equal(next(SMS, replay, { step: SMS, data: { firstFactor: true } }).firstFactor, true);
    const passwordless = { request: { username: 'a', authFlowType: 'USER_AUTH' }, replayed: [] };
    assert.equal(next(SMS, passwordless, { step: SMS, data: {} }).firstFactor, undefined);
    assert.equal(reachedAsFirstFactor(EMAIL, passwordless, { step: SMS, data: {} }), true);
    assert.equal(reachedAsFirstFactor(EMAIL, replay, { step: SMS, data: {} }), false);
  });

  it('only the SMS and email code steps are marked', () => {
    assert.equal(
      next('CONFIRM_SIGN_IN_WITH_TOTP_CODE', { username: 'a', authFlowType: 'USER_AUTH' }).firstFactor,
      undefined,
    );
  });
});
