/** What the configuration says about signing up: Amplify's parsed Cognito settings, and what parsing drops. */
import type { ContactAttribute, SignUpSettings } from '../auth-service.js';

interface CognitoSettings {
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

/** The settings from Amplify's Cognito configuration; without `user_verification_types`, no contact is verified. */
export function signUpSettingsOf(
  cognito: CognitoSettings | undefined,
  verificationTypes: ContactAttribute[] | undefined,
): SignUpSettings {
  const { userAttributes = {}, signUpVerificationMethod } = cognito ?? {};
  return {
    requiredAttributes: Object.entries(userAttributes)
      .filter(([, settings]) => settings?.required)
      .map(([name]) => name),
    verificationAttributes: verificationTypes ?? [],
    verificationMethod: signUpVerificationMethod === 'link' ? 'link' : 'code',
  };
}
