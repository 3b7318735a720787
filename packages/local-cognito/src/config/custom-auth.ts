/**
 * The pool file's `CustomAuth`: what the pool's custom-auth Lambda triggers (define / create / verify auth challenge)
 * would ask, since the local server runs no Lambda. Each challenge is `QUESTION` (public parameters and the answer)
 * or `CAPTCHA` (a stand-in puzzle whose answer a test can compute from its public parameters).
 */
import type { CustomChallengeSetting } from '../settings.js';

type Json = Record<string, any>;

const fail = (index: number, what: string): never => {
  throw new Error(`CustomAuth.Challenges[${index}]: ${what}`);
};

function challengeOf(entry: Json, index: number): CustomChallengeSetting {
  if (!entry || typeof entry !== 'object') return fail(index, 'not an object');
  const type = entry.Type ?? 'QUESTION';
  const users = entry.Users === undefined ? undefined : entry.Users;
  if (users !== undefined && (!Array.isArray(users) || users.some((user) => typeof user !== 'string')))
    fail(index, 'Users must be a list of usernames');
  const parameters = entry.Parameters ?? {};
  if (typeof parameters !== 'object' || Object.values(parameters).some((value) => typeof value !== 'string'))
    fail(index, 'Parameters must map names to strings');
  if (type === 'CAPTCHA') return { type, parameters, ...(users ? { users } : {}) };
  if (type !== 'QUESTION') return fail(index, `Type must be QUESTION or CAPTCHA, not ${String(type)}`);
  if (typeof entry.Answer !== 'string' || !entry.Answer) fail(index, 'a QUESTION needs its Answer');
  return { type, parameters, answer: entry.Answer, ...(users ? { users } : {}) };
}

/** The challenges of a pool file's `CustomAuth`, or `fallback` (the pool-wide "What is 2 + 2?") without one. */
export function customChallengesOf(
  customAuth: Json | undefined,
  fallback: readonly CustomChallengeSetting[],
): CustomChallengeSetting[] {
  if (customAuth === undefined) return [...fallback];
  const list = customAuth?.Challenges;
  if (!Array.isArray(list) || !list.length) throw new Error('CustomAuth.Challenges must list at least one challenge');
  return list.map(challengeOf);
}
