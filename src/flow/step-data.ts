import type { CodeDelivery, ContactAttribute, NextSignInStep } from '../auth-service.js';

/** The details a step shows, taken from Amplify's `nextStep`. Nothing secret: it is kept across reloads. */
export interface StepData {
  codeDelivery?: CodeDelivery;
  /** MFA selection and MFA setup selection: `SMS`, `TOTP`, `EMAIL`. */
  allowedMFATypes?: string[];
  /** First-factor selection, as the buttons show them (password once, passkey only where supported). */
  availableChallenges?: string[];
  /** New password required: the attributes Cognito still needs (`given_name`, …). */
  missingAttributes?: string[];
  /** Custom challenge: Cognito's challenge parameters, e.g. `{ question }`. */
  additionalInfo?: Record<string, string>;
  /** `VERIFY_CONTACT`: the signed-in user's contacts that the pool verifies and that are not verified yet. */
  contacts?: ContactAttribute[];
  /** `VERIFY_CONTACT`: the contact a code was sent to. */
  contactAttribute?: ContactAttribute;
  /** An SMS or email code step reached as the first factor (passwordless sign-in): its code has 8 digits. */
  firstFactor?: boolean;
}

export const stepDataOf = (next: NextSignInStep): StepData => ({
  ...(next.codeDeliveryDetails ? { codeDelivery: next.codeDeliveryDetails } : {}),
  ...(next.allowedMFATypes ? { allowedMFATypes: [...next.allowedMFATypes] } : {}),
  ...(next.availableChallenges ? { availableChallenges: [...next.availableChallenges] } : {}),
  ...(next.missingAttributes ? { missingAttributes: next.missingAttributes.map(stripAttributePrefix) } : {}),
  ...(next.additionalInfo ? { additionalInfo: { ...next.additionalInfo } } : {}),
});

/** Cognito names required attributes `userAttributes.given_name`; Amplify usually strips the prefix already. */
const stripAttributePrefix = (name: string) => name.replace(/^userAttributes\./, '');

/**
 * First factors as buttons: `PASSWORD` and `PASSWORD_SRP` are one button valued `PASSWORD_SRP`, and the
 * passkey only where the browser can use it.
 */
export function firstFactorChoices(available: readonly string[], passkeysSupported: boolean): string[] {
  const choices = available.filter((choice) => choice !== 'WEB_AUTHN' || passkeysSupported);
  if (choices.includes('PASSWORD') && choices.includes('PASSWORD_SRP')) {
    return choices.filter((choice) => choice !== 'PASSWORD');
  }
  return choices;
}
