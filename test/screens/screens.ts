/**
 * Every screen of `<auth-sign-in>` in each state a person meets (each step, an error, busy, each notice kind, social
 * buttons, TOTP setup), reached as a user would: a widget with a scripted fake service, filled in and submitted.
 *
 * One list for the layout test (`test/unit/layout.test.ts`, Chromium and Firefox, every catalog), the visual
 * regression test and the gallery (`scripts/screens.ts`, which bundle `screens-page.ts` around it). A screen added
 * here is laid out, compared and shown by all three.
 */
import '../../components/index.js';
import type { AuthSignIn } from '../../components/auth-sign-in.js';
import { awsError, FakeAuthService, step } from '../support/fake-auth-service.js';
import { nextTask, waitForTasks } from '../support/tasks.js';

export interface Screen {
  /** File-name friendly id: `sign-in-social`, `totp-setup`, … */
  name: string;
  attributes?: Record<string, string>;
  /** Before the widget starts (what the fake's configuration says). */
  prepare?: (fake: FakeAuthService) => void;
  /** From the first screen to this one, as a user gets there. */
  reach?: (el: AuthSignIn, fake: FakeAuthService) => Promise<unknown>;
  /** The screen stays busy (a call that never answers): the caller must not wait for idle. */
  busy?: boolean;
}

const USER = { username: 'alice@example.com', password: 'Passw0rd!' };
const never = () => new Promise<never>(() => undefined);

/**
 * Resolves once `check` holds (after each task), or throws after 15 s naming `what`. A language's first screen waits
 * for its catalog, which the test server compiles on its first request: seconds on a busy machine running two
 * browsers.
 */
export const until = (check: () => boolean, what: string) =>
  waitForTasks(check, () => `screens: ${what} did not happen within 15 s`, 15_000);

const stepElement = (el: AuthSignIn) =>
  el.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(`[step="${el.step}"]:not(auth-sign-in)`);

/** Waits for `step`, idle, rendered (any text still loading, loaded). */
export async function settled(el: AuthSignIn, step = el.step) {
  await until(() => el.step === step && Boolean(stepElement(el)?.querySelector('form')), `step ${step}`);
  await until(() => !el.querySelector('[aria-busy=true]'), `idle on ${step}`);
  await stepElement(el)?.updateComplete;
}

