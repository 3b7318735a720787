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
  'PASSKEY_PROMPT',
  'DONE',
] as const;

export type KnownStep = (typeof KNOWN_STEPS)[number];

/** A step name: one of {@link KNOWN_STEPS}, or a future Amplify `signInStep`, named verbatim. */
export type Step = KnownStep | (string & {});

export const isKnownStep = (step: string): step is KnownStep => (KNOWN_STEPS as readonly string[]).includes(step);

/** Steps whose screen asks for a one-time code sent by SMS or email, so a new code can be requested. */
export const CODE_DELIVERY_STEPS: readonly Step[] = [
  'CONFIRM_SIGN_IN_WITH_SMS_CODE',
  'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
];

/** Steps answered with `confirmSignIn`, kept alive by Amplify's session across a reload. */
export const RESUMABLE_STEPS: readonly Step[] = [
  ...CODE_DELIVERY_STEPS,
  'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
  'CONFIRM_SIGN_IN_WITH_PASSWORD',
  'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
  'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE',
  'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
  'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
  'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION',
  'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP',
];

/** Steps that need no Amplify session, so they resume after a reload for as long as the record lives. */
export const SESSIONLESS_STEPS: readonly Step[] = ['CONFIRM_SIGN_UP', 'RESET_PASSWORD', 'CONFIRM_RESET_PASSWORD'];
