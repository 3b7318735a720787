/**
 * The auth service: everything the widget asks of Amplify, as an interface. `amplify-auth-service.ts` is
 * the only module that imports `aws-amplify`; unit tests hand in a fake.
 */

import type { IdentifierKind } from './identifier-field.js';
import type { MfaService } from './mfa-service.js';
import type { PasswordPolicy } from './flow/password-policy.js';

export type AuthFlowType =
  'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'USER_AUTH' | 'CUSTOM_WITH_SRP' | 'CUSTOM_WITHOUT_SRP';

export type FirstFactor = 'PASSWORD' | 'PASSWORD_SRP' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';
export type MfaType = 'SMS' | 'TOTP' | 'EMAIL';

/**
 * Cognito's `ClientMetadata`: strings by name that Cognito hands to the pool's Lambda triggers (pre sign-up,
 * define/create/verify auth challenge, pre token generation, custom message, …); Amplify's `options.clientMetadata`.
 */
export type ClientMetadata = Record<string, string>;

export interface CodeDelivery {
  destination?: string;
  deliveryMedium?: string;
  attributeName?: string;
}

/** The `nextStep` of an Amplify sign-in result, reduced to what the widget reads. */
export interface NextSignInStep {
  signInStep: string;
  codeDeliveryDetails?: CodeDelivery;
  allowedMFATypes?: MfaType[];
  availableChallenges?: string[];
  missingAttributes?: string[];
  additionalInfo?: Record<string, string>;
  totpSetupDetails?: { sharedSecret: string };
}

export interface SignInResult {
  isSignedIn: boolean;
  nextStep: NextSignInStep;
}

export interface SignInRequest {
  username: string;
  password?: string;
  authFlowType: AuthFlowType;
  preferredChallenge?: FirstFactor;
}

export interface ConfirmSignInRequest {
  challengeResponse: string;
  userAttributes?: Record<string, string>;
}

export interface SignedInUser {
  username: string;
  userId: string;
  /** The person's email, phone number or preferred_username from the ID token, else what was typed. */
  loginId?: string;
}

/** A passkey of the signed-in user (`listWebAuthnCredentials`); Cognito names no last use today, so it may be absent. */
export interface AccountPasskey {
  id: string;
  name?: string;
  createdAt?: Date;
  lastUsedAt?: Date;
}

/** A device Cognito tracks for the signed-in user (`fetchDevices`). */
export interface AccountDevice {
  id: string;
  name?: string;
  lastUsedAt?: Date;
}

/** The user's devices and the key of this browser's device, if Amplify holds one (only pools with device tracking). */
export interface AccountDevices {
  devices: AccountDevice[];
  currentDeviceKey?: string;
}

/** The Hub `auth` channel events the widget reacts to. */
export type AuthHubEvent =
  | { event: 'signedIn' }
  | { event: 'signedOut' }
  | { event: 'tokenRefresh_failure' }
  | { event: 'signInWithRedirect' }
  | { event: 'signInWithRedirect_failure'; error?: unknown; canceled?: boolean };

/** Why a return from the hosted UI signed nobody in. */
export interface RedirectFailure {
  error: unknown;
  /** The person cancelled: at the provider, or by coming back before finishing. */
  canceled: boolean;
}

/** What the widget was told about configuration, resolved to one object (see `config.ts`). */
export interface ServiceConfiguration {
  /** An `amplify_outputs.json` object or an Amplify `ResourcesConfig`; `undefined`: use the app's Amplify. */
  config?: object;
  /** A user-pool endpoint other than AWS's. */
  userPoolEndpoint?: string;
}

/** What `signUp` sends: the identifier as Cognito's username, the password (none for a passwordless pool) and attributes. */
export interface SignUpRequest {
  username: string;
  password?: string;
  /** Standard and custom attributes by their Cognito name (`email`, `name`, `custom:company`, …). */
  userAttributes: Record<string, string>;
  /** Amplify's `options.autoSignIn`: `true`, or the sign-in options (`USER_AUTH` and its first factor). */
  autoSignIn: true | { authFlowType: AuthFlowType; preferredChallenge?: FirstFactor };
}

