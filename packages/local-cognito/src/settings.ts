/**
 * The pool's behaviour in one place: every setting an operation reads, with the demo pool's values.
 * A new pool setting goes here (its type, its default), and operations read it from `ctx.settings`.
 * A pool file (`server/config/`) builds the same object from `describe-user-pool` output.
 */
import {
  CAPTCHA_USER,
  CLIENT_ID,
  CUSTOM_ANSWER,
  CUSTOM_QUESTION,
  POOL_ID,
  SEED_USERS,
  type MfaType,
  type SeedUser,
} from './seed.js';

export interface PasswordPolicy {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

export type UsernameAttribute = 'email' | 'phone_number';
export type AliasAttribute = UsernameAttribute | 'preferred_username';
/** `Policies.SignInPolicy.AllowedFirstAuthFactors` (PASSWORD covers PASSWORD and PASSWORD_SRP). */
export type FirstAuthFactor = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';
/** The app client's `ExplicitAuthFlows`, as `ALLOW_…` names. */
export type ExplicitAuthFlow =
  | 'ALLOW_USER_SRP_AUTH'
  | 'ALLOW_USER_PASSWORD_AUTH'
  | 'ALLOW_CUSTOM_AUTH'
  | 'ALLOW_USER_AUTH'
  | 'ALLOW_REFRESH_TOKEN_AUTH'
  | 'ALLOW_ADMIN_USER_PASSWORD_AUTH';

export interface MfaSettings {
  /** `MfaConfiguration`. */
  configuration: 'OFF' | 'OPTIONAL' | 'ON';
  /** The MFA types the pool enables (`get-user-pool-mfa-config`, or inferred). */
  types: MfaType[];
}

export interface DeviceSettings {
  challengeRequiredOnNewDevice: boolean;
  onlyRememberedOnUserPrompt: boolean;
}

export interface PoolSettings {
  /** `us-east-1_localdemo`: the part after `_` is the pool name SRP hashes in. */
  poolId: string;
  clientId: string;
  /** Users restored by `/_reset` (and at start). */
  users: readonly SeedUser[];
  /** `UsernameAttributes`: sign-in by these, and Cognito makes the username (a UUID). */
  usernameAttributes: UsernameAttribute[];
  /** `AliasAttributes`: sign-in by these once verified (preferred_username at once). */
  aliasAttributes: AliasAttribute[];
  /** `UsernameConfiguration.CaseSensitive` (for the username and every alias). */
  caseSensitive: boolean;
  passwordPolicy: PasswordPolicy;
  /** `TemporaryPasswordValidityDays`, in ms. */
  temporaryPasswordTtlMs: number;
  allowedFirstAuthFactors: FirstAuthFactor[];
  mfa: MfaSettings;
  /** `DeviceConfiguration`; undefined = device tracking off. */
  devices?: DeviceSettings;
  /** `AutoVerifiedAttributes`: where sign-up confirmation codes go. */
  autoVerifiedAttributes: UsernameAttribute[];
  /**
   * `VerificationMessageTemplate.DefaultEmailOption` = CONFIRM_WITH_LINK: the sign-up email holds a link to the
   * hosted UI's `/confirmUser` instead of a code to type.
   */
  emailVerificationByLink?: boolean;
  /** Schema attributes with `Required: true` (sign-up and NEW_PASSWORD_REQUIRED ask for them). */
  requiredAttributes: string[];
  /** Demo pool only: an email-format username given without an email attribute is also the user's email. */
  emailFromUsername?: boolean;
  /** `AccountRecoverySetting`: where ForgotPassword sends the code, in order (verified attributes only). */
  recovery: (UsernameAttribute | 'admin_only')[];
  /** Not `AdminCreateUserConfig.AllowAdminCreateUserOnly`: SignUp is open. */
  signUpAllowed: boolean;
  /** The app client's `ExplicitAuthFlows`. */
  explicitAuthFlows: ExplicitAuthFlow[];
  /** The app client's `PreventUserExistenceErrors` = ENABLED. */
  preventUserExistenceErrors: boolean;
  /** Sign-in session lifetime (`AuthSessionValidity`). */
  sessionTtlMs: number;
  /** Lifetime of sign-in codes (SMS/email MFA and one-time passwords). */
  codeTtlMs: number;
  /** Lifetime of a sign-up confirmation code. */
  confirmationCodeTtlMs: number;
  /** Lifetime of a password-reset code. */
  resetCodeTtlMs: number;
  /** Access and ID token lifetime (`AccessTokenValidity`, `IdTokenValidity`), refresh token lifetime. */
  tokenTtlSec: number;
  idTokenTtlSec: number;
  refreshTokenTtlSec: number;
  /** Wrong codes (or custom answers) one sign-in session takes; the last one ends it. */
  wrongAnswersPerSession: number;
  /** Wrong confirmation or reset codes before LimitExceededException. */
  wrongCodesPerCode: number;
  /** Failures before a lockout of 2^(n−5) s, its cap, and the quiet time that resets the count. */
  lockout: { afterFailures: number; maxMs: number; resetAfterMs: number };
  /** `ForgotPassword` / `ResendConfirmationCode` per user and hour. */
  codeRequestsPerHour: number;
  /**
   * The custom-auth challenges (the pool file's `CustomAuth.Challenges`): a sign-in answers, in order, those whose
   * `users` name the user, or else those that name no one.
   */
  customChallenges: CustomChallengeSetting[];
  /** The pool file's own `UserPool` and `UserPoolClient` (what DescribeUserPool / DescribeUserPoolClient answer). */
  source?: { UserPool: Record<string, unknown>; UserPoolClient: Record<string, unknown> };
}

/** One custom-auth challenge: its public parameters and its answer, or a stand-in CAPTCHA (`custom-challenge.ts`). */
export type CustomChallengeSetting = {
  /** Usernames (or email addresses) it is for; everyone whom no challenge names when absent. */
  users?: string[];
  parameters: Record<string, string>;
} & ({ type: 'QUESTION'; answer: string } | { type: 'CAPTCHA' });

/** The pool-wide default: one question. */
export const DEFAULT_CUSTOM_CHALLENGES: CustomChallengeSetting[] = [
  { type: 'QUESTION', parameters: { question: CUSTOM_QUESTION }, answer: CUSTOM_ANSWER },
];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const ALL_FLOWS: ExplicitAuthFlow[] = [
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_CUSTOM_AUTH',
  'ALLOW_USER_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
];

/** What every pool shares unless its file says otherwise (Cognito's defaults and documented behaviour). */
export const COGNITO_DEFAULTS: Omit<PoolSettings, 'poolId' | 'clientId' | 'users'> = {
  usernameAttributes: [],
  aliasAttributes: [],
  caseSensitive: true,
  passwordPolicy: {
    minimumLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
  },
  temporaryPasswordTtlMs: 7 * DAY,
  allowedFirstAuthFactors: ['PASSWORD'],
  mfa: { configuration: 'OFF', types: [] },
  autoVerifiedAttributes: [],
  requiredAttributes: [],
  // Without AccountRecoverySetting Cognito prefers a verified phone number, then email.
  recovery: ['phone_number', 'email'],
  signUpAllowed: true,
  explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  preventUserExistenceErrors: false,
  sessionTtlMs: 3 * MINUTE,
  codeTtlMs: 3 * MINUTE,
  confirmationCodeTtlMs: DAY,
  resetCodeTtlMs: 60 * MINUTE,
  tokenTtlSec: 3600,
  idTokenTtlSec: 3600,
  refreshTokenTtlSec: 30 * 86400,
  wrongAnswersPerSession: 3,
  wrongCodesPerCode: 5,
  lockout: { afterFailures: 5, maxMs: 15 * MINUTE, resetAfterMs: 15 * MINUTE },
  codeRequestsPerHour: 5,
  customChallenges: DEFAULT_CUSTOM_CHALLENGES,
};

/** The demo pool: usernames are email addresses, every flow and factor allowed, errors tell unknown users. */
export const DEMO_POOL: PoolSettings = {
  ...COGNITO_DEFAULTS,
  poolId: POOL_ID,
  clientId: CLIENT_ID,
  users: SEED_USERS,
  caseSensitive: false,
  emailFromUsername: true,
  allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'],
  mfa: { configuration: 'OPTIONAL', types: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] },
  autoVerifiedAttributes: ['email', 'phone_number'],
  recovery: ['email', 'phone_number'],
  explicitAuthFlows: ALL_FLOWS,
  customChallenges: [{ type: 'CAPTCHA', users: [CAPTCHA_USER], parameters: {} }, ...DEFAULT_CUSTOM_CHALLENGES],
};

/** The name SRP hashes in: the pool id without its region. */
export function poolName(settings: PoolSettings): string {
  return settings.poolId.slice(settings.poolId.indexOf('_') + 1);
}
