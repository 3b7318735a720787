/**
 * Every step, one by one: the form markup, `auth-step-change` only once the form is in place
 * and focused, accessibility, the call a submit makes, and how a failing call shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { AuthService } from '../../src/auth-service.js';
import { en } from '../../src/messages/en.js';
import { awsError, step, type FakeAuthService } from '../support/fake-auth-service.js';
import {
  actionButton,
  choiceButton,
  clickToStep,
  CREDENTIALS,
  detailsOf,
  field,
  fieldErrorText,
  formAlertText,
  heading,
  mount,
  primaryButton,
  settle,
  signInTo,
  submitAndSettle,
  submitToStep,
  type Mounted,
  expectFocusOn,
  describeElement,
} from './helpers/widget.js';

interface StepCase {
  step: string;
  previous: string | null;
  attributes?: Record<string, string>;
  prepare?: (fake: FakeAuthService) => void;
  reach?: (mounted: Mounted) => Promise<unknown>;
  /** Selectors every one of which must find an element of the step, in the light DOM. */
  markup: string[];
  /** The field focused on arrival, or `heading` for steps without a field. */
  focus: string;
  values?: Record<string, string>;
  /** The control that submits; the primary button by default. */
  submitter?: (el: Element) => HTMLElement;
  call?: [keyof AuthService, unknown[]];
  /** An error of the call, and the field it shows at (or `alert`). */
  failure?: [string, string];
}

/** What each failure below reads, in English. */
const FAILURE_TEXT: Record<string, string> = {
  CodeMismatchException: 'That code isn’t right. Check it and try again.',
  EnableSoftwareTokenMFAException: 'That code isn’t right. Check it and try again.',
  ExpiredCodeException: 'That code has expired. Request a new one.',
  TooManyRequestsException: 'Too many requests. Wait a moment and try again.',
  NotAuthorizedException: 'Incorrect username or password.',
  InvalidPasswordException: 'This password isn’t allowed. Choose a different one.',
  InvalidParameterException: 'Something you entered isn’t valid. Check it and try again.',
  UserNotFoundException: 'We couldn’t find an account with that username.',
  PasskeyRegistrationCanceled:
    'The passkey wasn’t created: the request was cancelled or timed out. Try again, or choose “Not now”.',
  NetworkError: 'We couldn’t reach the sign-in service. Check your connection and try again.',
};

const CODE = '123456';
const NEW_PASSWORD = 'N3w-Passw0rd!';
const codeMarkup = 'input[name=code][autocomplete=one-time-code][inputmode=numeric]';
const newPasswordMarkup = [
  'input[type=password][name=newPassword][autocomplete=new-password]',
  'input[type=password][name=confirmPassword][autocomplete=new-password]',
];
const confirmed = (challengeResponse: string): [keyof AuthService, unknown[]] => [
  'confirmSignIn',
  [{ challengeResponse, userAttributes: undefined }],
];
const codeStep = (
  step: string,
  extra: Record<string, unknown>,
  failure: [string, string] = ['CodeMismatchException', 'code'],
): StepCase => ({
  step,
  previous: 'SIGN_IN',
  reach: (m) => signInTo(m, step, extra),
  markup: [codeMarkup],
  focus: 'code',
  values: { code: CODE },
  call: confirmed(CODE),
  failure,
});
const choiceStep = (step: string, extra: Record<string, unknown>, choice: string): StepCase => ({
  step,
  previous: 'SIGN_IN',
  reach: (m) => signInTo(m, step, extra),
  markup: [`button[type=submit][name=choice][value=${choice}]`, '[data-action=back-to-sign-in]'],
  focus: 'heading',
  submitter: (el) => choiceButton(el, choice),
  call: confirmed(choice),
  failure: ['TooManyRequestsException', 'alert'],
});
/** A step without fields, reached by a sign-in answered with `signInStep`. */
const headingStep = (step: string, markup: string[], signInStep = step): StepCase => ({
  step,
  previous: 'SIGN_IN',
  reach: (m) => signInTo(m, signInStep),
  markup,
  focus: 'heading',
});
const toResetPassword = (m: Mounted) => {
  field(m.el, 'username').value = CREDENTIALS.username;
  return clickToStep(m.el, actionButton(m.el, 'forgot-password'));
};

