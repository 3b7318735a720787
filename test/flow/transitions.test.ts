/** transitions.ts: every Amplify sign-in `nextStep` → the step and the details it shows. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { KNOWN_STEPS, rowOf } from '../../src/flow/steps.js';
import type { SignInResult } from '../../src/auth-service.js';
import type { CallContext } from '../../src/flow/calls.js';
import { signInNext } from '../../src/flow/transitions.js';
import { step } from '../support/fake-auth-service.js';

const context: CallContext & { passkeysSupported: boolean } = {
  step: 'SIGN_IN',
  data: {},
  username: 'alice@example.com',
  totpIssuer: 'Acme Corp',
  authFlowType: 'USER_SRP_AUTH',
  passkeysSupported: true,
};
const transition = (result: SignInResult, { passkeysSupported, ...rest } = context) =>
  signInNext({ result, passkeysSupported }, {}, rest);
const SIGN_IN_STEPS = KNOWN_STEPS.filter(
  (known) =>
    !['DONE', 'SIGN_IN', 'SIGN_UP', 'CONFIRM_SIGN_UP_WITH_LINK', 'VERIFY_CONTACT', 'CONFIRM_SIGN_UP'].includes(known),
);

describe('transition', () => {
  for (const name of SIGN_IN_STEPS) {
    it(`${name} leads to ${name}, a step the table knows`, () => {
      const next = transition(step(name), context);
      assert.equal(next.kind, 'step');
      assert.equal(next.kind === 'step' && next.step, name);
      assert.equal(next.error, undefined);
      assert.notEqual(rowOf(name).screen, 'unknown');
    });
  }

  it('DONE and isSignedIn mean signed in', () => {
    assert.deepEqual(transition(step('DONE'), context), { kind: 'signedIn', rememberDevice: undefined });
    assert.deepEqual(transition({ isSignedIn: true, nextStep: { signInStep: 'X' } }, context), {
      kind: 'signedIn',
      rememberDevice: undefined,
    });
  });

  it('keeps what a code step shows, and nothing else', () => {
    // After a password: SMS MFA (a code without a password first is the first factor, `code-length.test.ts`).
    const { passkeysSupported: _unused, ...rest } = context;
    const next = signInNext(
      {
        result: step('CONFIRM_SIGN_IN_WITH_SMS_CODE', {
          codeDeliveryDetails: { destination: '+1***', deliveryMedium: 'SMS' },
        }),
        passkeysSupported: false,
      },
      { username: 'alice@example.com', password: 'pw' },
      rest,
    );
    assert.deepEqual(next, {
      kind: 'step',
      step: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      data: { codeDelivery: { destination: '+1***', deliveryMedium: 'SMS' } },
    });
  });

  it('TOTP setup carries the secret and an encoded otpauth URI for this user', () => {
    const next = transition(
      step('CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { totpSetupDetails: { sharedSecret: 'ABC' } }),
      context,
    );
    assert.equal(next.kind === 'step' && next.totp?.secret, 'ABC');
    assert.equal(
      next.kind === 'step' && next.totp?.uri,
      'otpauth://totp/Acme%20Corp:alice%40example.com?secret=ABC&issuer=Acme%20Corp',
    );
  });

  it('first factors: password once, the passkey only where it works', () => {
    const offered = step('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', {
      availableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'WEB_AUTHN', 'EMAIL_OTP'],
    });
    const choices = (passkeysSupported: boolean) => {
      const next = transition(offered, { ...context, passkeysSupported });
      return next.kind === 'step' ? next.data.availableChallenges : undefined;
    };
    assert.deepEqual(choices(true), ['PASSWORD_SRP', 'WEB_AUTHN', 'EMAIL_OTP']);
    assert.deepEqual(choices(false), ['PASSWORD_SRP', 'EMAIL_OTP']);
  });

  it('an unconfirmed account asks for a code; a reset says why', () => {
    assert.deepEqual(transition(step('CONFIRM_SIGN_UP'), context), {
      kind: 'call',
      call: { name: 'sendSignUpCode', input: { username: 'alice@example.com' } },
    });
    const reset = transition(step('RESET_PASSWORD'), context);
    assert.equal(reset.kind === 'step' && reset.notice?.messageId, 'hint.resetRequired');
  });

  it('a future step is named verbatim and marked unknown; so is a name from Object.prototype', () => {
    for (const name of ['CONTINUE_SIGN_IN_WITH_SOMETHING_NEW', '__proto__', 'constructor', 'toString']) {
      const next = transition(step(name), context);
      assert.equal(next.kind === 'step' && next.step, name);
      assert.deepEqual(next.error, {
        name: 'UnknownStep',
        message: `Unknown sign-in step ${name}`,
        messageId: 'error.unknownStep',
      });
      assert.equal(rowOf(name).screen, 'unknown');
    }
  });

  it('missing attributes lose Cognito\'s "userAttributes." prefix', () => {
    const next = transition(
      step('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', {
        missingAttributes: ['userAttributes.given_name', 'family_name'],
      }),
      context,
    );
    assert.deepEqual(next.kind === 'step' && next.data.missingAttributes, ['given_name', 'family_name']);
  });
});

describe('a custom challenge asked again', () => {
  const challenge = (question: string) =>
    step('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', { additionalInfo: { question } });
  const onChallenge = (question: string) => ({
    ...context,
    step: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' as const,
    data: { additionalInfo: { question } },
  });

  it('with the same question: the answer was wrong, said at the answer field, the question kept', () => {
    const next = transition(challenge('2 + 3?'), onChallenge('2 + 3?'));
    assert.equal(next.kind === 'step' && next.step, 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    assert.deepEqual(next.kind === 'step' && next.error, {
      name: 'WrongAnswer',
      message: 'Incorrect answer',
      messageId: 'error.wrongAnswer',
      field: 'answer',
    });
    assert.deepEqual(next.kind === 'step' && next.data.additionalInfo, { question: '2 + 3?' });
  });

  it('with a new question (the next round): no error, the new question shows', () => {
    const next = transition(challenge('4 + 4?'), onChallenge('2 + 3?'));
    assert.equal(next.kind === 'step' && next.error, undefined);
    assert.deepEqual(next.kind === 'step' && next.data.additionalInfo, { question: '4 + 4?' });
  });

  it('first asked (from SIGN_IN): no error', () => {
    const next = transition(challenge('2 + 3?'), context);
    assert.equal(next.kind === 'step' && next.error, undefined);
  });

  /** `name` asked again, with no details either time. */
  const askedAgain = (name: 'CONFIRM_SIGN_IN_WITH_SMS_CODE' | 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE') =>
    transition(step(name), { ...context, step: name, data: {} });

  it('another step asked again (a new SMS code on the same step) is no wrong answer', () => {
    const next = askedAgain('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal(next.kind === 'step' && next.error, undefined);
  });

  it('a question with no details, asked again: still the same question, so a wrong answer', () => {
    const next = askedAgain('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    assert.equal((next.error as { messageId?: string } | undefined)?.messageId, 'error.wrongAnswer');
  });
});
