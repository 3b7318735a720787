/**
 * The pool's behaviour in one place: every setting an operation reads, with the demo pool's values.
 * A new pool setting goes here (its type, its default), and operations read it from `ctx.settings`.
 */
import { CLIENT_ID, CUSTOM_ANSWER, CUSTOM_QUESTION, POOL_ID, SEED_USERS, type SeedUser } from './seed.js';

export interface PasswordPolicy {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

export interface PoolSettings {
  /** `us-east-1_localdemo`: the part after `_` is the pool name SRP hashes in. */
  poolId: string;
  clientId: string;
  /** Users restored by `/_reset` (and at start). */
  users: readonly SeedUser[];
  passwordPolicy: PasswordPolicy;
  /** Sign-in session lifetime. */
  sessionTtlMs: number;
  /** Lifetime of sign-in, confirmation and reset codes. */
  codeTtlMs: number;
  /** Access and ID token lifetime. */
  tokenTtlSec: number;
  /** Wrong codes (or custom answers) one sign-in session takes; the last one ends it. */
  wrongAnswersPerSession: number;
  /** Wrong passwords in a row before a lockout, and how long it lasts. */
  lockout: { afterFailures: number; durationMs: number };
  /** `ForgotPassword` / `ResendConfirmationCode` per user and hour. */
  codeRequestsPerHour: number;
  /** The pool-wide custom-auth challenge. */
  customChallenge: { question: string; answer: string };
}

export const DEMO_POOL: PoolSettings = {
  poolId: POOL_ID,
  clientId: CLIENT_ID,
  users: SEED_USERS,
  passwordPolicy: {
    minimumLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
  },
  sessionTtlMs: 3 * 60_000,
  codeTtlMs: 3 * 60_000,
  tokenTtlSec: 3600,
  wrongAnswersPerSession: 3,
  lockout: { afterFailures: 5, durationMs: 15 * 60_000 },
  codeRequestsPerHour: 5,
  customChallenge: { question: CUSTOM_QUESTION, answer: CUSTOM_ANSWER },
};

/** The name SRP hashes in: the pool id without its region. */
export function poolName(settings: PoolSettings): string {
  return settings.poolId.slice(settings.poolId.indexOf('_') + 1);
}
