/** What the host tells the flow about its attributes, and what the sign-in screen derives from them. */
import type { AuthFlowType, AuthService, ClientMetadata, FirstFactor } from '../auth-service.js';
import type { AuthHooks } from './hooks.js';
import { identifierKind, type IdentifierKind } from '../identifier-kind.js';
import type { RememberDevice } from './remember-device.js';

export interface FlowOptions {
  authFlowType: AuthFlowType;
  /** The `preferred-challenge` attribute. */
  preferredChallenge?: FirstFactor;
  totpIssuer: string;
  passkeyPrompt: 'after-sign-in' | 'never';
  /** As the `social-providers` attribute lists them: `google facebook apple amazon` or custom names. */
  socialProviders: string[];
  /** `remember-device`: `ask` shows a checkbox on MFA code steps, `always` remembers without asking. */
  rememberDevice?: RememberDevice;
  /** `hide-sign-up`: `SIGN_IN` offers no "Create account". */
  hideSignUp?: boolean;
  /** `initial-step`: the first step for a visitor who is not signed in and has nothing to resume. */
  initialStep?: 'SIGN_IN' | 'SIGN_UP';
  /** `verify-contact`: `ask` (default) offers `VERIFY_CONTACT` after a sign-in; `never`. */
  verifyContact?: 'ask' | 'never';
  /** The `login-mechanism` attribute: what the pool signs in with when the configuration does not say. */
  loginMechanism?: string;
  /** The host's `config` property, read before Amplify has loaded (the identifier field of the first screen). */
  config?: unknown;
  /** The `hooks` property: the page's hooks before every call (`hooks.ts`). */
  hooks?: AuthHooks;
  /** `client-metadata`: sent as `options.clientMetadata` on every Amplify call that takes it. */
  clientMetadata?: ClientMetadata;
}

const KNOWN_PROVIDERS = new Map([
  ['google', 'Google'],
  ['facebook', 'Facebook'],
  ['apple', 'Apple'],
  ['amazon', 'Amazon'],
]);

/** Social providers as Amplify's `signInWithRedirect` names them (custom names as written), each once. */
export const providerNames = (names: readonly string[]): string[] => [
  ...new Set(names.map((name) => KNOWN_PROVIDERS.get(name.toLowerCase()) ?? name).filter((name) => name.length <= 64)),
];

/**
 * The first factor the user prefers: the attribute, else the configuration's `passwordless.preferred_challenge`.
 * The one source for the sign-in form, the request and the fallback after a cancelled passkey.
 */
export const preferredFirstFactor = (options: FlowOptions, configured: FirstFactor | undefined) =>
  options.preferredChallenge ?? configured;

/** `SIGN_IN` asks for a password too (not for `CUSTOM_WITHOUT_SRP`, nor `USER_AUTH` without a password preference). */
export function signInNeedsPassword(authFlowType: AuthFlowType, preferred: FirstFactor | undefined): boolean {
  if (authFlowType === 'CUSTOM_WITHOUT_SRP') return false;
  if (authFlowType !== 'USER_AUTH') return true;
  return preferred === 'PASSWORD' || preferred === 'PASSWORD_SRP';
}

/** `SIGN_UP` asks for a password, unless the widget signs in with `USER_AUTH` and a code or passkey first. */
export function signUpNeedsPassword(authFlowType: AuthFlowType, preferred: FirstFactor | undefined): boolean {
  return authFlowType !== 'USER_AUTH' || !preferred || preferred === 'PASSWORD' || preferred === 'PASSWORD_SRP';
}

/** What the pool signs in with: Amplify's configuration once loaded, before that the host's `config` and attribute. */
export const identifierKindOf = (options: FlowOptions, service: Pick<AuthService, 'identifierKind'>): IdentifierKind =>
  service.identifierKind(options.loginMechanism) ?? identifierKind(options.config, options.loginMechanism);
