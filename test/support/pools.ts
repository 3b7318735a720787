/** The pool files of the test matrix (test/pools/, describe-user-pool shape) and their seeded users. */
import { readFileSync } from 'node:fs';

import type { PoolFile } from '../../packages/local-cognito/src/index.js';

export const POOL_NAMES = [
  'gen2-default',
  'legacy-email-alias',
  'phone-username',
  'mfa-required',
  'devices-on-prompt',
  'devices-always',
  'user-auth-passwordless',
  'client-password-only',
] as const;
export type PoolName = (typeof POOL_NAMES)[number];

export function poolPath(name: PoolName): string {
  return new URL(`../pools/${name}.json`, import.meta.url).pathname;
}

export function poolFile(name: PoolName): PoolFile {
  return JSON.parse(readFileSync(poolPath(name), 'utf8')) as PoolFile;
}

/** The password of every user the pool files seed. */
export const POOL_PASSWORD = 'Passw0rd!';