function fill(el: AuthSignIn, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = el.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) throw new Error(`screens: no field ${name} on ${el.step}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

const click = (el: AuthSignIn, selector: string) => {
  const button = el.querySelector<HTMLElement>(selector);
  if (!button) throw new Error(`screens: no ${selector} on ${el.step}`);
  button.click();
};

/** Fills, submits with the primary button, and waits for `step` (the same step by default). */
async function submit(el: AuthSignIn, values: Record<string, string>, next = el.step) {
  fill(el, values);
  click(el, 'form button[type=submit]:not([name])');
  await nextTask();
  await settled(el, next);
}

/** Signs in, the fake answering with `signInStep` (and its details). */
const signInTo =
  (signInStep: string, extra: Record<string, unknown> = {}) =>
  (el: AuthSignIn, fake: FakeAuthService) => {
    fake.answer('signIn', step(signInStep, extra));
    return submit(el, USER, signInStep === 'DONE' ? 'DONE' : signInStep);
  };

/** A sign-in that ends where the widget offers a passkey. */
async function toPasskeyPrompt(el: AuthSignIn, fake: FakeAuthService) {
  fake.answer('signIn', step('DONE'));
  fill(el, USER);
  click(el, 'form button[type=submit]:not([name])');
  await settled(el, 'PASSKEY_PROMPT');
}

const emailPool = (fake: FakeAuthService) => (fake.identifier = 'email');
const SOCIAL = { 'social-providers': 'google apple facebook amazon AcmeSSO' };

export const SCREENS: Screen[] = [
  { name: 'sign-in', prepare: emailPool },
  {
    name: 'sign-in-social',
    attributes: SOCIAL,
    prepare: (fake) => {
      emailPool(fake);
      fake.oauth = true;
    },
  },
  {
    name: 'sign-in-passwordless',
    attributes: { 'auth-flow-type': 'USER_AUTH', ...SOCIAL },
    prepare: (fake) => (fake.oauth = true),
  },
  {
    name: 'sign-in-busy',
    prepare: emailPool,
    busy: true,
    reach: async (el, fake) => {
      fake.answer('signIn', never);
      fill(el, USER);
      click(el, 'form button[type=submit]:not([name])');
      await until(() => Boolean(el.querySelector('button[aria-busy=true]')), 'busy');
    },
  },
  {
    name: 'sign-in-wrong-password',
    prepare: emailPool,
    reach: (el, fake) => {
      fake.answer('signIn', awsError('NotAuthorizedException', 'Incorrect username or password.'));
      return submit(el, USER);
    },
  },
  {
    name: 'notice-error',
    prepare: emailPool,
    reach: (el, fake) => {
      fake.answer('signIn', awsError('NetworkError', 'Network error'));
      return submit(el, USER);
    },
  },
  {
    name: 'notice-info',
    attributes: SOCIAL,
    prepare: (fake) => {
      emailPool(fake);
      fake.oauth = true;
      fake.redirectFailure = { error: { name: 'OAuthSignInException', message: 'cancelled' }, canceled: true };
    },
  },
  {
    name: 'notice-success',
    attributes: { 'passkey-prompt': 'after-sign-in' },
    prepare: (fake) => (fake.platformAuthenticator = true),
    reach: async (el, fake) => {
      await toPasskeyPrompt(el, fake);
      await submit(el, {}, 'DONE');
    },
  },
  { name: 'notice-warning', prepare: emailPool, reach: signInTo('RESET_PASSWORD') },
  {
    name: 'sms-code',
    reach: signInTo('CONFIRM_SIGN_IN_WITH_SMS_CODE', {
      codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS' },
    }),
  },
  {
    name: 'email-code',
    reach: signInTo('CONFIRM_SIGN_IN_WITH_EMAIL_CODE', {
      codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL' },
    }),
  },
  { name: 'totp-code', reach: signInTo('CONFIRM_SIGN_IN_WITH_TOTP_CODE') },
  { name: 'password', reach: signInTo('CONFIRM_SIGN_IN_WITH_PASSWORD') },
  {
    name: 'new-password',
    prepare: (fake) => (fake.policy = { minLength: 10, requireUppercase: true, requireNumbers: true }),
    reach: signInTo('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED'),
  },
  {
    name: 'custom-challenge',
    reach: signInTo('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', { additionalInfo: { question: 'What is 2 + 2?' } }),
  },
  {
    name: 'first-factor',
    reach: signInTo('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', {
      availableChallenges: ['PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'],
    }),
  },
  {
    name: 'mfa-selection',
    reach: signInTo('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP', 'EMAIL'] }),
  },
  {
    name: 'mfa-setup-selection',
    reach: signInTo('CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', { allowedMFATypes: ['TOTP', 'EMAIL'] }),
  },
  {
    name: 'totp-setup',
    attributes: { 'totp-issuer': 'Example' },
    reach: async (el, fake) => {
      await signInTo('CONTINUE_SIGN_IN_WITH_TOTP_SETUP', {
        totpSetupDetails: { sharedSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
      })(el, fake);
      await until(() => Boolean(el.querySelector('svg.auth-qr')), 'the QR code');
    },
  },
  { name: 'email-setup', reach: signInTo('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP') },
  {
    name: 'reset-password',
    prepare: emailPool,
    reach: async (el) => {
      fill(el, { username: USER.username });
      click(el, '[data-action=forgot-password]');
      await settled(el, 'RESET_PASSWORD');
    },
  },
  {
    name: 'confirm-reset-password',
    prepare: emailPool,
    reach: async (el) => {
      fill(el, { username: USER.username });
      click(el, '[data-action=forgot-password]');
      await settled(el, 'RESET_PASSWORD');
      await submit(el, {}, 'CONFIRM_RESET_PASSWORD');
    },
  },
  { name: 'confirm-sign-up', reach: signInTo('CONFIRM_SIGN_UP') },
  {
    name: 'passkey-prompt',
    attributes: { 'passkey-prompt': 'after-sign-in' },
    prepare: (fake) => (fake.platformAuthenticator = true),
    reach: toPasskeyPrompt,
  },
  { name: 'sign-up', attributes: { 'initial-step': 'SIGN_UP' }, prepare: emailPool },
  { name: 'done', reach: signInTo('DONE') },
  { name: 'unknown-step', reach: signInTo('SOMETHING_NEW') },
];

/** Puts a widget showing `screen` in `lang` into `holder`; resolves once it is there (and idle, unless busy). */
export async function showScreen(holder: Element, screen: Screen, lang = 'en'): Promise<AuthSignIn> {
  sessionStorage.clear();
  localStorage.clear();
  const fake = new FakeAuthService();
  screen.prepare?.(fake);
  const el = document.createElement('auth-sign-in');
  for (const [name, value] of Object.entries({ lang, ...screen.attributes })) el.setAttribute(name, value);
  el.authService = fake;
  holder.replaceChildren(el);
  await settled(el, screen.attributes?.['initial-step'] ?? 'SIGN_IN');
  await screen.reach?.(el, fake);
  if (!screen.busy) await settled(el);
  // The social section's logos arrive in a chunk of their own.
  if (el.querySelector('[data-provider]'))
    await until(() => Boolean(el.querySelector('[data-provider] svg path')), 'logos');
  return el;
}
