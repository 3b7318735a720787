/** The pool's users: what Cognito keeps of each, and lookup by username (or sub). */
import { randomBytes, randomUUID } from 'node:crypto';

import { missingParameter, userNotFound } from '../errors.js';
import { REGION, type MfaType, type SeedUser, type UserStatus } from '../seed.js';
import type { PoolSettings } from '../settings.js';
import { makeCredentials, type PasswordCredentials } from './credentials.js';
import { loginMatches } from './logins.js';

export interface Passkey {
  credentialId: string; // base64url
  publicKey: string; // base64url COSE key
  counter: number;
  transports: string[];
  createdAt: number; // epoch seconds
  friendlyName: string;
  attachment?: string;
  rpId: string;
}

/** A device Cognito handed out in NewDeviceMetadata; ConfirmDevice gives it its SRP verifier. */
export interface Device {
  key: string;
  name?: string;
  /** Set by ConfirmDevice: salt and verifier as hex. */
  salt?: string;
  verifier?: string;
  remembered: boolean;
  createdAt: number; // epoch seconds
  lastAuthenticatedAt: number; // epoch seconds
}

/** A code sent for a sign-up confirmation or a password reset. */
export interface SentCode {
  code: string;
  expires: number;
  /** Wrong codes typed for it so far. */
  wrongAttempts: number;
  /** Where it went (the attribute a right code verifies). */
  attribute?: 'email' | 'phone_number';
}

export interface User {
  username: string;
  sub: string;
  credentials: PasswordCredentials;
  status: UserStatus;
  attributes: Record<string, string>;
  mfaEnabled: MfaType[];
  mfaPreferred?: MfaType;
  mfaCanSetup: MfaType[];
  totpSecret?: string;
  /** Secret from AssociateSoftwareToken {AccessToken}, until verified. */
  pendingTotpSecret?: string;
  /** A TOTP secret verified through VerifySoftwareToken {AccessToken} (may then be enabled). */
  totpVerified?: boolean;
  /** Time step of the last TOTP code accepted: that code and older ones are refused. */
  lastTotpStep: number;
  /** Pending WebAuthn registration challenge. */
  registration?: { challenge: string; expires: number };
  requiredAttributes: string[];
  /** Failed passwords and MFA codes since the last reset of the count (the n of the lockout). */
  failedPasswords: number;
  lastFailureAt: number;
  lockedUntil: number;
  codeRequests: number[];
  confirmCode?: SentCode;
  resetCode?: SentCode;
  /** Codes of GetUserAttributeVerificationCode, by attribute, until VerifyUserAttribute takes them. */
  attributeCodes?: Partial<Record<'email' | 'phone_number', SentCode>>;
  /** Id of the last sign-in code sent: older codes are rejected. */
  signInCodeSerial: number;
  passkeys: Passkey[];
  /** Devices Cognito tracks for the user (pools with device tracking). */
  devices: Device[];
  /** The user's DeviceGroupKey (the SRP "pool name" of their devices). */
  deviceGroupKey: string;
  webauthnUserId: string; // base64url
  /** Groups (`cognito:groups`). */
  groups: string[];
  /** A user made up for an unknown login when existence errors are prevented; never stored. */
  phantom?: boolean;
  fromSignUp?: boolean;
  createdAt: number;
}

/** Attributes no client may write (SignUp, UpdateUserAttributes, NEW_PASSWORD_REQUIRED). */
export const IMMUTABLE_ATTRIBUTES: readonly string[] = ['sub', 'email_verified', 'phone_number_verified'];

export class UserStore {
  private byName = new Map<string, User>();

  constructor(
    private readonly poolName: string,
    private readonly now: () => number,
    /** How logins name users: case sensitivity, username attributes, aliases. */
    private readonly naming: Pick<PoolSettings, 'caseSensitive' | 'usernameAttributes' | 'aliasAttributes'>,
  ) {}

  /** The map key of a username: lower-cased in a case-insensitive pool. */
  private key(username: string): string {
    return this.naming.caseSensitive ? username : username.toLowerCase();
  }

