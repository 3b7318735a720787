/**
 * One test per error name: where it shows (a field or the form's alert), what was typed survives, a retry
 * works, and `auth-error` says `{ step, name, message }`.
 */
import { expect } from '@open-wc/testing';
import type { AuthService } from '../../src/auth-service.js';
import { awsError, step, type FakeAuthService } from '../support/fake-auth-service.js';
import {
  choiceButton,
  clickToStep,
  CREDENTIALS,
  detailsOf,
  field,
  fieldErrorText,
  formAlertText,
  mount,
  settle,
  signInTo,
  submitAndSettle,
  submitToStep,
  type Mounted,
  expectFocusOn,
} from './helpers/widget.js';

const NEW_PASSWORD = 'N3w-Passw0rd!';

interface ErrorCase {
  name: string;
  error?: (fake: FakeAuthService) => unknown;
  attributes?: Record<string, string>;
  /** Reaches the step where the call fails (SIGN_IN when absent). */
  reach?: (mounted: Mounted) => Promise<unknown>;
  method: keyof AuthService;
  values: Record<string, string>;
  /** A field name, or `alert`. */
  at: string;
  /** The English text shown there. */
  text: string;
  /** The step the error shows on, when not the one it happened on. */
  shownOn?: string;
  /** Fields still holding what was typed (all of `values` by default). */
  kept?: string[];
  /** How to try again; submitting the same values by default. */
  retry?: (el: Mounted['el']) => Promise<unknown>;
}

const onSignIn = (name: string, text: string, at = 'alert'): ErrorCase => ({
  name,
  method: 'signIn',
  values: CREDENTIALS,
  at,
  text,
});
const onCode = (name: string, text: string, signInStep = 'CONFIRM_SIGN_IN_WITH_SMS_CODE', extra = {}): ErrorCase => ({
  name,
  reach: (m) => signInTo(m, signInStep, extra),
  method: 'confirmSignIn',
  values: { code: '123456' },
  at: 'code',
  text,
});
const CODE_MISMATCH = 'That code isn’t right. Check it and try again.';
const NETWORK = 'We couldn’t reach the sign-in service. Check your connection and try again.';

