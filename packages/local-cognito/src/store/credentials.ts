/**
 * What the pool keeps of a password, never the password itself: the SRP salt and verifier (for SRP sign-in)
 * and a slow hash (scrypt, for USER_PASSWORD_AUTH and ChangePassword).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

import { computeVerifier, newSalt } from '../srp.js';

export interface PasswordCredentials {
  srpSalt: string;
  srpVerifier: bigint;
  /** `scrypt$N$r$p$<salt>$<hash>` (base64url). */
  hash: string;
}

type ScryptCost = ScryptOptions & { N: number; r: number; p: number };
const SCRYPT: ScryptCost = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
/**
 * For the seeded users only: their passwords are published (README, seed.ts), so a slow hash would protect
 * nothing and only slow every server start; the cost is written into the hash, so checking needs no flag.
 */
export const PUBLISHED_PASSWORD_COST: ScryptCost = { ...SCRYPT, N: 1024 };
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

async function slowHash(password: string, cost: ScryptCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function makeCredentials(
  poolName: string,
  username: string,
  password: string,
  cost: ScryptCost = SCRYPT,
): Promise<PasswordCredentials> {
  const srpSalt = newSalt();
  return {
    srpSalt,
    srpVerifier: computeVerifier(srpSalt, poolName, username, password),
    hash: await slowHash(password, cost),
  };
}

/** Whether `password` is the one the credentials were made from (scrypt, compared in constant time). */
export async function passwordMatches(credentials: PasswordCredentials, password: string): Promise<boolean> {
  const [scheme, N, r, p, salt, expected] = credentials.hash.split('$');
  if (scheme !== 'scrypt' || !salt || !expected) return false;
  const options = { N: Number(N), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem };
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), options);
  const wanted = Buffer.from(expected, 'base64url');
  return key.length === wanted.length && timingSafeEqual(key, wanted);
}

/** Compares two secrets in constant time. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Credentials as the data file keeps them (the verifier in hex). */
export interface StoredCredentials {
  srpSalt: string;
  srpVerifier: string;
  hash: string;
}

export function storeCredentials(credentials: PasswordCredentials): StoredCredentials {
  return { ...credentials, srpVerifier: credentials.srpVerifier.toString(16) };
}

export function loadCredentials(stored: StoredCredentials): PasswordCredentials {
  return { ...stored, srpVerifier: BigInt(`0x${stored.srpVerifier}`) };
}
