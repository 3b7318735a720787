/** Passwords: the pool's policy, the check of a typed password, and the lockout after wrong ones. */
import {
  CognitoError,
  incorrectPassword,
  missingParameter,
  passwordAttemptsExceeded,
  passwordResetRequired,
} from '../errors.js';
import type { PasswordPolicy } from '../settings.js';
import { passwordMatches } from '../store/credentials.js';
import type { User } from '../store/users.js';
import type { OperationContext } from './context.js';

const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/** A new password that breaks the policy: InvalidPasswordException naming the first rule broken. */
export function checkPasswordPolicy(policy: PasswordPolicy, password: unknown): string {
  if (typeof password !== 'string') throw missingParameter('Password');
  const rules: [broken: boolean, message: string][] = [
    [password.length < policy.minimumLength, 'Password not long enough'],
    [policy.requireUppercase && !/[A-Z]/.test(password), 'Password must have uppercase characters'],
    [policy.requireLowercase && !/[a-z]/.test(password), 'Password must have lowercase characters'],
    [policy.requireNumbers && !/[0-9]/.test(password), 'Password must have numeric characters'],
    [policy.requireSymbols && !SYMBOLS.test(password), 'Password must have symbol characters'],
    [password.length > 256, 'Password too long'],
  ];
  const broken = rules.find(([isBroken]) => isBroken);
  if (broken) throw new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${broken[1]}`);
  return password;
}

/** A user whose password must be reset signs in no other way. */
export function refuseResetRequired(user: User): void {
  if (user.status === 'RESET_REQUIRED') throw passwordResetRequired();
}

/** Refuses a locked user; a lockout that has ended starts the count again. */
export function checkLockout(ctx: OperationContext, user: User): void {
  if (user.lockedUntil > ctx.now()) throw passwordAttemptsExceeded();
  if (user.lockedUntil) {
    user.lockedUntil = 0;
    user.failedPasswords = 0;
  }
}

/** Counts a wrong password (locking the user at the pool's limit); returns the error to throw. */
export function wrongPassword(ctx: OperationContext, user: User): CognitoError {
  user.failedPasswords += 1;
  const { afterFailures, durationMs } = ctx.settings.lockout;
  if (user.failedPasswords >= afterFailures) user.lockedUntil = ctx.now() + durationMs;
  return incorrectPassword();
}

/** Checks a typed password (USER_PASSWORD_AUTH, USER_AUTH PASSWORD, ChangePassword). */
export async function checkPassword(ctx: OperationContext, user: User, password: unknown): Promise<void> {
  if (typeof password !== 'string' || !password) throw missingParameter('PASSWORD');
  checkLockout(ctx, user);
  if (!(await passwordMatches(user.credentials, password))) throw wrongPassword(ctx, user);
  user.failedPasswords = 0;
}
