/** One-time codes: made, "sent" to the outbox, masked in answers, checked, and rate-limited. */
import { randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';

import { CognitoError, invalidParameter } from '../errors.js';
import { safeEqual } from '../store/credentials.js';
import type { SentCode, User } from '../store/users.js';
import type { Json, OperationContext } from './context.js';

/**
 * A code of `digits` digits, as Cognito makes them: 6 for SMS MFA and the codes of sign-up confirmation, password
 * reset and attribute verification; 8 for the codes of passwordless sign-in (`EMAIL_OTP`, `SMS_OTP`; Cognito's
 * length is fixed, aws-amplify/amplify-js#14428).
 */
export function newCode(digits = 6): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

export function maskEmail(email: string): string {
  const [local, domain = ''] = email.split('@');
  return `${local.charAt(0)}***@${domain.charAt(0)}***`;
}

export function maskPhone(phone: string): string {
  if (phone.length <= 5) return phone;
  return phone.charAt(0) + '*'.repeat(phone.length - 5) + phone.slice(-4);
}

/** Where a code goes: `attribute`, or the email if the user has one, else the phone number. */
export function deliveryDetails(user: User, attribute?: 'email' | 'phone_number'): Json {
  if (attribute ? attribute === 'email' : user.attributes.email) {
    return { Destination: maskEmail(user.attributes.email), DeliveryMedium: 'EMAIL', AttributeName: 'email' };
  }
  if (user.attributes.phone_number) {
    return {
      Destination: maskPhone(user.attributes.phone_number),
      DeliveryMedium: 'SMS',
      AttributeName: 'phone_number',
    };
  }
  throw invalidParameter('Cannot send a code: the user has no registered email or phone_number');
}

export const limitExceeded = () =>
  new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');

/** A delivery that did not happen, for an unknown user when existence errors are prevented. */
export function simulatedDelivery(login: string): Json {
  if (/^\+\d+$/.test(login))
    return { Destination: maskPhone(login), DeliveryMedium: 'SMS', AttributeName: 'phone_number' };
  const email = login.includes('@') ? login : `${login}@example.com`;
  return { Destination: maskEmail(email), DeliveryMedium: 'EMAIL', AttributeName: 'email' };
}

/**
 * Sends a confirmation or reset code to the user (to `attribute`, or as deliveryDetails picks); expiry `ttlMs`
 * from now. With `link`, the message holds the link made from the code instead of the code.
 */
export function sendUserCode(
  ctx: OperationContext,
  user: User,
  purpose: string,
  ttlMs: number,
  attribute?: 'email' | 'phone_number',
  link?: (code: string) => string,
): SentCode {
  const code = newCode();
  const to = deliveryDetails(user, attribute).AttributeName as 'email' | 'phone_number';
  ctx.outbox.send(user.attributes[to], to === 'email' ? 'EMAIL' : 'SMS', code, purpose, link?.(code));
  return { code, expires: ctx.now() + ttlMs, wrongAttempts: 0, attribute: to };
}

/**
 * Checks a confirmation or reset code: LimitExceededException once the pool's number of wrong codes is reached
 * (until a new code is sent), CodeMismatchException, then ExpiredCodeException.
 */
export function checkSentCode(ctx: OperationContext, sent: SentCode | undefined, code: string): void {
  if (sent && sent.wrongAttempts >= ctx.settings.wrongCodesPerCode) throw limitExceeded();
  if (!sent || !safeEqual(sent.code, code)) {
    if (sent) sent.wrongAttempts += 1;
    throw new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
  }
  if (sent.expires <= ctx.now())
    throw new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
}

/** Counts a code request (ForgotPassword, ResendConfirmationCode); LimitExceededException past the pool's limit. */
export function countCodeRequest(ctx: OperationContext, user: User): void {
  const hourAgo = ctx.now() - 3600_000;
  user.codeRequests = user.codeRequests.filter((time) => time > hourAgo);
  if (user.codeRequests.length >= ctx.settings.codeRequestsPerHour) throw limitExceeded();
  user.codeRequests.push(ctx.now());
}

const TOTP_PERIOD_MS = 30_000;

/** Whether `code` is the TOTP of `secret` at real time (±1 period: the authenticator app runs on real time). */
export function totpValid(secret: string, code: unknown): boolean {
  return totpStep(secret, code) !== undefined;
}

/** The time step `code` belongs to when it is the TOTP of `secret` (±1 period of real time); undefined otherwise. */
export function totpStep(secret: string, code: unknown): number | undefined {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return undefined;
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  const now = Date.now();
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? undefined : Math.floor(now / TOTP_PERIOD_MS) + delta;
}

/**
 * Accepts a TOTP code of `secret` once: a code of a time step already accepted for this user is refused
 * (ExpiredCodeException), a wrong code returns false.
 */
export function acceptTotp(user: User, secret: string, code: unknown): boolean {
  const step = totpStep(secret, code);
  if (step === undefined) return false;
  if (step <= user.lastTotpStep)
    throw new CognitoError('ExpiredCodeException', 'Your software token has already been used once.');
  user.lastTotpStep = step;
  return true;
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}
