/**
 * The people the stand-in identity providers know: a few seeded accounts, and anyone who types an email.
 * The subject is derived from the provider and the email, shaped as that provider shapes it, so the same
 * person at the same provider always comes back as the same subject (and so as the same pool user).
 */
import { createHash } from 'node:crypto';

import type { ProviderType } from './settings.js';

/** What a provider tells Cognito about the person, as claims. */
export interface ProviderIdentity {
  sub: string;
  email: string;
  email_verified: string;
  name: string;
  given_name?: string;
  family_name?: string;
}

export const SEEDED_PEOPLE: readonly { given: string; family: string; email: string }[] = [
  { given: 'Jane', family: 'Doe', email: 'jane.doe@example.com' },
  { given: 'Ravi', family: 'Kumar', email: 'ravi.kumar@example.org' },
  { given: 'Aiko', family: 'Tanaka', email: 'aiko.tanaka@example.net' },
];

const digest = (provider: string, email: string) =>
  createHash('sha256').update(`${provider}\n${email.toLowerCase()}`).digest();

const digits = (bytes: Buffer, count: number) =>
  [...bytes]
    .map((b) => String(b % 10))
    .join('')
    .slice(0, count);

/** A subject in the provider's own shape (Google: 21 digits; Apple: `000123.<hex>.1234`; …). */
export function subjectFor(type: ProviderType, providerName: string, email: string): string {
  const bytes = digest(providerName, email);
  switch (type) {
    case 'Google':
      return `1${digits(bytes, 20)}`;
    case 'Facebook':
      return `10${digits(bytes, 14)}`;
    case 'SignInWithApple':
      return `000${digits(bytes, 3)}.${bytes.subarray(4, 20).toString('hex')}.${digits(bytes.subarray(20), 4)}`;
    case 'LoginWithAmazon':
      return `amzn1.account.${bytes.subarray(0, 18).toString('base64url').toUpperCase().replace(/[-_]/g, 'X')}`;
    case 'SAML':
      return email.toLowerCase();
    case 'OIDC':
      return bytes.subarray(0, 16).toString('hex');
  }
}

/** The identity of `email` at this provider; a seeded person keeps their name, anyone else is named after the email. */
export function identityFor(type: ProviderType, providerName: string, email: string): ProviderIdentity {
  const person = SEEDED_PEOPLE.find((p) => p.email === email.toLowerCase());
  const name = person ? `${person.given} ${person.family}` : email.split('@')[0];
  return {
    sub: subjectFor(type, providerName, email),
    email: email.toLowerCase(),
    email_verified: 'true',
    name,
    ...(person ? { given_name: person.given, family_name: person.family } : {}),
  };
}

/** A plausible email address (the page's field is `type=email`; this is the server's own check). */
export const isEmail = (value: string) => /^[^\s@<>"]{1,64}@[^\s@<>"]{1,255}$/.test(value);
