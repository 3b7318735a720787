/** What the pool keeps of a password: the SRP salt and verifier, and what USER_PASSWORD_AUTH checks. */
import { timingSafeEqual } from 'node:crypto';

import { computeVerifier, newSalt } from '../srp.js';

export interface PasswordCredentials {
  password: string;
  srpSalt: string;
  srpVerifier: bigint;
}

export function makeCredentials(poolName: string, username: string, password: string): PasswordCredentials {
  const srpSalt = newSalt();
  return { password, srpSalt, srpVerifier: computeVerifier(srpSalt, poolName, username, password) };
}

export function passwordMatches(credentials: PasswordCredentials, password: string): boolean {
  return safeEqual(password, credentials.password);
}

/** Compares two secrets in constant time. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
