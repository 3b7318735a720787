/** Checks of what the user typed, before anything is sent. Each returns the error to show, or nothing. */
import { asciiDigits } from './digits.js';
import { inputError, type ErrorField, type FlowError } from './errors.js';

export const requireFields = (
  values: Record<string, string | undefined>,
  fields: ErrorField[],
): FlowError | undefined => {
  const missing = fields.find((field) => !values[field]?.trim());
  return missing ? inputError(missing, 'error.required', 'RequiredField') : undefined;
};

/**
 * One-time codes are digits, in any script («١٢٣٤٥٦» is sent as `123456`); spaces and dashes people paste or type
 * between groups are dropped.
 */
export const normalizeCode = (code: string) => asciiDigits(code).replace(/[\s-]/g, '');

export const checkCode = (code: string, field: ErrorField = 'code'): FlowError | undefined => {
  if (!code) return inputError(field, 'error.required', 'RequiredField');
  return /^\d{4,10}$/.test(code) ? undefined : inputError(field, 'error.codeFormat', 'InvalidCodeFormat');
};

export const checkNewPassword = (newPassword: string, confirmPassword: string | undefined): FlowError | undefined =>
  requireFields({ newPassword, confirmPassword }, ['newPassword', 'confirmPassword']) ??
  (newPassword === confirmPassword
    ? undefined
    : inputError('confirmPassword', 'error.passwordMismatch', 'PasswordMismatch'));

/** The longest address mail can carry (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * `name@domain.tld`: one `@` with text before it, no white space, a dot inside the domain, at most 254 characters.
 * Linear in the length (a regular expression with two `+` around the dot backtracks quadratically).
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH || /\s/.test(value)) return false;
  const at = value.indexOf('@');
  return at > 0 && at === value.lastIndexOf('@') && value.slice(at + 2, -1).includes('.');
}

export const checkEmail = (email: string): FlowError | undefined =>
  requireFields({ email }, ['email']) ??
  (isEmailAddress(email.trim()) ? undefined : inputError('email', 'error.emailFormat', 'InvalidEmailFormat'));

/**
 * A phone number as typed, digits in any script as ASCII, without the spaces, dashes, dots and brackets people put
 * between groups.
 */
export const normalizePhone = (phone: string) => asciiDigits(phone).replace(/[\s().-]/g, '');

/** Phone numbers as Cognito takes them: E.164, `+` and the country code (`+14255550100`). */
export const checkPhone = (phone: string, field: ErrorField = 'phone_number'): FlowError | undefined =>
  requireFields({ [field]: phone }, [field]) ??
  (/^\+[1-9]\d{6,14}$/.test(normalizePhone(phone))
    ? undefined
    : inputError(field, 'error.phoneFormat', 'InvalidPhoneFormat'));
