/**
 * A scriptable stand-in for the Amplify auth service: each method answers with what the test queued,
 * and every call is recorded so a test can assert what the widget sent.
 */
import { identifierKind, type IdentifierKind } from '../../src/identifier-kind.js';
import type { MfaPreference, MfaService, MfaSetting, PoolMfa } from '../../src/mfa-service.js';
import type {
  AccountDevices,
  AccountPasskey,
  MfaType,
  ClientMetadata,
  AuthHubEvent,
  AccountService,
  AttributeUpdate,
  CodeDelivery,
  ConfirmSignInRequest,
  ContactAttribute,
  FirstFactor,
  RedirectFailure,
  SignedInUser,
  SignInRequest,
  SignInResult,
  SignUpRequest,
  SignUpResult,
  SignUpSettings,
} from '../../src/auth-service.js';
import type { PasswordPolicy } from '../../src/flow/password-policy.js';

type Answer<T> = T | Error | (() => T | Promise<T>);

export interface Call {
  method: string;
  args: unknown[];
}

export const step = (signInStep: string, extra: Record<string, unknown> = {}): SignInResult => ({
  isSignedIn: signInStep === 'DONE',
  nextStep: { signInStep, ...extra },
});

/**
 * A sign-in call the test did not script fails loudly (and is counted), so a test that forgets to script the
 * service cannot pass by accident.
 */
export const unscriptedCalls: string[] = [];
const unscripted = (method: string) => (): never => {
  unscriptedCalls.push(method);
  throw Object.assign(new Error(`unscripted call: ${method}`), { name: 'UnscriptedCall' });
};

export const signUpStep = (signUpStep: string, extra: Partial<SignUpResult> = {}): SignUpResult => ({
  isSignUpComplete: signUpStep !== 'CONFIRM_SIGN_UP',
  userId: 'sub-new',
  nextStep: { signUpStep },
  ...extra,
});

export const awsError = (name: string, message = name) => Object.assign(new Error(message), { name });

export class FakeAuthService implements AccountService, MfaService {
  calls: Call[] = [];
  /** The `clientMetadata` each call that takes it was given, in order (`undefined`: none). */
  metadata: { method: string; clientMetadata?: ClientMetadata }[] = [];

  /** Records the metadata a call was given. */
  private sent(method: string, clientMetadata: ClientMetadata | undefined) {
    this.metadata.push({ method, ...(clientMetadata ? { clientMetadata } : {}) });
  }
  user?: SignedInUser;
  oauth = false;
  preferred?: FirstFactor;
  passkeysSupported = true;
  platformAuthenticator = false;
  passkeyCount = 0;
  /** What `configure` met on a return from the hosted UI; `takeRedirectFailure` hands it out once. */
  redirectFailure?: RedirectFailure;
  private loginId?: string;
  private queues = new Map<string, Answer<unknown>[]>();
  private hubListeners = new Set<(event: AuthHubEvent) => void>();

  /** Queues what the next call of `method` answers (a value, an error to throw, or a function). */
  answer(method: keyof AccountService | keyof MfaService, ...answers: Answer<unknown>[]) {
    this.queues.set(method, [...(this.queues.get(method) ?? []), ...answers]);
    return this;
  }

