/** The pool's users: what Cognito keeps of each, and lookup by username (or sub). */
import { randomBytes, randomUUID } from 'node:crypto';

import { missingParameter, userNotFound } from '../errors.js';
import type { MfaType, SeedUser, UserStatus } from '../seed.js';
import { makeCredentials, type PasswordCredentials } from './credentials.js';

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

/** A code sent for a sign-up confirmation or a password reset. */
export interface SentCode {
  code: string;
  expires: number;
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
  /** Pending WebAuthn registration challenge. */
  registration?: { challenge: string; expires: number };
  requiredAttributes: string[];
  failedPasswords: number;
  lockedUntil: number;
  codeRequests: number[];
  confirmCode?: SentCode;
  resetCode?: SentCode;
  /** Id of the last sign-in code sent: older codes are rejected. */
  signInCodeSerial: number;
  passkeys: Passkey[];
  /** Devices remembered through ConfirmDevice. */
  devices: { key: string; name?: string; createdAt: number }[];
  webauthnUserId: string; // base64url
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
  ) {}

  all(): User[] {
    return [...this.byName.values()];
  }

  clear(): void {
    this.byName.clear();
  }

  has(username: string): boolean {
    return this.byName.has(username);
  }

  add(user: User): void {
    this.byName.set(user.username, user);
  }

  delete(user: User): void {
    this.byName.delete(user.username);
  }

  /** By username (as given, then lower-cased) or by sub. */
  find(username: unknown): User | undefined {
    if (typeof username !== 'string') return undefined;
    const direct = this.byName.get(username) ?? this.byName.get(username.toLowerCase());
    if (direct) return direct;
    return this.all().find((user) => user.sub === username);
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
    const sub = randomUUID();
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
      lockedUntil: 0,
      codeRequests: [],
      signInCodeSerial: 0,
      passkeys: [],
      devices: [],
      webauthnUserId: randomBytes(16).toString('base64url'),
      createdAt: this.now(),
    };
  }

  fromSeed(seed: SeedUser, credentials: PasswordCredentials): User {
    const user = this.create(seed.username, credentials, seed.status, {
      email: seed.username,
      email_verified: 'true',
      ...(seed.attributes ?? {}),
    });
    user.mfaEnabled = [...(seed.mfaEnabled ?? [])];
    user.mfaPreferred = seed.mfaPreferred;
    user.mfaCanSetup = [...(seed.mfaCanSetup ?? [])];
    user.totpSecret = seed.totpSecret;
    user.requiredAttributes = [...(seed.requiredAttributes ?? [])];
    return user;
  }

  credentialsFor(username: string, password: string): Promise<PasswordCredentials> {
    return makeCredentials(this.poolName, username, password);
  }

  async setPassword(user: User, password: string): Promise<void> {
    user.credentials = await this.credentialsFor(user.username, password);
  }
}
