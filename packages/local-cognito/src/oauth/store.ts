/**
 * What the hosted UI remembers between requests, on the pool's clock: authorize requests waiting at a provider,
 * the stand-in providers' own codes, authorization codes (single use, 5 minutes, as Cognito's), and managed-login
 * sessions (the `cognito` cookie, 1 hour).
 */
import { randomBytes } from 'node:crypto';

import type { ProviderIdentity } from './identities.js';

/** An `/oauth2/authorize` request, checked, on its way through a provider. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  responseType: 'code' | 'token';
  state?: string;
  scopes: string[];
  codeChallenge?: string;
  nonce?: string;
  loginHint?: string;
  prompt: string[];
}

export interface AuthorizationCode {
  clientId: string;
  redirectUri: string;
  username: string;
  scopes: string[];
  codeChallenge?: string;
  nonce?: string;
}

export interface HostedSession {
  username: string;
  provider: string;
}

export const CODE_TTL_MS = 5 * 60_000;
export const REQUEST_TTL_MS = 15 * 60_000;
export const SESSION_TTL_MS = 60 * 60_000;

/** Entries kept at most per kind (requests, codes, sessions). */
export const MAX_ENTRIES = 10_000;

/** Entries that expire on a clock; `take` removes (single use), `peek` does not. */
export class Expiring<T> {
  private entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs: number,
  ) {}

  /** Entries held now (expired ones are freed as new ones come). */
  get size(): number {
    return this.entries.size;
  }

  add(value: T, id = randomBytes(24).toString('base64url')): string {
    // Expired entries go first (one lifetime for all: the oldest come first), and at most MAX_ENTRIES are kept.
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expires > now && this.entries.size < MAX_ENTRIES) break;
      this.entries.delete(key);
    }
    this.entries.set(id, { value, expires: now + this.ttlMs });
    return id;
  }

  peek(id: string | null | undefined): T | undefined {
    const entry = id ? this.entries.get(id) : undefined;
    if (!entry) return undefined;
    if (entry.expires > this.now()) return entry.value;
    this.entries.delete(id!);
    return undefined;
  }

  take(id: string | null | undefined): T | undefined {
    const value = this.peek(id);
    if (id) this.entries.delete(id);
    return value;
  }

  clear() {
    this.entries.clear();
  }
}

export class OAuthStore {
  readonly requests: Expiring<AuthorizeRequest & { provider: string }>;
  readonly providerCodes: Expiring<{ requestId: string; identity: ProviderIdentity }>;
  readonly codes: Expiring<AuthorizationCode>;
  readonly sessions: Expiring<HostedSession>;

  constructor(now: () => number) {
    this.requests = new Expiring(now, REQUEST_TTL_MS);
    this.providerCodes = new Expiring(now, CODE_TTL_MS);
    this.codes = new Expiring(now, CODE_TTL_MS);
    this.sessions = new Expiring(now, SESSION_TTL_MS);
  }

  reset() {
    this.requests.clear();
    this.providerCodes.clear();
    this.codes.clear();
    this.sessions.clear();
  }
}
