/** What the configuration says about signing up: Amplify's parsed Cognito settings, and what parsing drops. */
import type { ContactAttribute, SignUpSettings } from '../auth-service.js';

interface CognitoSettings {
  loginWith?: { email?: boolean; phone?: boolean; username?: boolean };
  userAttributes?: Partial<Record<string, { required?: boolean }>>;
  signUpVerificationMethod?: 'code' | 'link';
}

const CONTACTS: readonly ContactAttribute[] = ['email', 'phone_number'];
const contacts = (names: unknown): ContactAttribute[] =>
  Array.isArray(names) ? CONTACTS.filter((name) => names.includes(name)) : [];

/**
 * `user_verification_types` of an `amplify_outputs.json` object (Amplify's parser drops it); `undefined` for any
 * other configuration.
 */
export function verificationTypesOf(config: object | undefined): ContactAttribute[] | undefined {
  const auth = (config as { auth?: { user_verification_types?: unknown } } | undefined)?.auth;
  return auth && 'user_verification_types' in auth ? contacts(auth.user_verification_types) : undefined;
}

/**
 * The settings from Amplify's Cognito configuration. Without `user_verification_types`, the contacts people sign
 * in with are the ones Cognito verifies (what a pool made by Amplify does).
 */
export function signUpSettingsOf(
  cognito: CognitoSettings | undefined,
  verificationTypes: ContactAttribute[] | undefined,
): SignUpSettings {
  const { loginWith, userAttributes = {}, signUpVerificationMethod } = cognito ?? {};
  const usernameAttributes = contacts([loginWith?.email && 'email', loginWith?.phone && 'phone_number']);
  return {
    usernameAttributes,
    requiredAttributes: Object.entries(userAttributes)
      .filter(([, settings]) => settings?.required)
      .map(([name]) => name),
    verificationAttributes: verificationTypes ?? usernameAttributes,
    verificationMethod: signUpVerificationMethod === 'link' ? 'link' : 'code',
  };
}