const CASES: ErrorCase[] = [
  // A wrong password sits at the password field, the username marked invalid with it.
  onSignIn('NotAuthorizedException', 'Incorrect username or password.', 'password'),
  onSignIn('UserNotFoundException', 'We couldn’t find an account with that username.', 'username'),
  onCode('CodeMismatchException', CODE_MISMATCH),
  onCode('ExpiredCodeException', 'That code has expired. Request a new one.', 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE'),
  onSignIn('LimitExceededException', 'Too many attempts. Wait a while before trying again.'),
  onSignIn('TooManyRequestsException', 'Too many requests. Wait a moment and try again.'),
  {
    ...onCode('TooManyFailedAttemptsException', 'Too many failed attempts. Wait a while before trying again.'),
    at: 'alert',
  },
  {
    name: 'InvalidPasswordException',
    reach: (m) => signInTo(m, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED'),
    method: 'confirmSignIn',
    values: { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
    at: 'newPassword',
    text: 'This password isn’t allowed. Choose a different one.',
  },
  onSignIn('InvalidParameterException', 'Something you entered isn’t valid. Check it and try again.'),
  onSignIn('PasswordResetRequiredException', 'You need to reset your password.'),
  onSignIn('UserNotConfirmedException', 'Your account isn’t confirmed yet.'),
  onCode('EnableSoftwareTokenMFAException', CODE_MISMATCH, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', {
    totpSetupDetails: { sharedSecret: 'JBSWY3DPEHPK3PXP' },
  }),
  {
    ...onCode('SignInException', 'Your sign-in session expired. Sign in again.'),
    at: 'alert',
    shownOn: 'SIGN_IN',
    kept: [],
    retry: (el) => submitToStep(el, { password: CREDENTIALS.password }),
  },
  {
    name: 'InvalidPreferredChallenge',
    attributes: { 'auth-flow-type': 'USER_AUTH', 'preferred-challenge': 'EMAIL_OTP' },
    error: (fake) => {
      fake.answer(
        'signIn',
        awsError('InvalidPreferredChallenge'),
        step('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', { availableChallenges: ['PASSWORD', 'SMS_OTP'] }),
      );
      return undefined;
    },
    method: 'signIn',
    values: { username: CREDENTIALS.username },
    at: 'alert',
    text: 'That sign-in method isn’t available. Choose another one.',
    shownOn: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
    kept: [],
    retry: (el) => clickToStep(el, choiceButton(el, 'SMS_OTP')),
  },
  { ...onSignIn('TypeError', NETWORK), error: () => new TypeError('Failed to fetch') },
  {
    ...onSignIn('NetworkError', NETWORK),
    error: () => () => Promise.reject({ name: 'NetworkError', message: 'Network error' }),
  },
];

const messageOf = (thrown: unknown, name: string) =>
  thrown && typeof thrown === 'object' && 'message' in thrown ? String(thrown.message) : name;

for (const c of CASES) {
  describe(`error ${c.name}`, () => {
    it(`shows at ${c.at}${c.shownOn ? ` on ${c.shownOn}` : ''}, keeps what was typed, and a retry works`, async () => {
      const mounted = await mount(undefined, c.attributes);
      const { el, fake, events } = mounted;
      await c.reach?.(mounted);
      const failedOn = el.step!;
      const thrown = c.error ? c.error(fake) : awsError(c.name, `${c.name} happened`);
      if (thrown !== undefined) fake.answer(c.method, thrown as Error);
      if (c.shownOn) await submitToStep(el, c.values).then(() => settle(el));
      else await submitAndSettle(el, c.values);

      expect(el.step).to.equal(c.shownOn ?? failedOn);
      if (c.at === 'alert') expect(formAlertText(el), 'alert').to.equal(c.text);
      else expect(fieldErrorText(el, c.at), `error at ${c.at}`).to.equal(c.text);
      for (const name of c.kept ?? Object.keys(c.values)) expect(field(el, name).value, name).to.equal(c.values[name]);
      if (c.shownOn === 'SIGN_IN') expect(field(el, 'username').value).to.equal(CREDENTIALS.username);

      const errors = detailsOf(events, 'auth-error');
      const message =
        thrown instanceof Error
          ? thrown.message
          : c.name === 'NetworkError'
            ? 'Network error'
            : messageOf(thrown, c.name);
      expect(errors.at(-1)).to.deep.equal({ step: c.shownOn ?? failedOn, name: c.name, message });

      const callsBefore = fake.calls.length;
      fake.answer('signIn', step('DONE')).answer('confirmSignIn', step('DONE'));
      await (c.retry ? c.retry(el) : submitAndSettle(el, c.values));
      expect(fake.calls.length, 'the retry made a call').to.be.above(callsBefore);
      expect(detailsOf(events, 'auth-error')).to.have.length(errors.length);
    });
  });
}

describe('error presentation', () => {
  it('every error reads as an error without colour: a text prefix at the field and in the alert', async () => {
    const { el, fake } = await mount();
    fake.answer('signIn', awsError('NotAuthorizedException', 'Incorrect username or password.'));
    await submitAndSettle(el, CREDENTIALS);
    const error = el.querySelector(`#${field(el, 'password').getAttribute('aria-describedby')!.split(' ').at(-1)}`)!;
    expect(error.querySelector('.auth-error-prefix')?.textContent?.trim()).to.equal('Error:');
    expect(field(el, 'username').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'password').getAttribute('aria-invalid')).to.equal('true');
    expectFocusOn(field(el, 'password'));
    fake.answer('signIn', awsError('TooManyRequestsException'));
    await submitAndSettle(el, CREDENTIALS);
    expect(el.querySelector('form > [role=alert] .auth-error-prefix')?.textContent?.trim()).to.equal('Error:');
  });

  it('the same error twice is a new alert each time, so a screen reader reads it out again', async () => {
    const { el, fake } = await mount();
    const alertNow = () => el.querySelector('form > [role=alert]');
    fake.answer('signIn', awsError('TooManyRequestsException'));
    await submitAndSettle(el, CREDENTIALS);
    const first = alertNow();
    const text = formAlertText(el);
    expect(text).to.equal('Too many requests. Wait a moment and try again.');
    fake.answer('signIn', awsError('TooManyRequestsException'));
    await submitAndSettle(el, CREDENTIALS);
    const second = alertNow();
    expect(formAlertText(el)).to.equal(text);
    expect(second).to.not.equal(first);
    expect(first?.isConnected).to.equal(false);
    fake.answer('signIn', awsError('TooManyRequestsException'));
    await submitAndSettle(el, CREDENTIALS);
    expect(alertNow()).to.not.equal(second);
  });

  it('no server text is shown: an unknown error reads as a generic message, its text only in auth-error', async () => {
    const { el, fake, events } = await mount(undefined, { lang: 'ja' });
    fake.answer('signIn', awsError('SomethingNew', 'Injected fault'));
    await submitAndSettle(el, CREDENTIALS);
    expect(el.textContent).to.not.contain('Injected fault');
    expect(formAlertText(el)).to.equal('問題が発生しました。もう一度お試しください。');
    expect(detailsOf(events, 'auth-error').at(-1)).to.include({ name: 'SomethingNew', message: 'Injected fault' });
  });
});
