/** The data store of one user pool: users, sign-in sessions, refresh tokens, and the data file behind them. */
import { poolName, type PoolSettings } from '../settings.js';
import type { SeedUser } from '../seed.js';
import { loadCredentials, makeCredentials, PUBLISHED_PASSWORD_COST, type PasswordCredentials } from './credentials.js';
import { DataFile } from './data-file.js';
import { PhantomLockouts } from './phantom-lockouts.js';
import { RefreshTokenStore } from './refresh-tokens.js';
import { SessionStore } from './sessions.js';
import { UserStore } from './users.js';

export type { RefreshRecord } from './refresh-tokens.js';

/** The seed users' credentials, made once per process and reused by every reset. */
const seedCredentials = new Map<string, Promise<PasswordCredentials>>();

function credentialsOfSeed(pool: string, seed: SeedUser): Promise<PasswordCredentials> {
  const key = JSON.stringify([pool, seed.username, seed.password]);
  let credentials = seedCredentials.get(key);
  if (!credentials) {
    credentials = makeCredentials(pool, seed.username, seed.password, PUBLISHED_PASSWORD_COST);
    seedCredentials.set(key, credentials);
  }
  return credentials;
}

export class Pool {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  /** Refresh tokens (kept in the data file by hash) and the revoked access-token origins. */
  readonly refreshTokens: RefreshTokenStore;
  readonly revokedOrigins: Set<string>;
  /** Lockouts of unknown logins (existence errors prevented). */
  readonly phantomLockouts = new PhantomLockouts();

  private constructor(
    settings: PoolSettings,
    now: () => number,
    private readonly seeds: [SeedUser, PasswordCredentials][],
    private readonly dataFile?: DataFile,
  ) {
    this.users = new UserStore(poolName(settings), now, settings);
    this.sessions = new SessionStore(now, settings.sessionTtlMs);
    this.refreshTokens = new RefreshTokenStore(now);
    this.revokedOrigins = this.refreshTokens.revokedOrigins;
    this.reset();
  }

  static async open(settings: PoolSettings, now: () => number, dataFile?: string): Promise<Pool> {
    const name = poolName(settings);
    const seeds = await Promise.all(
      settings.users.map(async (seed): Promise<[SeedUser, PasswordCredentials]> => [
        seed,
        await credentialsOfSeed(name, seed),
      ]),
    );
    const file = dataFile
      ? await DataFile.open(dataFile, settings.poolId, (username, password) =>
          makeCredentials(name, username, password),
        )
      : undefined;
    return new Pool(settings, now, seeds, file);
  }

  /** The seed users plus what the data file held at start; no session, no token. */
  reset(): void {
    this.users.clear();
    this.sessions.clear();
    this.refreshTokens.clear();
    this.phantomLockouts.clear();
    for (const [seed, credentials] of this.seeds) this.users.add(this.users.fromSeed(seed, credentials));
    const saved = this.dataFile?.atStart ?? {};
    this.refreshTokens.load(saved);
    for (const stored of saved.users ?? []) {
      if (this.users.has(stored.username)) continue;
      const credentials = loadCredentials(stored.credentials);
      const user = this.users.create(stored.username, credentials, stored.status, { ...stored.attributes });
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

  /** Writes signed-up users, passkeys, devices and refresh tokens to the data file, if there is one. */
  persist(): void {
    this.dataFile?.save(this.users.all(), this.refreshTokens.stored());
  }

  /** Ends every refresh token of `username` (and the access tokens issued with them, when `revokeAccess`). */
  revokeTokensOf(username: string, revokeAccess: boolean): void {
    for (const record of this.refreshTokens.values()) {
      if (record.username !== username) continue;
      record.revoked = true;
      if (revokeAccess) this.revokedOrigins.add(record.originJti);
    }
    this.persist();
  }
}
