/** The data file: users created by SignUp, every passkey and device, and the token signing key, kept across restarts. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

import type { UserStatus } from '../seed.js';
import type { Device, Passkey, User } from './users.js';

export interface StoredUser {
  username: string;
  sub: string;
  password: string;
  status: UserStatus;
  attributes: Record<string, string>;
  createdAt: number;
}

export interface DataFileContent {
  /** The pool the content belongs to: another pool's file is not loaded (and is overwritten). */
  poolId?: string;
  users?: StoredUser[];
  passkeys?: Record<string, Passkey[]>;
  /** Devices and the DeviceGroupKey of each user who has some. */
  devices?: Record<string, { groupKey: string; devices: Device[] }>;
  /** The private JWK that signs tokens: a restart keeps sessions valid. */
  signingKey?: Record<string, unknown>;
}

export class DataFile {
  /** What the file held when the server started (`/_reset` restores it). */
  readonly atStart: DataFileContent;
  /** The signing key to keep in the file. */
  signingKey?: Record<string, unknown>;

  constructor(
    readonly path: string,
    private readonly poolId: string,
  ) {
    let content: DataFileContent = {};
    try {
      content = JSON.parse(readFileSync(path, 'utf8')) as DataFileContent;
    } catch {
      content = {};
    }
    if (content.poolId && content.poolId !== poolId) {
      console.warn(`[cognito-local] ${path} holds pool ${content.poolId}, not ${poolId}: starting empty`);
      content = {};
    }
    this.atStart = content;
  }

  /** Writes the signed-up users and the passkeys of every user (atomically: a temporary file, then a rename). */
  save(users: User[]): void {
    const content: DataFileContent & Required<Omit<DataFileContent, 'signingKey'>> = {
      poolId: this.poolId,
      users: [],
      passkeys: {},
      devices: {},
      signingKey: this.signingKey,
    };
    for (const user of users) {
      if (user.fromSignUp) content.users.push(storedUser(user));
      if (user.passkeys.length) content.passkeys[user.username] = user.passkeys;
      if (user.devices.length)
        content.devices[user.username] = { groupKey: user.deviceGroupKey, devices: user.devices };
    }
    try {
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(content, null, 2));
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
    password: user.credentials.password,
    status: user.status,
    attributes: user.attributes,
    createdAt: user.createdAt,
  };
}
