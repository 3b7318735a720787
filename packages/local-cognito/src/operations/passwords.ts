/** Passwords: the pool's policy, the check of a typed password, and the lockout after wrong ones. */
import { randomBytes } from 'node:crypto';

import {
  CognitoError,
  incorrectPassword,
  invalidParameter,
  missingParameter,
  passwordAttemptsExceeded,
  passwordResetRequired,
} from '../errors.js';
import type { PasswordPolicy } from '../settings.js';
import { makeCredentials, passwordMatches, type PasswordCredentials } from '../store/credentials.js';
import type { User } from '../store/users.js';
import type { OperationContext } from './context.js';

const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/**
 * A new password, checked as Cognito checks it: the API model's constraints on PasswordType first (at most 256
 * characters, pattern `[\S]+`: InvalidParameterException worded as AWS's validation), then the pool's policy.
 */
export function checkNewPassword(ctx: OperationContext, password: unknown, field = 'password'): string {
  if (typeof password !== 'string') throw missingParameter(field.charAt(0).toUpperCase() + field.slice(1));
  const constraint =
    password.length > 256
      ? 'Member must have length less than or equal to 256'
      : /\S/.test(password)
        ? undefined
        : 'Member must satisfy regular expression pattern: [\\S]+';
  if (constraint)
    throw invalidParameter(
      `1 validation error detected: Value at '${field}' failed to satisfy constraint: ${constraint}`,
    );
  return checkPasswordPolicy(ctx.settings.passwordPolicy, password);
}

/** A new password that breaks the policy: InvalidPasswordException naming the first rule broken, as Cognito words it. */
export function checkPasswordPolicy(policy: PasswordPolicy, password: unknown): string {
  if (typeof password !== 'string') throw missingParameter('Password');
  const rules: [broken: boolean, message: string][] = [
    [password.length < policy.minimumLength, 'Password not long enough'],
    [policy.requireUppercase && !/[A-Z]/.test(password), 'Password must have uppercase characters'],
    [policy.requireLowercase && !/[a-z]/.test(password), 'Password must have lowercase characters'],
    [policy.requireNumbers && !/[0-9]/.test(password), 'Password must have numeric characters'],
    [policy.requireSymbols && !SYMBOLS.test(password), 'Password must have symbol characters'],
  ];
  const broken = rules.find(([isBroken]) => isBroken);
  if (broken) throw new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${broken[1]}`);
  return password;
}

/** A user whose password must be reset signs in no other way. */
export function refuseResetRequired(user: User): void {
  if (user.status === 'RESET_REQUIRED') throw passwordResetRequired();
}

/**
 * Refuses a locked user ("Password attempts exceeded", not counted). Quiet for the pool's reset time since the
 * last failure, the count starts again (AWS: "Lockout behavior for failed sign-in attempts").
 */
export function checkLockout(ctx: OperationContext, user: User): void {
  if (user.lockedUntil > ctx.now()) throw passwordAttemptsExceeded();
  if (user.failedPasswords && ctx.now() - user.lastFailureAt >= ctx.settings.lockout.resetAfterMs) {
    user.failedPasswords = 0;
    user.lockedUntil = 0;
  }
}

/**
 * Counts a failed attempt (password or code): from the fifth, a lockout of 2^(n−5) s, up to the cap. A made-up user
 * (unknown login, existence errors prevented) is counted too, by login, so that its answers are a real user's.
 */
export function countFailure(ctx: OperationContext, user: User): void {
  user.failedPasswords += 1;
  user.lastFailureAt = ctx.now();
  const { afterFailures, maxMs } = ctx.settings.lockout;
  if (user.failedPasswords >= afterFailures)
    user.lockedUntil = ctx.now() + Math.min(1000 * 2 ** (user.failedPasswords - afterFailures), maxMs);
  if (user.phantom) ctx.pool.phantomLockouts.remember(user);
}

let decoy: Promise<PasswordCredentials> | undefined;
/** Credentials no typed password matches, hashed at a real user's cost: an unknown user costs the same work. */
const decoyCredentials = () => (decoy ??= makeCredentials('decoy', 'decoy', randomBytes(24).toString('base64url')));

/** Counts a wrong password; returns the error to throw. */
export function wrongPassword(ctx: OperationContext, user: User): CognitoError {
  countFailure(ctx, user);
  return incorrectPassword();
}

/** Checks a typed password (USER_PASSWORD_AUTH, USER_AUTH PASSWORD, ChangePassword). */
export async function checkPassword(ctx: OperationContext, user: User, password: unknown): Promise<void> {
  if (typeof password !== 'string' || !password) throw missingParameter('PASSWORD');
  checkLockout(ctx, user);
  // Counted before the slow hash: guesses sent in parallel meet the lockout as sequential ones do.
  const lockedBefore = user.lockedUntil;
  countFailure(ctx, user);
  const lockedByThis = user.lockedUntil;
  const credentials = user.phantom ? await decoyCredentials() : user.credentials;
  if (!(await passwordMatches(credentials, password)) || user.phantom) throw incorrectPassword();
  // The right password: this attempt was no failure (a lock set meanwhile by another attempt stays).
  user.failedPasswords = Math.max(0, user.failedPasswords - 1);
  if (user.lockedUntil === lockedByThis) user.lockedUntil = lockedBefore;
}
