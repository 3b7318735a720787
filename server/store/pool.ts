/** The data store of one user pool: users, sign-in sessions, refresh tokens, and the data file behind them. */
import { poolName, type PoolSettings } from '../settings.js';
import { DataFile } from './data-file.js';
import { SessionStore } from './sessions.js';
import { UserStore } from './users.js';

export interface RefreshRecord {
  username: string;
  authTime: number;
  originJti: string;
  revoked: boolean;
  /** The client's RefreshTokenValidity from the sign-in. */
  expires: number;
  /** The device the sign-in came from, when remembered or new. */
  deviceKey?: string;
}

export class Pool {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly refreshTokens = new Map<string, RefreshRecord>();
  /** Revoked access-token origin_jti values (RevokeToken, GlobalSignOut). */
  readonly revokedOrigins = new Set<string>();
  private readonly dataFile?: DataFile;

  constructor(
    private readonly settings: PoolSettings,
    now: () => number,
    dataFile?: string,
  ) {
    this.users = new UserStore(poolName(settings), now, settings);
    this.sessions = new SessionStore(now, settings.sessionTtlMs);
    if (dataFile) this.dataFile = new DataFile(dataFile, settings.poolId);
    this.reset();
  }

  /** The seed users plus what the data file held at start; no session, no token. */
  reset(): void {
    this.users.clear();
    this.sessions.clear();
    this.refreshTokens.clear();
    this.revokedOrigins.clear();
    for (const seed of this.settings.users) this.users.add(this.users.fromSeed(seed));
    const saved = this.dataFile?.atStart ?? {};
    for (const stored of saved.users ?? []) {
      if (this.users.has(stored.username)) continue;
      const user = this.users.create(stored.username, stored.password, stored.status, { ...stored.attributes });
      user.sub = stored.sub;
      user.attributes.sub = stored.sub;
      user.fromSignUp = true;
      user.createdAt = stored.createdAt;
      this.users.add(user);
    }
    for (const [username, passkeys] of Object.entries(saved.passkeys ?? {})) {
      const user = this.users.find(username);
      if (user) user.passkeys = passkeys.map((passkey) => ({ ...passkey }));
    }
    for (const [username, { groupKey, devices }] of Object.entries(saved.devices ?? {})) {
      const user = this.users.find(username);
      if (!user) continue;
      user.deviceGroupKey = groupKey;
      user.devices = devices.map((device) => ({ ...device }));
    }
    this.persist();
  }

  /** The signing key the data file holds, if any. */
  savedSigningKey(): Record<string, unknown> | undefined {
    return this.dataFile?.atStart.signingKey;
  }

  /** Keeps the signing key in the data file (with the rest of its content). */
  keepSigningKey(jwk: Record<string, unknown>): void {
    if (!this.dataFile) return;
    this.dataFile.signingKey = jwk;
    this.persist();
  }

  /** Writes signed-up users and passkeys to the data file, if there is one. */
  persist(): void {
    this.dataFile?.save(this.users.all());
  }

  /** Ends every refresh token of `username` (and the access tokens issued with them, when `revokeAccess`). */
  revokeTokensOf(username: string, revokeAccess: boolean): void {
    for (const record of this.refreshTokens.values()) {
      if (record.username !== username) continue;
      record.revoked = true;
      if (revokeAccess) this.revokedOrigins.add(record.originJti);
    }
  }
}
