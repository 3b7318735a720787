/** In-memory state of the local user pool: users, sessions, codes, tokens, outbox. */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';

import { computeVerifier, newSalt } from './srp.js';
import { POOL_NAME, SEED_USERS, type MfaType, type UserStatus } from './seed.js';

export class CognitoError extends Error {
  constructor(
    public type: string,
    message: string,
    public status = 400,
  ) {
    super(message);
  }
}

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

export interface User {
  username: string;
  sub: string;
  password: string;
  salt: string;
  verifier: bigint;
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
  confirmCode?: { code: string; expires: number };
  resetCode?: { code: string; expires: number };
  /** Id of the last sign-in code sent: older codes are rejected. */
  signInCodeSerial: number;
  passkeys: Passkey[];
  /** Devices remembered through ConfirmDevice. */
  devices: { key: string; name?: string; createdAt: number }[];
  webauthnUserId: string; // base64url
  fromSignUp?: boolean;
  createdAt: number;
}

export type ChallengeKind =
  | 'PASSWORD_VERIFIER'
  | 'SMS_MFA'
  | 'SOFTWARE_TOKEN_MFA'
  | 'EMAIL_OTP'
  | 'SMS_OTP'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'NEW_PASSWORD_REQUIRED'
  | 'CUSTOM_CHALLENGE'
  | 'SELECT_CHALLENGE'
  | 'WEB_AUTHN'
  | 'AUTO_SIGN_IN';

export interface SignInSession {
  id: string;
  username: string;
  challenge: ChallengeKind;
  expires: number;
  wrongAttempts: number;
  flow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_AUTH' | 'USER_AUTH' | 'SIGN_UP';
  /** SRP state for PASSWORD_VERIFIER. */
  srp?: { A: bigint; b: bigint; B: bigint; secretBlock: string };
  code?: { code: string; expires: number; serial: number };
  /** MFA_SETUP: TOTP secret being associated, verified flag, email being set up. */
  pendingTotpSecret?: string;
  totpVerified?: boolean;
  pendingEmail?: string;
  /** EMAIL_OTP sent as part of MFA_SETUP (enable email MFA on success). */
  emailSetup?: boolean;
  customWrong?: number;
  webauthnChallenge?: string;
  /** Whether the first factor was a password (MFA then applies). */
  passwordVerified?: boolean;
}

export interface RefreshRecord {
  username: string;
  authTime: number;
  originJti: string;
  revoked: boolean;
}

export interface OutboxEntry {
  to: string;
  medium: 'EMAIL' | 'SMS';
  code: string;
  message: string;
  sentAt: string;
}

export interface Fault {
  status?: number;
  errorType?: string;
  delayMs?: number;
  times: number;
}

interface DataFileContent {
  users?: SerializedUser[];
  passkeys?: Record<string, Passkey[]>;
}

interface SerializedUser {
  username: string;
  sub: string;
  password: string;
  status: UserStatus;
  attributes: Record<string, string>;
  createdAt: number;
}

export interface StateOptions {
  dataFile?: string;
  sessionTtlMs?: number;
  codeTtlMs?: number;
}

export class PoolState {
  users = new Map<string, User>();
  sessions = new Map<string, SignInSession>();
  refreshTokens = new Map<string, RefreshRecord>();
  /** Revoked access-token origin_jti values (RevokeToken). */
  revokedOrigins = new Set<string>();
  outbox: OutboxEntry[] = [];
  faults = new Map<string, Fault[]>();
  requests: string[] = [];
  clockOffset = 0;
  sessionTtlMs: number;
  codeTtlMs: number;
  private snapshot: DataFileContent = {};

  constructor(private opts: StateOptions) {
    this.sessionTtlMs = opts.sessionTtlMs ?? 3 * 60_000;
    this.codeTtlMs = opts.codeTtlMs ?? 3 * 60_000;
    if (opts.dataFile) {
      try {
        this.snapshot = JSON.parse(readFileSync(opts.dataFile, 'utf8')) as DataFileContent;
      } catch {
        this.snapshot = {};
      }
    }
    this.reset();
  }

  now(): number {
    return Date.now() + this.clockOffset;
  }

  /** Restores seed users plus what the data file held at start; clears outbox, faults, requests, sessions. */
  reset(): void {
    this.users.clear();
    this.sessions.clear();
    this.refreshTokens.clear();
    this.revokedOrigins.clear();
    this.outbox = [];
    this.faults.clear();
    this.requests = [];
    this.clockOffset = 0;
    for (const s of SEED_USERS) {
      const user = this.makeUser(s.username, s.password, s.status, {
        email: s.username,
        email_verified: 'true',
        ...(s.attributes ?? {}),
      });
      user.mfaEnabled = [...(s.mfaEnabled ?? [])];
      user.mfaPreferred = s.mfaPreferred;
      user.mfaCanSetup = [...(s.mfaCanSetup ?? [])];
      user.totpSecret = s.totpSecret;
      user.requiredAttributes = [...(s.requiredAttributes ?? [])];
      this.users.set(user.username, user);
    }
    const snap = this.snapshot;
    for (const su of snap.users ?? []) {
      if (this.users.has(su.username)) continue;
      const user = this.makeUser(su.username, su.password, su.status, { ...su.attributes });
      user.sub = su.sub;
      user.attributes.sub = su.sub;
      user.fromSignUp = true;
      user.createdAt = su.createdAt;
      this.users.set(user.username, user);
    }
    for (const [username, list] of Object.entries(snap.passkeys ?? {})) {
      const user = this.users.get(username);
      if (user) user.passkeys = list.map((p) => ({ ...p }));
    }
    this.persist();
  }

