/**
 * Which element shows which step, and how to load it. Only `SIGN_IN` is in the first download of the CDN
 * build; every other step arrives when it is first needed.
 */
import type { Step } from '../src/steps.js';

export interface StepElement {
  tag: string;
  load: () => Promise<unknown>;
}

const code: StepElement = { tag: 'auth-step-code', load: () => import('./define/auth-step-code.js') };
const choice: StepElement = { tag: 'auth-step-choice', load: () => import('./define/auth-step-choice.js') };
const newPassword: StepElement = {
  tag: 'auth-step-new-password',
  load: () => import('./define/auth-step-new-password.js'),
};
const reset: StepElement = {
  tag: 'auth-step-reset-password',
  load: () => import('./define/auth-step-reset-password.js'),
};

const STEP_ELEMENTS: Record<string, StepElement> = {
  SIGN_IN: { tag: 'auth-step-sign-in', load: () => import('./define/auth-step-sign-in.js') },
  CONFIRM_SIGN_IN_WITH_SMS_CODE: code,
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: code,
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: code,
  CONFIRM_SIGN_UP: code,
  CONFIRM_SIGN_IN_WITH_PASSWORD: { tag: 'auth-step-password', load: () => import('./define/auth-step-password.js') },
  CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: newPassword,
  CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE: {
    tag: 'auth-step-custom-challenge',
    load: () => import('./define/auth-step-custom-challenge.js'),
  },
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: choice,
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: choice,
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: choice,
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: {
    tag: 'auth-step-totp-setup',
    load: () => import('./define/auth-step-totp-setup.js'),
  },
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: {
    tag: 'auth-step-email-setup',
    load: () => import('./define/auth-step-email-setup.js'),
  },
  RESET_PASSWORD: reset,
  CONFIRM_RESET_PASSWORD: reset,
  PASSKEY_PROMPT: { tag: 'auth-step-passkey-prompt', load: () => import('./define/auth-step-passkey-prompt.js') },
  DONE: { tag: 'auth-step-done', load: () => import('./define/auth-step-done.js') },
};

const UNKNOWN: StepElement = { tag: 'auth-step-unknown', load: () => import('./define/auth-step-unknown.js') };

export const stepElement = (step: Step): StepElement => STEP_ELEMENTS[step] ?? UNKNOWN;
