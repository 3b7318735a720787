/** Seed users of a pool file: `Users: [{ Username?, Password | TemporaryPassword, Attributes, … }]`. */
import { createHash } from 'node:crypto';

import type { MfaType, SeedUser, UserStatus } from '../seed.js';
import type { PoolSettings } from '../settings.js';

/**
 * One seed user, named as `admin-get-user` prints a user (`UserAttributes` or `Attributes`, `UserStatus`,
 * `UserMFASettingList`, `PreferredMfaSetting`), plus the password and the TOTP secret an app needs to sign in.
 */
export interface PoolFileUser {
  /** In a pool with UsernameAttributes, leave it out: the server makes a UUID (stable for the pool and login). */
  Username?: string;
  Password?: string;
  /** A temporary password: the user is FORCE_CHANGE_PASSWORD and chooses one at the first sign-in. */
  TemporaryPassword?: string;
  UserStatus?: UserStatus;
  Attributes?: { Name: string; Value: string }[];
  UserAttributes?: { Name: string; Value: string }[];
  UserMFASettingList?: MfaType[];
  PreferredMfaSetting?: MfaType;
  /** Base32 secret of the user's authenticator app (SOFTWARE_TOKEN_MFA). */
  TotpSecret?: string;
  Groups?: string[];
}

/** A UUID made from the pool id and a login, so a seed user keeps its username across restarts. */
export function stableUuid(poolId: string, login: string): string {
  const hex = createHash('sha256').update(`${poolId}\n${login}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function attributesOf(user: PoolFileUser): Record<string, string> {
  const list = user.UserAttributes ?? user.Attributes ?? [];
  return Object.fromEntries(list.map(({ Name, Value }) => [Name, String(Value)]));
}

export function seedUsersOf(users: PoolFileUser[], settings: PoolSettings): SeedUser[] {
  return users.map((user, index) => {
    const attributes = attributesOf(user);
    const login = settings.usernameAttributes.map((name) => attributes[name]).find(Boolean);
    const username =
      user.Username ?? (settings.usernameAttributes.length && login ? stableUuid(settings.poolId, login) : undefined);
    if (!username)
      throw new Error(
        `Users[${index}] has no Username (and no ${settings.usernameAttributes.join(' or ') || 'username attribute'})`,
      );
    const temporary = user.TemporaryPassword !== undefined;
    const password = user.Password ?? user.TemporaryPassword;
    if (!password) throw new Error(`Users[${index}] (${username}) has no Password or TemporaryPassword`);
    const mfaEnabled = user.UserMFASettingList ?? [];
    return {
      username,
      password,
      status: user.UserStatus ?? (temporary ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED'),
      attributes: settings.usernameAttributes.length ? { sub: username, ...attributes } : attributes,
      exactAttributes: true,
      mfaEnabled,
      mfaPreferred: user.PreferredMfaSetting ?? (mfaEnabled.length === 1 ? mfaEnabled[0] : undefined),
      totpSecret: user.TotpSecret,
      groups: user.Groups,
      requiredAttributes: temporary ? settings.requiredAttributes.filter((name) => !attributes[name]) : undefined,
      description: `sign in as ${login ?? username}${temporary ? ' (temporary password: choose a new one)' : ''}`,
    };
  });
}
