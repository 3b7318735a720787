/**
 * Refresh tokens, kept by their SHA-256 (the data file never holds a usable token) so that a restart keeps them:
 * Cognito keeps one valid for the client's RefreshTokenValidity unless it is revoked. Expired ones are dropped.
 */
import { createHash } from 'node:crypto';

export interface RefreshRecord {
  username: string;
  authTime: number;
  originJti: string;
  revoked: boolean;
  /** The client's RefreshTokenValidity from the sign-in. */
  expires: number;
  /** The device the sign-in came from, when remembered or new. */
  deviceKey?: string;
  /** Scope of the access tokens (the hosted UI's; absent: the JSON API's). */
  scope?: string;
}

/** What the data file keeps: records by token hash, and the revoked access-token origins. */
export interface StoredRefreshTokens {
  refreshTokens?: Record<string, RefreshRecord>;
  revokedOrigins?: string[];
}

/** Bound of what is kept: the oldest go first. */
const MAX_TOKENS = 10_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

export class RefreshTokenStore {
  private readonly byHash = new Map<string, RefreshRecord>();
  /** Revoked access-token origin_jti values (RevokeToken, GlobalSignOut). */
  readonly revokedOrigins = new Set<string>();

  constructor(private readonly now: () => number) {}

  get(token: string): RefreshRecord | undefined {
    return this.byHash.get(hashOf(token));
  }

  set(token: string, record: RefreshRecord): void {
    this.prune();
    this.byHash.set(hashOf(token), record);
    while (this.byHash.size > MAX_TOKENS) this.byHash.delete(this.byHash.keys().next().value!);
  }

  values(): IterableIterator<RefreshRecord> {
    return this.byHash.values();
  }

  clear(): void {
    this.byHash.clear();
    this.revokedOrigins.clear();
  }

  /** Drops expired tokens (and the revoked origins of tokens no longer kept). */
  private prune(): void {
    const now = this.now();
    for (const [hash, record] of this.byHash) if (record.expires <= now) this.byHash.delete(hash);
    const kept = new Set([...this.byHash.values()].map((record) => record.originJti));
    for (const origin of this.revokedOrigins) if (!kept.has(origin)) this.revokedOrigins.delete(origin);
  }

  stored(): StoredRefreshTokens {
    this.prune();
    return { refreshTokens: Object.fromEntries(this.byHash), revokedOrigins: [...this.revokedOrigins] };
  }

  load(saved: StoredRefreshTokens): void {
    for (const [hash, record] of Object.entries(saved.refreshTokens ?? {})) this.byHash.set(hash, { ...record });
    for (const origin of saved.revokedOrigins ?? []) this.revokedOrigins.add(origin);
    this.prune();
  }
}
