/** One-time codes: made, "sent" to the outbox, masked in answers, checked, and rate-limited. */
import { randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';

import { CognitoError, invalidParameter } from '../errors.js';
import { safeEqual } from '../store/credentials.js';
import type { SentCode, User } from '../store/users.js';
import type { Json, OperationContext } from './context.js';

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function maskEmail(email: string): string {
  const [local, domain = ''] = email.split('@');
  return `${local.charAt(0)}***@${domain.charAt(0)}***`;
}

export function maskPhone(phone: string): string {
  if (phone.length <= 5) return phone;
  return phone.charAt(0) + '*'.repeat(phone.length - 5) + phone.slice(-4);
}

/** Where a confirmation or reset code goes: the email if the user has one, else the phone number. */
export function deliveryDetails(user: User): Json {
  if (user.attributes.email) {
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

/** Sends a confirmation or reset code to the user; returns it with its expiry. */
export function sendUserCode(ctx: OperationContext, user: User, purpose: string): SentCode {
  const code = newCode();
  if (deliveryDetails(user).DeliveryMedium === 'EMAIL') ctx.outbox.send(user.attributes.email, 'EMAIL', code, purpose);
  else ctx.outbox.send(user.attributes.phone_number, 'SMS', code, purpose);
  return { code, expires: ctx.now() + ctx.settings.codeTtlMs };
}

/** Checks a confirmation or reset code: CodeMismatchException, then ExpiredCodeException. */
export function checkSentCode(ctx: OperationContext, sent: SentCode | undefined, code: string): void {
  if (!sent || !safeEqual(sent.code, code))
    throw new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
  if (sent.expires <= ctx.now())
    throw new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
}

/** Counts a code request (ForgotPassword, ResendConfirmationCode); LimitExceededException past the pool's limit. */
export function countCodeRequest(ctx: OperationContext, user: User): void {
  const hourAgo = ctx.now() - 3600_000;
  user.codeRequests = user.codeRequests.filter((time) => time > hourAgo);
  if (user.codeRequests.length >= ctx.settings.codeRequestsPerHour) {
    throw new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
  }
  user.codeRequests.push(ctx.now());
}

/** Whether `code` is the TOTP of `secret` at real time (±1 period: the authenticator app runs on real time). */
export function totpValid(secret: string, code: unknown): boolean {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return false;
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return totp.validate({ token: code, timestamp: Date.now(), window: 1 }) !== null;
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}
