/**
 * What a login names: a user's username attribute (email or phone number, in a pool with UsernameAttributes)
 * or a verified alias (AliasAttributes), compared with the pool's case sensitivity.
 */
import type { PoolSettings } from '../settings.js';

type Naming = Pick<PoolSettings, 'caseSensitive' | 'usernameAttributes' | 'aliasAttributes'>;

interface Named {
  attributes: Record<string, string>;
}

function same(a: string, b: string, caseSensitive: boolean): boolean {
  return caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase();
}

/** Whether `login` is one of the user's username attributes, or one of their aliases that can sign in. */
export function loginMatches(user: Named, login: string, naming: Naming): boolean {
  const { attributes } = user;
  for (const name of naming.usernameAttributes) {
    const value = attributes[name];
    if (value !== undefined && same(value, login, naming.caseSensitive)) return true;
  }
  for (const name of naming.aliasAttributes) {
    const value = attributes[name];
    if (value === undefined || !same(value, login, naming.caseSensitive)) continue;
    // preferred_username has no verification; email and phone aliases sign in only once verified.
    if (name === 'preferred_username' || attributes[`${name}_verified`] === 'true') return true;
  }
  return false;
}
