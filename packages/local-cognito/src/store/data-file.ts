/**
 * The data file of one pool: users created by SignUp or an administrator, every passkey and device, and the token
 * signing key, kept across restarts. Passwords are kept only as credentials (SRP salt and verifier, scrypt hash); a
 * file written by an older server with plaintext passwords is read once and rewritten without them.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import type { UserStatus } from '../seed.js';
import { storeCredentials, type PasswordCredentials, type StoredCredentials } from './credentials.js';
import type { StoredRefreshTokens } from './refresh-tokens.js';
import type { Device, Passkey, User } from './users.js';

export interface StoredUser {
  username: string;
  sub: string;
  credentials: StoredCredentials;
  status: UserStatus;
  attributes: Record<string, string>;
  createdAt: number;
}

/** A user as older servers wrote it. */
type LegacyStoredUser = Omit<StoredUser, 'credentials'> & { credentials?: StoredCredentials; password?: string };

export interface DataFileContent extends StoredRefreshTokens {
  /** The pool the content belongs to: another pool's file is not loaded (and is overwritten). */
  poolId?: string;
  users?: StoredUser[];
  passkeys?: Record<string, Passkey[]>;
  /** Devices and the DeviceGroupKey of each user who has some. */
  devices?: Record<string, { groupKey: string; devices: Device[] }>;
  /** The private JWK that signs tokens: a restart keeps sessions valid. */
  signingKey?: Record<string, unknown>;
}

/** Credentials from a plaintext password (for files written by older servers). */
type MakeCredentials = (username: string, password: string) => Promise<PasswordCredentials>;

export class DataFile {
  /** The signing key to keep in the file. */
  signingKey?: Record<string, unknown>;

  private constructor(
    readonly path: string,
    private readonly poolId: string,
    /** What the file held when the server started (`/_reset` restores it). */
    readonly atStart: DataFileContent,
  ) {}

  static async open(path: string, poolId: string, make: MakeCredentials): Promise<DataFile> {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    let content: Omit<DataFileContent, 'users'> & { users?: LegacyStoredUser[] } = {};
    try {
      content = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      content = {};
    }
    if (content.poolId && content.poolId !== poolId) {
      console.warn(`[cognito-local] ${path} holds pool ${content.poolId}, not ${poolId}: starting empty`);
      content = {};
    }
    const users: StoredUser[] = [];
    for (const { password, credentials, ...user } of content.users ?? []) {
      if (credentials) users.push({ ...user, credentials });
      else if (typeof password === 'string')
        users.push({ ...user, credentials: storeCredentials(await make(user.username, password)) });
    }
    return new DataFile(path, poolId, { ...content, users, passkeys: content.passkeys ?? {} });
  }

  /**
   * Writes the signed-up users, the passkeys and devices of every user, and the refresh tokens (by hash),
   * atomically: a temporary file, then a rename.
   */
  save(users: User[], tokens: StoredRefreshTokens = {}): void {
    const content: DataFileContent & Required<Omit<DataFileContent, 'signingKey' | keyof StoredRefreshTokens>> = {
      poolId: this.poolId,
      users: [],
      passkeys: {},
      devices: {},
      signingKey: this.signingKey,
      ...tokens,
    };
    for (const user of users) {
      if (user.fromSignUp) content.users.push(storedUser(user));
      if (user.passkeys.length) content.passkeys[user.username] = user.passkeys;
      if (user.devices.length)
        content.devices[user.username] = { groupKey: user.deviceGroupKey, devices: user.devices };
    }
    try {
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(content, null, 2), { mode: 0o600 });
      renameSync(temporary, this.path);
    } catch (err) {
      console.error('[cognito-local] cannot write data file:', err);
    }
  }
}

function storedUser(user: User): StoredUser {
  return {
    username: user.username,
    sub: user.sub,
    credentials: storeCredentials(user.credentials),
    status: user.status,
    attributes: user.attributes,
    createdAt: user.createdAt,
  };
}
