/**
 * The one list of screens → elements. It feeds both entries (which register only `SIGN_IN`'s at first) and the host,
 * which loads a screen's element when a step needs it: every other screen is a dynamic `import()`, a chunk in the CDN
 * build and in an app's bundle.
 */
import { screenOf, type Screen, type Step } from '../src/flow/steps.js';
import { addEnglish } from '../src/i18n.js';
import type { Catalog } from '../src/messages/en.js';
import { defineElement } from './shared/define.js';

/** A screen's element class, with the English text it brings (`AuthStepElement.messages`; none from an older copy). */
type ScreenClass = CustomElementConstructor & { messages?: Catalog };

interface ScreenElement {
  tag: string;
  load: () => Promise<ScreenClass>;
}

const SCREENS: Readonly<Record<Screen, ScreenElement>> = {
  'sign-in': { tag: 'auth-step-sign-in', load: () => import('./steps/sign-in-step.js').then((m) => m.AuthStepSignIn) },
  code: { tag: 'auth-step-code', load: () => import('./steps/code-step.js').then((m) => m.AuthStepCode) },
  choice: { tag: 'auth-step-choice', load: () => import('./steps/choice-step.js').then((m) => m.AuthStepChoice) },
  password: {
    tag: 'auth-step-password',
    load: () => import('./steps/password-step.js').then((m) => m.AuthStepPassword),
  },
  'new-password': {
    tag: 'auth-step-new-password',
    load: () => import('./steps/new-password-step.js').then((m) => m.AuthStepNewPassword),
  },
  'custom-challenge': {
    tag: 'auth-step-custom-challenge',
    load: () => import('./steps/custom-challenge-step.js').then((m) => m.AuthStepCustomChallenge),
  },
  'totp-setup': {
    tag: 'auth-step-totp-setup',
    load: () => import('./steps/totp-setup-step.js').then((m) => m.AuthStepTotpSetup),
  },
  'email-setup': {
    tag: 'auth-step-email-setup',
    load: () => import('./steps/email-setup-step.js').then((m) => m.AuthStepEmailSetup),
  },
  'reset-password': {
    tag: 'auth-step-reset-password',
    load: () => import('./steps/reset-password-step.js').then((m) => m.AuthStepResetPassword),
  },
  'passkey-prompt': {
    tag: 'auth-step-passkey-prompt',
    load: () => import('./steps/passkey-prompt-step.js').then((m) => m.AuthStepPasskeyPrompt),
  },
  'sign-up': { tag: 'auth-step-sign-up', load: () => import('./steps/sign-up-step.js').then((m) => m.AuthStepSignUp) },
  'sign-up-link': {
    tag: 'auth-step-sign-up-link',
    load: () => import('./steps/sign-up-link-step.js').then((m) => m.AuthStepSignUpLink),
  },
  'verify-contact': {
    tag: 'auth-step-verify-contact',
    load: () => import('./steps/verify-contact-step.js').then((m) => m.AuthStepVerifyContact),
  },
  done: { tag: 'auth-step-done', load: () => import('./steps/done-step.js').then((m) => m.AuthStepDone) },
  unknown: { tag: 'auth-step-unknown', load: () => import('./steps/unknown-step.js').then((m) => m.AuthStepUnknown) },
};

/** Registers a screen's element, its English text first (also when another copy of the widget defined it). */
function defineScreen(tag: string, element: ScreenClass) {
  addEnglish(element.messages ?? {});
  defineElement(tag, element);
}

/** Registers the element of `step`'s screen (loading it first); its tag. */
export async function defineStepElement(step: Step): Promise<string> {
  const { tag, load } = SCREENS[screenOf(step)];
  defineScreen(tag, (customElements.get(tag) as ScreenClass | undefined) ?? (await load()));
  return tag;
}

/** Registers an element already loaded (both entries carry `SIGN_IN`'s). */
export const defineLoadedStepElement = (step: Step, element: ScreenClass) =>
  defineScreen(SCREENS[screenOf(step)].tag, element);