/** Amplify's sign-up steps (`nextStep.signUpStep`). */
export type SignUpStep = 'CONFIRM_SIGN_UP' | 'COMPLETE_AUTO_SIGN_IN' | 'DONE';

/** The result of `signUp` and `confirmSignUp`, reduced to what the widget reads. */
export interface SignUpResult {
  isSignUpComplete: boolean;
  userId?: string;
  nextStep: { signUpStep: SignUpStep | (string & {}); codeDeliveryDetails?: CodeDelivery };
}

/** An attribute Cognito can verify, and so use to reach the person (recovery, codes). */
export type ContactAttribute = 'email' | 'phone_number';

/** What `updateUserAttributes` left waiting for a code, and where the first code went. */
export interface AttributeUpdate {
  pending: ContactAttribute[];
  destination?: string;
}

/** What the configuration says about signing up (read by the `SIGN_UP` screen and `VERIFY_CONTACT`). */
export interface SignUpSettings {
  /** The pool's `standard_required_attributes` (`name`, `birthdate`, `phone_number`, …). */
  requiredAttributes: string[];
  /**
   * The pool's `user_verification_types` (an `amplify_outputs.json` given to the widget says them; otherwise none):
   * the contacts Cognito verifies, which `VERIFY_CONTACT` offers to verify.
   */
  verificationAttributes: ContactAttribute[];
  /** How sign-up is confirmed: a code, or a link in the message (Amplify's `signUpVerificationMethod`). */
  verificationMethod: 'code' | 'link';
}

/**
 * The one table of what the widget asks of Amplify. Synchronous members answer from the configuration; every
 * other member returns a promise. `deferred-auth-service.ts` must give each synchronous member an answer for
 * before Amplify has loaded (a type error otherwise); the promised ones wait for it by themselves.
 */
export interface AuthService {
  // ---- configuration -------------------------------------------------------------------------------------
  /** Merges the widget's Auth settings into Amplify's configuration. */
  configure(configuration: ServiceConfiguration): Promise<void>;
  /** Whether the configuration has OAuth settings, so social buttons can work. */
  hasOAuth(): boolean;
  /**
   * What the pool signs in with, as the configuration says (`loginWith`, `username_attributes`), else the
   * `login-mechanism` attribute; see `identifier-kind.ts`. `undefined` until configured.
   */
  identifierKind(loginMechanism?: string): IdentifierKind | undefined;
  /** The configuration's `passwordless.preferred_challenge`, if any. */
  configuredPreferredChallenge(): FirstFactor | undefined;
  /** The pool's password rules from the configuration (`password_policy`, `passwordFormat`), if given. */
  passwordPolicy(): PasswordPolicy | undefined;
  /** What the configuration says about signing up and verifying contacts. */
  signUpSettings(): SignUpSettings;
  /**
   * The failed return from the hosted UI that `configure` met (a provider error, a stale `state`, a code that
   * no longer works), once; `undefined` without one. The page's address no longer shows it.
   */
  takeRedirectFailure(): RedirectFailure | undefined;

  // ---- sign-in -------------------------------------------------------------------------------------------
  currentUser(): Promise<SignedInUser | undefined>;
  /** `clientMetadata` (here and below): Amplify's `options.clientMetadata`, for the pool's Lambda triggers. */
  signIn(request: SignInRequest, clientMetadata?: ClientMetadata): Promise<SignInResult>;
  confirmSignIn(request: ConfirmSignInRequest, clientMetadata?: ClientMetadata): Promise<SignInResult>;
  signInWithRedirect(provider: string): Promise<void>;
  signOut(): Promise<void>;
  /** Remembers this device for the signed-in user (Amplify's `rememberDevice()`); throws without device tracking. */
  rememberDevice(): Promise<void>;
  /** Whether Amplify still holds tokens for a user (expired ones included); never refreshes them. */
  holdsSession(): Promise<boolean>;
  /** Subscribes to Hub `auth` events; returns the unsubscribe function. */
  onAuthEvent(listener: (event: AuthHubEvent) => void): () => void;