  all(): User[] {
    return [...this.byName.values()];
  }

  clear(): void {
    this.byName.clear();
  }

  has(username: string): boolean {
    return this.byName.has(this.key(username));
  }

  add(user: User): void {
    this.byName.set(this.key(user.username), user);
  }

  delete(user: User): void {
    this.byName.delete(this.key(user.username));
  }

  /** By username, by a username attribute or verified alias (store/logins.ts), or by sub. */
  find(username: unknown): User | undefined {
    if (typeof username !== 'string' || !username) return undefined;
    const direct = this.byName.get(this.key(username));
    if (direct) return direct;
    const users = this.all();
    return (
      users.find((user) => loginMatches(user, username, this.naming)) ?? users.find((user) => user.sub === username)
    );
  }

  require(username: unknown): User {
    if (typeof username !== 'string' || !username) throw missingParameter('USERNAME');
    const user = this.find(username);
    if (!user) throw userNotFound();
    return user;
  }

  /** A new user (not yet added). */
  create(
    username: string,
    credentials: PasswordCredentials,
    status: UserStatus,
    attributes: Record<string, string>,
  ): User {
    const sub = attributes.sub ?? randomUUID();
    return {
      username,
      sub,
      credentials,
      status,
      attributes: { sub, ...attributes },
      mfaEnabled: [],
      mfaCanSetup: [],
      requiredAttributes: [],
      failedPasswords: 0,
      lastFailureAt: 0,
      lockedUntil: 0,
      codeRequests: [],
      signInCodeSerial: 0,
      lastTotpStep: 0,
      passkeys: [],
      devices: [],
      deviceGroupKey: `-${randomBytes(6).toString('base64url')}`,
      webauthnUserId: randomBytes(16).toString('base64url'),
      groups: [],
      createdAt: this.now(),
    };
  }

  fromSeed(seed: SeedUser, credentials: PasswordCredentials): User {
    const attributes = seed.exactAttributes
      ? { ...seed.attributes }
      : { email: seed.username, email_verified: 'true', ...(seed.attributes ?? {}) };
    const user = this.create(seed.username, credentials, seed.status, attributes);
    user.groups = [...(seed.groups ?? [])];
    user.mfaEnabled = [...(seed.mfaEnabled ?? [])];
    user.mfaPreferred = seed.mfaPreferred;
    user.mfaCanSetup = [...(seed.mfaCanSetup ?? [])];
    user.totpSecret = seed.totpSecret;
    user.requiredAttributes = [...(seed.requiredAttributes ?? [])];
    this.seedRecords(user, seed);
    return user;
  }

  /** A seed's passkeys and remembered devices, as stored records nobody can sign in with (random keys, no secret). */
  private seedRecords(user: User, seed: SeedUser) {
    const daysAgo = (days: number) => Math.floor(this.now() / 1000) - days * 86_400;
    user.passkeys = (seed.passkeys ?? []).map((passkey) => ({
      credentialId: randomBytes(32).toString('base64url'),
      publicKey: randomBytes(77).toString('base64url'),
      counter: 0,
      transports: ['internal', 'hybrid'],
      createdAt: daysAgo(passkey.daysAgo),
      friendlyName: passkey.name,
      attachment: 'platform',
      rpId: 'localhost',
    }));
    user.devices = (seed.devices ?? []).map((device) => ({
      key: `${REGION}_${randomUUID()}`,
      name: device.name,
      salt: randomBytes(16).toString('hex'),
      verifier: randomBytes(256).toString('hex'),
      remembered: true,
      createdAt: daysAgo(device.daysAgo),
      lastAuthenticatedAt: daysAgo(device.lastUsedDaysAgo),
    }));
  }

  credentialsFor(username: string, password: string): Promise<PasswordCredentials> {
    return makeCredentials(this.poolName, username, password);
  }

  async setPassword(user: User, password: string): Promise<void> {
    user.credentials = await this.credentialsFor(user.username, password);
  }
}
