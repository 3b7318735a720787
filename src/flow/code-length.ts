/**
 * How many digits the code of each code step has, as Cognito sends it (no setting changes these lengths):
 * - an authenticator app's code (TOTP, RFC 6238 as Cognito configures it): 6;
 * - the SMS code of SMS MFA (`SMS_MFA`): 6;
 * - the code of passwordless sign-in by email or SMS (`EMAIL_OTP`, `SMS_OTP` chosen as the first factor): 8,
 *   "fixed at 8 digits", as Amplify's maintainers confirm (aws-amplify/amplify-js#14428: "Cognito does not support
 *   modifying the length of the OTP");
 * - the codes of sign-up confirmation, password reset and attribute verification (the `{####}` of the pool's
 *   verification messages): 6 (aws-amplify/docs#710, "By default the verification code … consists of 6 digits").
 * Email MFA's code (`EMAIL_OTP` after a password) has no documented length: its step sets none.
 */
import type { StepData } from './step-data.js';

export const TOTP_CODE_LENGTH = 6;
export const SMS_MFA_CODE_LENGTH = 6;
export const PASSWORDLESS_CODE_LENGTH = 8;
export const VERIFICATION_CODE_LENGTH = 6;

/** The number of digits the code on `step` has; `undefined` where it is not known (email MFA, other steps). */
export function codeLength(step: string | undefined, data: StepData): number | undefined {
  switch (step) {
    case 'CONFIRM_SIGN_IN_WITH_TOTP_CODE':
      return TOTP_CODE_LENGTH;
    case 'CONFIRM_SIGN_IN_WITH_SMS_CODE':
      return data.firstFactor ? PASSWORDLESS_CODE_LENGTH : SMS_MFA_CODE_LENGTH;
    case 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE':
      return data.firstFactor ? PASSWORDLESS_CODE_LENGTH : undefined;
    case 'CONFIRM_SIGN_UP':
    case 'CONFIRM_RESET_PASSWORD':
    case 'VERIFY_CONTACT':
      return VERIFICATION_CODE_LENGTH;
    default:
      return undefined;
  }
}