  // ---- sign-up -------------------------------------------------------------------------------------------
  /** The sign-up's `clientMetadata` goes to its auto sign-in too (Amplify's `options.autoSignIn.clientMetadata`). */
  signUp(request: SignUpRequest, clientMetadata?: ClientMetadata): Promise<SignUpResult>;
  confirmSignUp(username: string, code: string, clientMetadata?: ClientMetadata): Promise<SignUpResult>;
  resendSignUpCode(username: string, clientMetadata?: ClientMetadata): Promise<CodeDelivery>;
  /** Amplify's `autoSignIn()`: the sign-in that a sign-up with `autoSignIn` set up (waits for a link's click). */
  autoSignIn(): Promise<SignInResult>;

  // ---- password reset ------------------------------------------------------------------------------------
  resetPassword(username: string, clientMetadata?: ClientMetadata): Promise<CodeDelivery>;
  confirmResetPassword(
    username: string,
    code: string,
    newPassword: string,
    clientMetadata?: ClientMetadata,
  ): Promise<void>;

  // ---- the signed-in user's contacts ---------------------------------------------------------------------
  /** The signed-in user's attributes (`email`, `email_verified`, …). */
  fetchUserAttributes(): Promise<Partial<Record<string, string>>>;
  sendUserAttributeVerificationCode(
    attribute: ContactAttribute,
    clientMetadata?: ClientMetadata,
  ): Promise<CodeDelivery>;
  confirmUserAttribute(attribute: ContactAttribute, code: string): Promise<void>;

  // ---- passkeys ------------------------------------------------------------------------------------------
  /** WebAuthn usable here: secure context and `PublicKeyCredential`. */
  supportsPasskeys(): Promise<boolean>;
  /** A platform authenticator (Touch ID, Windows Hello, …) is available. */
  platformAuthenticatorAvailable(): Promise<boolean>;
  countPasskeys(): Promise<number>;
  registerPasskey(): Promise<void>;
}

/**
 * What `<auth-account>` asks of Amplify besides the sign-in's calls: its own module (`amplify/account-service.ts`),
 * loaded by `<auth-account>` only, so a sign-in page does not download these members.
 */
export interface AccountService extends AuthService {
  /** Saves the user's attributes (`updateUserAttributes`): a new email or phone number may wait for its code. */
  updateUserAttributes(attributes: Record<string, string>): Promise<AttributeUpdate>;
  /** Changes the signed-in user's password (Amplify's `updatePassword`). */
  updatePassword(oldPassword: string, newPassword: string): Promise<void>;
  /** Signs the user out of every device: Cognito revokes every refresh token (Amplify's `signOut({ global: true })`). */
  signOutEverywhere(): Promise<void>;
  /** Deletes the signed-in user from the pool and signs out here (Amplify's `deleteUser`). */
  deleteUser(): Promise<void>;
  /** The two-step verification section's calls, loaded with it (`amplify/mfa.ts`). */
  mfa(): Promise<MfaService>;

  // ---- passkeys and devices ------------------------------------------------------------------------------
  /** WebAuthn usable here and not ruled out by the configuration (`passwordless` without `web_authn`). */
  passkeysAllowed(): Promise<boolean>;
  /** Every passkey of the signed-in user (`listWebAuthnCredentials`, all pages). */
  listPasskeys(): Promise<AccountPasskey[]>;
  deletePasskey(credentialId: string): Promise<void>;
  /** The devices Cognito tracks for the user (`fetchDevices`) and this one's key. */
  listDevices(): Promise<AccountDevices>;
  /** Forgets a device (`forgetDevice({ device })`); this browser's own: Amplify forgets its device key too. */
  forgetDevice(deviceKey: string): Promise<void>;
}
