/**
 * The lockout count of logins that name no user, when existence errors are prevented: an unknown login is locked
 * out as a real one would be ("Password attempts exceeded"), so the answers tell nothing. Bounded, by login.
 */
import type { User } from './users.js';

type LockState = Pick<User, 'failedPasswords' | 'lastFailureAt' | 'lockedUntil'>;

const MAX_LOGINS = 10_000;

export class PhantomLockouts {
  private readonly byLogin = new Map<string, LockState>();

  /** Gives a made-up user the count its login has. */
  restore(user: User): void {
    const state = this.byLogin.get(user.username.toLowerCase());
    if (state) Object.assign(user, state);
  }

  /** Keeps the made-up user's count for its login's next sign-in. */
  remember({ username, failedPasswords, lastFailureAt, lockedUntil }: User): void {
    const key = username.toLowerCase();
    this.byLogin.delete(key);
    this.byLogin.set(key, { failedPasswords, lastFailureAt, lockedUntil });
    if (this.byLogin.size > MAX_LOGINS) this.byLogin.delete(this.byLogin.keys().next().value!);
  }

  clear(): void {
    this.byLogin.clear();
  }
}
