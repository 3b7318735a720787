/** What every operation gets: the pool's settings and data, the outbox, the clock, the token keys. */
import { CognitoError, invalidParameter, missingParameter } from '../errors.js';
import type { PoolSettings } from '../settings.js';
import type { Pool } from '../store/pool.js';
import type { TestControls } from '../test-controls.js';
import type { TokenKeys } from '../tokens.js';

export type Json = Record<string, any>;

export interface OperationContext {
  settings: PoolSettings;
  pool: Pool;
  /** Where codes are "sent". */
  outbox: Pick<TestControls, 'send'>;
  now(): number;
  keys: TokenKeys;
  /** `http://localhost:PORT/<poolId>`: the tokens' `iss`. */
  issuer(): string;
  /** `https://localhost:PORT`: the hosted UI (where a sign-up confirmation link points). */
  hostedUI(): string;
  webauthn: { rpId: string; origins: string[] };
}

/** One Cognito operation: the request body in, the answer out (or a thrown CognitoError). */
export type Operation = (ctx: OperationContext, body: Json) => Promise<Json>;

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty string parameter, or InvalidParameterException naming it. */
export function requiredString(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value) throw missingParameter(name);
  return value;
}

export function checkClientId(ctx: OperationContext, body: Json): void {
  const id = requiredString(body.ClientId, 'ClientId');
  if (id !== ctx.settings.clientId)
    throw new CognitoError('ResourceNotFoundException', `User pool client ${id} does not exist.`);
}

/** A map parameter (absent = empty). */
export function mapParameter(value: unknown, name: string): Json {
  const map = (value ?? {}) as Json;
  if (typeof map !== 'object') throw invalidParameter(`${name} must be a map`);
  return map;
}

/** Seconds since the epoch on the server's clock. */
export function nowSec(ctx: OperationContext): number {
  return Math.floor(ctx.now() / 1000);
}
