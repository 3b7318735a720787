/** The pool's password rules (from the configuration), as a checklist and as a check before a new password is sent. */
import { inputError, type FlowError } from './errors.js';

export interface PasswordPolicy {
  minLength?: number;
  requireLowercase?: boolean;
  requireUppercase?: boolean;
  requireNumbers?: boolean;
  requireSymbols?: boolean;
}

export interface PasswordRule {
  /** Message id of the rule (`password.rule.uppercase`, …). */
  id: string;
  /** `{count}` of the rule's text. */
  count?: number;
  met: (password: string) => boolean;
}

/**
 * What Cognito counts, as its documentation on user-pool password requirements lists it: Basic Latin (ASCII) only.
 * An upper-case letter is A–Z, a lower-case letter a–z, a number 0–9 (not «Ж», «é» or «١»), and a special character
 * one of ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + - and space. The local server checks the same.
 */
const LOWERCASE = /[a-z]/;
const UPPERCASE = /[A-Z]/;
const NUMBER = /[0-9]/;
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/** The rules a policy sets, in the order the checklist shows them. */
export function rulesOf(policy: PasswordPolicy | undefined): PasswordRule[] {
  if (!policy) return [];
  const rules: PasswordRule[] = [];
  const minLength = policy.minLength;
  if (minLength && minLength > 0) {
    rules.push({
      id: 'password.rule.minLength',
      count: minLength,
      met: (password) => [...password].length >= minLength,
    });
  }
  if (policy.requireLowercase)
    rules.push({ id: 'password.rule.lowercase', met: (password) => LOWERCASE.test(password) });
  if (policy.requireUppercase)
    rules.push({ id: 'password.rule.uppercase', met: (password) => UPPERCASE.test(password) });
  if (policy.requireNumbers) rules.push({ id: 'password.rule.number', met: (password) => NUMBER.test(password) });
  if (policy.requireSymbols) rules.push({ id: 'password.rule.symbol', met: (password) => SYMBOL.test(password) });
  return rules;
}

/** The first rule `password` breaks, as the error shown at the new password (the rule's own words). */
export function checkPassword(policy: PasswordPolicy | undefined, password: string): FlowError | undefined {
  const broken = rulesOf(policy).find((rule) => !rule.met(password));
  if (!broken) return undefined;
  const error = inputError('newPassword', 'error.passwordRule', 'PasswordPolicy');
  return {
    ...error,
    valueIds: { rule: broken.id },
    ...(broken.count ? { values: { count: String(broken.count) } } : {}),
  };
}