const CASES: StepCase[] = [
  {
    step: 'SIGN_IN',
    previous: null,
    markup: [
      'input[name=username][autocomplete=username]',
      'input[type=password][name=password][autocomplete=current-password]',
      '[data-action=forgot-password]',
    ],
    focus: 'username',
    values: CREDENTIALS,
    call: ['signIn', [{ ...CREDENTIALS, authFlowType: 'USER_SRP_AUTH' }]],
    failure: ['NotAuthorizedException', 'password'],
  },
  codeStep('CONFIRM_SIGN_IN_WITH_SMS_CODE', {
    codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS' },
  }),
  codeStep(
    'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
    { codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL' } },
    ['ExpiredCodeException', 'code'],
  ),
  codeStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE', {}),
  {
    step: 'CONFIRM_SIGN_IN_WITH_PASSWORD',
    previous: 'SIGN_IN',
    reach: (m) => signInTo(m, 'CONFIRM_SIGN_IN_WITH_PASSWORD'),
    markup: ['input[type=password][name=password][autocomplete=current-password]'],
    focus: 'password',
    values: { password: CREDENTIALS.password },
    call: confirmed(CREDENTIALS.password),
    failure: ['TooManyRequestsException', 'alert'],
  },
  {
    step: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
    previous: 'SIGN_IN',
    reach: (m) => signInTo(m, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED'),
    markup: newPasswordMarkup,
    focus: 'newPassword',
    values: { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
    call: confirmed(NEW_PASSWORD),
    failure: ['InvalidPasswordException', 'newPassword'],
  },
  {
    step: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE',
    previous: 'SIGN_IN',
    reach: (m) =>
      signInTo(m, 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', { additionalInfo: { question: 'What is 2 + 2?' } }),
    markup: ['input[name=answer]'],
    focus: 'answer',
    values: { answer: '4' },
    call: confirmed('4'),
    failure: ['CodeMismatchException', 'answer'],
  },
  choiceStep(
    'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
    { availableChallenges: ['PASSWORD_SRP', 'EMAIL_OTP'] },
    'EMAIL_OTP',
  ),
  choiceStep('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] }, 'TOTP'),
  choiceStep('CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', { allowedMFATypes: ['TOTP', 'EMAIL'] }, 'EMAIL'),
  {
    ...codeStep('CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { totpSetupDetails: { sharedSecret: 'JBSWY3DPEHPK3PXP' } }, [
      'EnableSoftwareTokenMFAException',
      'code',
    ]),
    markup: [codeMarkup, '[data-totp-secret]', 'a[href^="otpauth://"]'],
    // The key and the QR code come before the field: focus starts on the heading.
    focus: 'heading',
  },
  {
    step: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP',
    previous: 'SIGN_IN',
    reach: (m) => signInTo(m, 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP'),
    markup: ['input[type=email][name=email][autocomplete=email]'],
    focus: 'email',
    values: { email: 'me@example.org' },
    call: confirmed('me@example.org'),
    failure: ['InvalidParameterException', 'email'],
  },
  {
    step: 'RESET_PASSWORD',
    previous: 'SIGN_IN',
    reach: toResetPassword,
    markup: ['input[name=username][autocomplete=username]', '[data-action=back-to-sign-in]'],
    focus: 'username',
    values: { username: CREDENTIALS.username },
    call: ['resetPassword', [CREDENTIALS.username]],
    failure: ['UserNotFoundException', 'username'],
  },
  {
    step: 'CONFIRM_RESET_PASSWORD',
    previous: 'RESET_PASSWORD',
    reach: async (m) => {
      await toResetPassword(m);
      return submitToStep(m.el);
    },
    markup: [codeMarkup, ...newPasswordMarkup, '[data-action=resend-code]'],
    focus: 'code',
    values: { code: CODE, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
    call: ['confirmResetPassword', [CREDENTIALS.username, CODE, NEW_PASSWORD]],
    failure: ['CodeMismatchException', 'code'],
  },
  {
    ...codeStep('CONFIRM_SIGN_UP', {}, ['ExpiredCodeException', 'code']),
    call: ['confirmSignUp', [CREDENTIALS.username, CODE]],
  },
  {
    ...headingStep('PASSKEY_PROMPT', ['[data-action=skip]'], 'DONE'),
    attributes: { 'passkey-prompt': 'after-sign-in' },
    prepare: (fake) => (fake.platformAuthenticator = true),
    call: ['registerPasskey', []],
    failure: ['PasskeyRegistrationCanceled', 'alert'],
  },
  {
    ...headingStep('DONE', ['[data-action=sign-out]']),
    submitter: (el) => actionButton(el, 'sign-out'),
    call: ['signOut', []],
    failure: ['NetworkError', 'alert'],
  },
  headingStep('SOMETHING_NEW', ['[data-action=back-to-sign-in]']),
];

async function arrive(c: StepCase): Promise<Mounted> {
  // `autofocus`: the first screen is focused too (without it, only screens the user moved to are).
  const mounted = await mount(undefined, { autofocus: '', ...c.attributes });
  c.prepare?.(mounted.fake);
  await c.reach?.(mounted);
  expect(mounted.el.step).to.equal(c.step);
  return mounted;
}

const focusTarget = (el: Element, c: StepCase) => (c.focus === 'heading' ? heading(el) : field(el, c.focus));

for (const c of CASES) {
  describe(`step ${c.step}`, () => {
    it('renders the form markup of the README in the light DOM', async () => {
      const { el } = await arrive(c);
      expect(el.getAttribute('step')).to.equal(c.step);
      expect(document.querySelector('auth-sign-in form')).to.exist;
      for (const selector of c.markup) expect(document.querySelector(`auth-sign-in ${selector}`), selector).to.exist;
      if (c.values || c.submitter) expect((c.submitter ?? primaryButton)(el)).to.exist;
    });

    it('shows English text, never a message id (its screen brought its part of the catalog)', async () => {
      const { el } = await arrive(c);
      await settle(el);
      const attributes = [...el.querySelectorAll('*')].flatMap((node) =>
        ['aria-label', 'alt', 'title', 'placeholder'].map((name) => node.getAttribute(name) ?? ''),
      );
      const shown = [el.textContent ?? '', ...attributes].join('\n');
      expect(
        Object.keys(en)
          .filter((id) => shown.includes(id))
          .join(', '),
      ).to.equal('');
    });

    it('announces the step once its form is in the DOM and focused, and stays focused', async () => {
      const { el, changes } = await arrive(c);
      const last = changes.at(-1)!;
      expect(last.detail).to.deep.equal({ step: c.step, previousStep: c.previous });
      expect(last.formInDom, 'form in the DOM at auth-step-change').to.equal(true);
      const target = focusTarget(el, c);
      expect(target, `${c.focus} exists`).to.exist;
      expect(last.active === target, `focused at auth-step-change: ${describeElement(last.active)}`).to.equal(true);
      expectFocusOn(target);
    });

    it('is accessible', async () => {
      const { el } = await arrive(c);
      await settle(el);
      await expect(el).to.be.accessible();
    });

    if (c.call) {
      const [method, args] = c.call;
      it(`submits ${method} with what was typed`, async () => {
        const { el, fake } = await arrive(c);
        const before = fake.callsOf(method).length;
        fake.answer('signIn', step('DONE')).answer('confirmSignIn', step('DONE'));
        await submitAndSettle(el, c.values, c.submitter?.(el));
        expect(fake.callsOf(method).slice(before)).to.deep.equal([args]);
      });
    }

    if (c.call && c.failure) {
      const [method] = c.call;
      const [name, at] = c.failure;
      it(`shows ${name} from ${method} at ${at}, keeping what was typed`, async () => {
        const { el, fake, events } = await arrive(c);
        const before = detailsOf(events, 'auth-error').length;
        fake.answer(method, awsError(name, `${name} from the service`));
        await submitAndSettle(el, c.values, c.submitter?.(el));
        // Signing out is not a busy step: the error shows once what its name means has loaded.
        await waitUntil(() => detailsOf(events, 'auth-error').length > before, 'no auth-error', { timeout: 5000 });
        await settle(el);
        expect(el.step).to.equal(c.step);
        if (at === 'alert') expect(formAlertText(el)).to.equal(FAILURE_TEXT[name]);
        else expect(fieldErrorText(el, at)).to.equal(FAILURE_TEXT[name]);
        for (const [fieldName, value] of Object.entries(c.values ?? {}))
          expect(field(el, fieldName).value, fieldName).to.equal(value);
        expect(detailsOf(events, 'auth-error').at(-1)).to.deep.equal({
          step: c.step,
          name,
          message: `${name} from the service`,
        });
      });
    }
  });
}
