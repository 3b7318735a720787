/**
 * The live checklist (`src/flow/password-policy.ts`) and the local server (`checkPasswordPolicy`) count letters,
 * digits and symbols exactly as Cognito does (ASCII only): a password one accepts the other accepts, and a password
 * one refuses the other refuses for a rule the checklist shows as not yet met.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { rulesOf, type PasswordPolicy } from '../../src/flow/password-policy.js';
import { checkPasswordPolicy } from '../../packages/local-cognito/src/operations/passwords.js';

/** The server's words for each checklist rule. */
const SERVER_REASON: Record<string, string> = {
  'password.rule.minLength': 'Password not long enough',
  'password.rule.uppercase': 'Password must have uppercase characters',
  'password.rule.lowercase': 'Password must have lowercase characters',
  'password.rule.number': 'Password must have numeric characters',
  'password.rule.symbol': 'Password must have symbol characters',
};

const FULL: PasswordPolicy = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

const unmet = (policy: PasswordPolicy, password: string) =>
  rulesOf(policy)
    .filter((rule) => !rule.met(password))
    .map((rule) => rule.id);

/** The server's refusal reason, or `undefined` when it takes the password. */
function serverReason(policy: PasswordPolicy, password: string): string | undefined {
  try {
    checkPasswordPolicy(
      {
        minimumLength: policy.minLength ?? 0,
        requireUppercase: !!policy.requireUppercase,
        requireLowercase: !!policy.requireLowercase,
        requireNumbers: !!policy.requireNumbers,
        requireSymbols: !!policy.requireSymbols,
      },
      password,
    );
    return undefined;
  } catch (error) {
    assert.equal((error as { type?: string }).type, 'InvalidPasswordException');
    return (error as Error).message.replace('Password did not conform with policy: ', '');
  }
}

const PASSWORDS = [
  'пАРОЛЬ123!',
  'пАРОЛЬ123!a',
  'ПАРОЛЬ123!a',
  'Éééééé1!',
  'ÀBCDEFG1!',
  'Passwort١٢٣!',
  'Passwort１２３!',
  'Passw0rd«»',
  'Passw0rd¿',
  'Passw0rd ',
  'Passw0rd~',
  'aaaaAAAA1!',
  'пАРОЛЬ123!aZ',
];

describe('the checklist and the local server agree on every rule', () => {
  it('«пАРОЛЬ123!» is refused by both for a missing upper-case letter (A–Z)', () => {
    const policy: PasswordPolicy = { minLength: 8, requireUppercase: true, requireNumbers: true, requireSymbols: true };
    assert.deepEqual(unmet(policy, 'пАРОЛЬ123!'), ['password.rule.uppercase']);
    assert.equal(serverReason(policy, 'пАРОЛЬ123!'), SERVER_REASON['password.rule.uppercase']);
  });

  it('one rule at a time, each password is met by both or broken for both', () => {
    for (const rule of Object.keys(FULL) as (keyof PasswordPolicy)[]) {
      const policy: PasswordPolicy = { [rule]: FULL[rule] };
      for (const password of PASSWORDS) {
        const checklist = unmet(policy, password).map((id) => SERVER_REASON[id]);
        const server = serverReason(policy, password);
        assert.deepEqual(checklist, server ? [server] : [], `${rule}: «${password}»`);
      }
    }
  });

  it('with every rule, the server refuses exactly what the checklist leaves unmet, naming one of those rules', () => {
    for (const password of PASSWORDS) {
      const checklist = unmet(FULL, password).map((id) => SERVER_REASON[id]);
      const server = serverReason(FULL, password);
      if (!checklist.length) assert.equal(server, undefined, `«${password}» is taken by both`);
      else assert.ok(server && checklist.includes(server), `«${password}»: server ${server}, checklist ${checklist}`);
    }
  });
});
