/**
 * The step table: one row per step says everything the flow needs to know about it: its screen, what its submit
 * reads and which service call that makes (`answers.ts`), where each call's result leads (`calls.ts`), how it
 * resumes and how it sends a new code. Adding a step is its row here (and its call's row in `calls.ts` when the
 * call is new), its screen in `components/step-elements.ts` (or an existing one reused), and its strings.
 */
import type { CallName } from './calls.js';

/** Every step the widget can be in. Amplify's `signInStep` values are used verbatim. */
export const KNOWN_STEPS = [
  'SIGN_IN',
  'CONFIRM_SIGN_IN_WITH_SMS_CODE',
  'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
  'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
  'CONFIRM_SIGN_IN_WITH_PASSWORD',
  'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
  'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE',
  'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
  'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
  'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION',
  'CONTINUE_SIGN_IN_WITH_TOTP_SETUP',
  'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP',
  'RESET_PASSWORD',
  'CONFIRM_RESET_PASSWORD',
  'CONFIRM_SIGN_UP',
  'SIGN_UP',
  'CONFIRM_SIGN_UP_WITH_LINK',
  'VERIFY_CONTACT',
  'PASSKEY_PROMPT',
  'DONE',
] as const;

export type KnownStep = (typeof KNOWN_STEPS)[number];

/** A step name: one of {@link KNOWN_STEPS}, or a future Amplify `signInStep`, named verbatim. */
export type Step = KnownStep | (string & {});

/** The screen (element) that shows a step; several steps share one. */
export type Screen =
  | 'sign-in'
  | 'code'
  | 'choice'
  | 'password'
  | 'new-password'
  | 'custom-challenge'
  | 'totp-setup'
  | 'email-setup'
  | 'reset-password'
  | 'sign-up'
  | 'sign-up-link'
  | 'verify-contact'
  | 'passkey-prompt'
  | 'done'
  | 'unknown';

/** What the user's submit on a step reads, and so which call it makes (see `answers.ts`). */
export type AnswerKind =
  | 'signIn'
  | 'code'
  | 'signUpCode'
  | 'choice'
  | 'password'
  | 'answer'
  | 'email'
  | 'newPassword'
  | 'resetRequest'
  | 'resetConfirm'
  | 'signUp'
  | 'verifyContact'
  | 'registerPasskey'
  | 'none';

/** How a step sends a new code: replay the sign-in (Cognito sends codes only when a challenge starts), or a call. */
export type Resend =
  'replay' | Extract<CallName, 'resendSignUpCode' | 'resetPassword' | 'sendUserAttributeVerificationCode'>;

export interface StepRow {
  screen: Screen;
  answer: AnswerKind;
  /** A call the flow makes by itself once the step shows (the wait for a sign-up link's click). */
  onEnter?: Extract<CallName, 'autoSignIn'>;
  /**
   * After a reload: `session` comes back while Amplify's in-progress sign-in lives (it is answered with
   * `confirmSignIn`); `sessionless` comes back for as long as its code may live (no Amplify session needed);
   * `restart` goes back to `SIGN_IN` with `restartNotice` (what the step held is not kept); none: not resumed.
   */
  resume?: 'session' | 'sessionless' | 'restart';
  restartNotice?: string;
  /** How a new code is sent. */
  resend?: Resend;
  /** The user is signed in on this step (a late sign-in answer is not signed out; Hub `signedOut` leaves it). */
  signedIn?: boolean;
  /** The answer given on this step is replayed when a code is resent on a later step. */
  replayed?: boolean;
  /** Names the generic error fields have on this screen (`code` → `answer`). */
  fieldAliases?: Readonly<Record<string, string>>;
  /** Errors that sit at a field on this step only (by error name or message id). */
  errorFields?: Readonly<Record<string, string>>;
}

const codeStep = (resend?: Resend): StepRow => ({
  screen: 'code',
  answer: 'code',
  resume: 'session',
  ...(resend ? { resend } : {}),
});
const choiceStep: StepRow = { screen: 'choice', answer: 'choice', resume: 'session', replayed: true };

const TABLE: Readonly<Record<KnownStep, StepRow>> = {
  // A wrong password sits at the password field (where the focus goes), the username marked invalid too.
  SIGN_IN: { screen: 'sign-in', answer: 'signIn', errorFields: { 'error.notAuthorized': 'password' } },
  CONFIRM_SIGN_IN_WITH_SMS_CODE: codeStep('replay'),
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: codeStep('replay'),
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: codeStep(),
  CONFIRM_SIGN_IN_WITH_PASSWORD: { screen: 'password', answer: 'password', resume: 'session' },
  CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: { screen: 'new-password', answer: 'newPassword', resume: 'session' },
  CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE: {
    screen: 'custom-challenge',
    answer: 'answer',
    resume: 'session',
    fieldAliases: { code: 'answer' },
  },
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: choiceStep,
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: choiceStep,
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: choiceStep,
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: {
    screen: 'totp-setup',
    answer: 'code',
    resume: 'restart',
    restartNotice: 'notice.totpSetupRestart',
  },
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: {
    screen: 'email-setup',
    answer: 'email',
    resume: 'session',
    replayed: true,
    fieldAliases: { code: 'email' },
    errorFields: { InvalidParameterException: 'email' },
  },
  RESET_PASSWORD: { screen: 'reset-password', answer: 'resetRequest', resume: 'sessionless' },
  CONFIRM_RESET_PASSWORD: {
    screen: 'reset-password',
    answer: 'resetConfirm',
    resume: 'sessionless',
    resend: 'resetPassword',
  },
  CONFIRM_SIGN_UP: { screen: 'code', answer: 'signUpCode', resume: 'sessionless', resend: 'resendSignUpCode' },
  SIGN_UP: { screen: 'sign-up', answer: 'signUp', fieldAliases: { password: 'newPassword' } },
  // Amplify waits for the link's click in this page only: after a reload, the person signs in once confirmed.
  CONFIRM_SIGN_UP_WITH_LINK: {
    screen: 'sign-up-link',
    answer: 'none',
    onEnter: 'autoSignIn',
    resume: 'restart',
    restartNotice: 'notice.signUpLinkRestart',
    resend: 'resendSignUpCode',
  },
  VERIFY_CONTACT: {
    screen: 'verify-contact',
    answer: 'verifyContact',
    resend: 'sendUserAttributeVerificationCode',
    signedIn: true,
  },
  PASSKEY_PROMPT: { screen: 'passkey-prompt', answer: 'registerPasskey', signedIn: true },
  DONE: { screen: 'done', answer: 'none', signedIn: true },
};

/** A step this version does not know: a clear message and a way back. */
const UNKNOWN_ROW: StepRow = { screen: 'unknown', answer: 'none' };

export const isKnownStep = (step: string): step is KnownStep => Object.hasOwn(TABLE, step);

/** The row of `step`; a future Amplify step gets the unknown row. */
export const rowOf = (step: Step | undefined): StepRow => (step && isKnownStep(step) ? TABLE[step] : UNKNOWN_ROW);

/** Steps that live on Amplify's in-progress sign-in (the user starts over when it ends). */
export const inSignInSession = (step: Step | undefined) => {
  const { resume } = rowOf(step);
  return resume === 'session' || resume === 'restart';
};

/** The screen of each step, for the host's element list. */
export const screenOf = (step: Step): Screen => rowOf(step).screen;

/** Steps a signed-in user is on. */
export const isSignedInStep = (step: Step | undefined) => rowOf(step).signedIn === true;
