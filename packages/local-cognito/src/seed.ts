/**
 * Seed data of the local Cognito-compatible server: the pool/client constants and the
 * demo users. Every user has the password `Passw0rd!` unless stated otherwise, an `email`
 * attribute equal to the username, and `email_verified` = true.
 */

export const REGION = 'us-east-1';
export const POOL_ID = 'us-east-1_localdemo';
export const POOL_NAME = 'localdemo';
export const CLIENT_ID = 'localdemoclient0000000000';
export const DEFAULT_PASSWORD = 'Passw0rd!';
export const TEMP_PASSWORD = 'TempPassw0rd!';
export const SEED_PHONE = '+15555550100';
/** Fixed TOTP secret of totp@example.com and choose@example.com (base32). */
export const SEED_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const CUSTOM_QUESTION = 'What is 2 + 2?';
export const CUSTOM_ANSWER = '4';
/** The demo pool's user whose custom auth is the stand-in CAPTCHA (`custom-challenge.ts`). */
export const CAPTCHA_USER = 'captcha@example.com';

export type MfaType = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';
export type UserStatus =
  | 'CONFIRMED'
  | 'UNCONFIRMED'
  | 'FORCE_CHANGE_PASSWORD'
  | 'RESET_REQUIRED'
  /** Created by a federated sign-in through the hosted UI (`server/oauth/`). */
  | 'EXTERNAL_PROVIDER';

export interface SeedUser {
  username: string;
  password: string;
  status: UserStatus;
  /** Extra attributes besides email / email_verified (e.g. phone_number). */
  attributes?: Record<string, string>;
  /** `attributes` are all the user has (a pool file's users): no email made from the username. */
  exactAttributes?: boolean;
  /** Groups the user is in (`cognito:groups` in the tokens). */
  groups?: string[];
  /** MFA methods enabled for the user. */
  mfaEnabled?: MfaType[];
  /** Preferred MFA method (must be enabled). */
  mfaPreferred?: MfaType;
  /** MFA is required but nothing set up yet: the methods the user may set up at sign-in. */
  mfaCanSetup?: MfaType[];
  totpSecret?: string;
  /** Attributes required at NEW_PASSWORD_REQUIRED (without the `userAttributes.` prefix). */
  requiredAttributes?: string[];
  /** What signing in shows (for the printed table). */
  description: string;
}

export const SEED_USERS: SeedUser[] = [
  {
    username: 'alice@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    description: 'no MFA: tokens straight away',
  },
  {
    username: 'sms@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    attributes: { phone_number: SEED_PHONE, phone_number_verified: 'true' },
    mfaEnabled: ['SMS_MFA'],
    mfaPreferred: 'SMS_MFA',
    description: 'SMS MFA: SMS_MFA challenge, code in /_outbox',
  },
  {
    username: 'email@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    mfaEnabled: ['EMAIL_OTP'],
    mfaPreferred: 'EMAIL_OTP',
    description: 'email MFA: EMAIL_OTP challenge, code in /_outbox',
  },
  {
    username: 'totp@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    mfaEnabled: ['SOFTWARE_TOKEN_MFA'],
    mfaPreferred: 'SOFTWARE_TOKEN_MFA',
    totpSecret: SEED_TOTP_SECRET,
    description: `TOTP MFA (secret ${SEED_TOTP_SECRET}): SOFTWARE_TOKEN_MFA`,
  },
  {
    username: 'choose@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    attributes: { phone_number: SEED_PHONE, phone_number_verified: 'true' },
    mfaEnabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
    totpSecret: SEED_TOTP_SECRET,
    description: 'SMS + TOTP, none preferred: SELECT_MFA_TYPE',
  },
  {
    username: 'setup-totp@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    mfaCanSetup: ['SOFTWARE_TOKEN_MFA'],
    description: 'MFA required, TOTP only: MFA_SETUP (TOTP)',
  },
  {
    username: 'setup-any@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    mfaCanSetup: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
    description: 'MFA required, TOTP or email: MFA_SETUP selection',
  },
  {
    username: 'setup-email@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    mfaCanSetup: ['EMAIL_OTP'],
    description: 'MFA required, email only: MFA_SETUP (email)',
  },
  {
    username: 'new@example.com',
    password: TEMP_PASSWORD,
    status: 'FORCE_CHANGE_PASSWORD',
    requiredAttributes: ['given_name'],
    description: `temporary password ${TEMP_PASSWORD}: NEW_PASSWORD_REQUIRED (given_name)`,
  },
  {
    username: 'reset@example.com',
    password: DEFAULT_PASSWORD,
    status: 'RESET_REQUIRED',
    description: 'PasswordResetRequiredException',
  },
  {
    username: 'unconfirmed@example.com',
    password: DEFAULT_PASSWORD,
    status: 'UNCONFIRMED',
    description: 'UserNotConfirmedException',
  },
  {
    username: 'custom@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    description: `custom auth: "${CUSTOM_QUESTION}" answer ${CUSTOM_ANSWER}`,
  },
  {
    username: CAPTCHA_USER,
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    description: 'custom auth: the stand-in CAPTCHA (add the two numbers it shows)',
  },
  {
    username: 'passwordless@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    attributes: { phone_number: SEED_PHONE, phone_number_verified: 'true' },
    description: 'USER_AUTH: EMAIL_OTP / SMS_OTP',
  },
  {
    username: 'passkey@example.com',
    password: DEFAULT_PASSWORD,
    status: 'CONFIRMED',
    description: 'no passkey yet: register one, then WEB_AUTHN',
  },
];