  /** Calls of one method, in order. */
  callsOf(method: keyof AccountService | keyof MfaService) {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  emitHub(event: AuthHubEvent) {
    for (const listener of this.hubListeners) listener(event);
  }

  private async next<T>(method: string, args: unknown[], fallback: () => T): Promise<T> {
    this.calls.push({ method, args });
    const answer = this.queues.get(method)?.shift();
    if (answer === undefined) return fallback();
    if (answer instanceof Error) throw answer;
    return (typeof answer === 'function' ? await (answer as () => T)() : answer) as T;
  }

  async configure() {}
  /** What the fake pool signs in with (`undefined`: as the widget's attributes say). */
  identifier?: IdentifierKind;

  identifierKind(loginMechanism?: string) {
    return this.identifier ?? identifierKind(undefined, loginMechanism);
  }

  hasOAuth() {
    return this.oauth;
  }
  policy?: PasswordPolicy;
  passwordPolicy() {
    return this.policy;
  }
  configuredPreferredChallenge() {
    return this.preferred;
  }
  currentUser() {
    return this.next('currentUser', [], () => this.user);
  }
  takeRedirectFailure() {
    const failure = this.redirectFailure;
    this.redirectFailure = undefined;
    return failure;
  }
  async signIn(request: SignInRequest, clientMetadata?: ClientMetadata) {
    this.sent('signIn', clientMetadata);
    this.loginId = request.username;
    return this.signedInWhenDone(await this.next<SignInResult>('signIn', [request], unscripted('signIn')));
  }
  async confirmSignIn(request: ConfirmSignInRequest, clientMetadata?: ClientMetadata) {
    this.sent('confirmSignIn', clientMetadata);
    return this.signedInWhenDone(
      await this.next<SignInResult>('confirmSignIn', [request], unscripted('confirmSignIn')),
    );
  }
  /** A completed sign-in leaves a current user, as Amplify's tokens do. */
  private signedInWhenDone(result: SignInResult) {
    if (result.isSignedIn) this.user ??= signedInUser(this.loginId);
    return result;
  }
  async signOut() {
    await this.next('signOut', [], () => undefined);
    this.user = undefined;
    this.emitHub({ event: 'signedOut' });
  }
  resetPassword(username: string, clientMetadata?: ClientMetadata) {
    this.sent('resetPassword', clientMetadata);
    return this.next<CodeDelivery>('resetPassword', [username], () => ({
      destination: 'a***@e***',
      deliveryMedium: 'EMAIL',
    }));
  }
  confirmResetPassword(username: string, code: string, newPassword: string, clientMetadata?: ClientMetadata) {
    this.sent('confirmResetPassword', clientMetadata);
    return this.next<void>('confirmResetPassword', [username, code, newPassword], () => undefined);
  }
  /** What the configuration says about signing up (tests change it). */
  settings: SignUpSettings = {
    requiredAttributes: [],
    verificationAttributes: [],
    verificationMethod: 'code',
  };
  signUpSettings() {
    return this.settings;
  }
  signUp(request: SignUpRequest, clientMetadata?: ClientMetadata) {
    this.sent('signUp', clientMetadata);
    return this.next<SignUpResult>('signUp', [request], unscripted('signUp'));
  }
  confirmSignUp(username: string, code: string, clientMetadata?: ClientMetadata) {
    this.sent('confirmSignUp', clientMetadata);
    return this.next<SignUpResult>('confirmSignUp', [username, code], () => signUpStep('DONE'));
  }
  async autoSignIn() {
    return this.signedInWhenDone(await this.next<SignInResult>('autoSignIn', [], unscripted('autoSignIn')));
  }
  /** The signed-in user's attributes (`fetchUserAttributes`). */
  attributes: Partial<Record<string, string>> = {};
  fetchUserAttributes() {
    return this.next('fetchUserAttributes', [], () => this.attributes);
  }
  sendUserAttributeVerificationCode(attribute: ContactAttribute, clientMetadata?: ClientMetadata) {
    this.sent('sendUserAttributeVerificationCode', clientMetadata);
    return this.next<CodeDelivery>('sendUserAttributeVerificationCode', [attribute], () => ({
      destination: 'a***@e***',
      deliveryMedium: 'EMAIL',
      attributeName: attribute,
    }));
  }
  confirmUserAttribute(attribute: ContactAttribute, code: string) {
    return this.next<void>('confirmUserAttribute', [attribute, code], () => {
      const pending = this.pendingAttributes[attribute];
      if (pending === undefined) return;
      this.attributes[attribute] = pending;
      delete this.pendingAttributes[attribute];
    });
  }
  resendSignUpCode(username: string, clientMetadata?: ClientMetadata) {
    this.sent('resendSignUpCode', clientMetadata);
    return this.next<CodeDelivery>('resendSignUpCode', [username], () => ({
      destination: 'a***@e***',
      deliveryMedium: 'EMAIL',
    }));
  }
  signInWithRedirect(provider: string) {
    return this.next<void>('signInWithRedirect', [provider], () => undefined);
  }
  updatePassword(oldPassword: string, newPassword: string) {
    return this.next<void>('updatePassword', [oldPassword, newPassword], () => undefined);
  }
  async signOutEverywhere() {
    await this.next('signOutEverywhere', [], () => undefined);
    this.user = undefined;
    this.emitHub({ event: 'signedOut' });
  }
  async deleteUser() {
    await this.next('deleteUser', [], () => undefined);
    this.user = undefined;
    this.emitHub({ event: 'signedOut' });
  }
  /** Two-step verification: the user's MFA and the pool's, as a test sets them; changes apply to `mfa`. */
  mfaPreference: MfaPreference = { enabled: [] };
  poolMfaSettings: PoolMfa = { status: 'optional', types: ['TOTP', 'SMS'] };
  async mfa(): Promise<MfaService> {
    await this.next('mfa', [], () => undefined);
    return this;
  }
  fetchMfaPreference() {
    return this.next('fetchMfaPreference', [], () => ({
      ...this.mfaPreference,
      enabled: [...this.mfaPreference.enabled],
    }));
  }
  poolMfa() {
    return this.next('poolMfa', [], () => this.poolMfaSettings);
  }
  setUpTotp() {
    return this.next('setUpTotp', [], () => 'JBSWY3DPEHPK3PXP');
  }
  verifyTotpSetup(code: string) {
    return this.next<void>('verifyTotpSetup', [code], () => undefined);
  }
  updateMfaPreference(type: MfaType, setting: MfaSetting) {
    return this.next<void>('updateMfaPreference', [type, setting], () => {
      const others = this.mfaPreference.enabled.filter((enabled) => enabled !== type);
      const enabled = setting === 'DISABLED' ? others : [...others, type];
      const preferred =
        setting === 'PREFERRED'
          ? type
          : this.mfaPreference.preferred === type && setting === 'DISABLED'
            ? undefined
            : this.mfaPreference.preferred;
      this.mfaPreference = { enabled, ...(preferred ? { preferred } : {}) };
    });
  }
  /** The profile: a new email or phone number waits in `pendingAttributes` for its code (`confirmUserAttribute`). */
  pendingAttributes: Partial<Record<ContactAttribute, string>> = {};
  updateUserAttributes(attributes: Record<string, string>) {
    return this.next<AttributeUpdate>('updateUserAttributes', [attributes], () => {
      const pending: ContactAttribute[] = [];
      for (const [name, value] of Object.entries(attributes)) {
        if (name === 'email' || name === 'phone_number') {
          this.pendingAttributes[name] = value;
          pending.push(name);
        } else this.attributes[name] = value;
      }
      return { pending, ...(pending.length ? { destination: 'n***@e***' } : {}) };
    });
  }
  async supportsPasskeys() {
    return this.passkeysSupported;
  }
  async platformAuthenticatorAvailable() {
    return this.platformAuthenticator;
  }
  async countPasskeys() {
    return this.passkeyCount;
  }
  registerPasskey() {
    return this.next<void>('registerPasskey', [], () => undefined);
  }
  /** The signed-in user's passkeys and devices, as `<auth-account>` lists them (tests change them). */
  passkeys: AccountPasskey[] = [];
  devices: AccountDevices = { devices: [] };
  passkeysAllowed() {
    return this.next('passkeysAllowed', [], () => this.passkeysSupported);
  }
  listPasskeys() {
    return this.next('listPasskeys', [], () => [...this.passkeys]);
  }
  async deletePasskey(credentialId: string) {
    await this.next<void>('deletePasskey', [credentialId], () => undefined);
    this.passkeys = this.passkeys.filter((passkey) => passkey.id !== credentialId);
  }
  listDevices() {
    return this.next('listDevices', [], () => ({ ...this.devices, devices: [...this.devices.devices] }));
  }
  async forgetDevice(deviceKey: string) {
    await this.next<void>('forgetDevice', [deviceKey], () => undefined);
    const { devices, currentDeviceKey } = this.devices;
    this.devices = {
      devices: devices.filter((device) => device.id !== deviceKey),
      ...(currentDeviceKey && currentDeviceKey !== deviceKey ? { currentDeviceKey } : {}),
    };
  }
  rememberDevice() {
    return this.next<void>('rememberDevice', [], () => undefined);
  }
  /** Amplify holds tokens while there is a user (a failed refresh that kept them leaves `user` set). */
  async holdsSession() {
    return this.user !== undefined;
  }
  onAuthEvent(listener: (event: AuthHubEvent) => void) {
    this.hubListeners.add(listener);
    return () => this.hubListeners.delete(listener);
  }
}

/** Makes `currentUser` answer with a signed-in user from now on (what a completed sign-in leaves). */
export const signedInUser = (username = 'alice@example.com'): SignedInUser => ({
  username: 'a1b2c3',
  userId: 'sub-123',
  loginId: username,
});