  makeUser(username: string, password: string, status: UserStatus, attributes: Record<string, string>): User {
    const sub = randomUUID();
    const salt = newSalt();
    return {
      username,
      sub,
      password,
      salt,
      verifier: computeVerifier(salt, POOL_NAME, username, password),
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

  setPassword(user: User, password: string): void {
    user.password = password;
    user.salt = newSalt();
    user.verifier = computeVerifier(user.salt, POOL_NAME, user.username, password);
  }

  /** Writes passkeys and signed-up users to the data file, if any. */
  persist(): void {
    if (!this.opts.dataFile) return;
    const content: DataFileContent = { users: [], passkeys: {} };
    for (const u of this.users.values()) {
      if (u.fromSignUp) {
        content.users!.push({
          username: u.username,
          sub: u.sub,
          password: u.password,
          status: u.status,
          attributes: u.attributes,
          createdAt: u.createdAt,
        });
      }
      if (u.passkeys.length) content.passkeys![u.username] = u.passkeys;
    }
    try {
      const tmp = `${this.opts.dataFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(content, null, 2));
      renameSync(tmp, this.opts.dataFile);
    } catch (err) {
      console.error('[cognito-local] cannot write data file:', err);
    }
  }

  findUser(username: unknown): User | undefined {
    if (typeof username !== 'string') return undefined;
    const direct = this.users.get(username) ?? this.users.get(username.toLowerCase());
    if (direct) return direct;
    for (const u of this.users.values()) if (u.sub === username) return u;
    return undefined;
  }

  requireUser(username: unknown): User {
    if (typeof username !== 'string' || !username)
      throw new CognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
    const user = this.findUser(username);
    if (!user) throw new CognitoError('UserNotFoundException', 'User does not exist.');
    return user;
  }

  newSession(
    username: string,
    challenge: ChallengeKind,
    flow: SignInSession['flow'],
    extra: Partial<SignInSession> = {},
  ): SignInSession {
    const session: SignInSession = {
      id: randomBytes(96).toString('base64url'),
      username,
      challenge,
      flow,
      expires: this.now() + this.sessionTtlMs,
      wrongAttempts: 0,
      ...extra,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** Looks a session up; throws NotAuthorizedException when unknown/expired. */
  getSession(id: unknown): SignInSession {
    if (typeof id !== 'string' || !id)
      throw new CognitoError('InvalidParameterException', 'Missing required parameter Session');
    const s = this.sessions.get(id);
    if (!s) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    if (s.expires <= this.now()) {
      this.sessions.delete(id);
      throw new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    }
    return s;
  }

  /** Replaces a session by a new one carrying the given state (old id no longer valid). */
  advance(old: SignInSession, challenge: ChallengeKind, extra: Partial<SignInSession> = {}): SignInSession {
    this.sessions.delete(old.id);
    return this.newSession(old.username, challenge, old.flow, {
      passwordVerified: old.passwordVerified,
      ...extra,
    });
  }

  endSession(s: SignInSession): void {
    this.sessions.delete(s.id);
  }

  newCode(): string {
    return String(randomInt(0, 1_000_000)).padStart(6, '0');
  }

  send(to: string, medium: 'EMAIL' | 'SMS', code: string, purpose: string): void {
    this.outbox.push({
      to,
      medium,
      code,
      message: `${purpose}: your verification code is ${code}`,
      sentAt: new Date(this.now()).toISOString(),
    });
  }

  /** Counts a code request (ForgotPassword / ResendConfirmationCode); throws LimitExceededException past five an hour. */
  countCodeRequest(user: User): void {
    const hourAgo = this.now() - 3600_000;
    user.codeRequests = user.codeRequests.filter((t) => t > hourAgo);
    if (user.codeRequests.length >= 5) {
      throw new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    }
    user.codeRequests.push(this.now());
  }

  takeFault(operation: string): Fault | undefined {
    const list = this.faults.get(operation);
    if (!list || !list.length) return undefined;
    const f = list[0];
    f.times -= 1;
    if (f.times <= 0) list.shift();
    return f;
  }
}

export function maskEmail(email: string): string {
  const [local, domain = ''] = email.split('@');
  return `${local.charAt(0)}***@${domain.charAt(0)}***`;
}

export function maskPhone(phone: string): string {
  if (phone.length <= 5) return phone;
  return phone.charAt(0) + '*'.repeat(phone.length - 5) + phone.slice(-4);
}
