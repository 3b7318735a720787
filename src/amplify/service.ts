/** The auth service backed by Amplify JS v6: the only module (with `src/amplify/`) that imports `aws-amplify`. */
import type { ResourcesConfig } from 'aws-amplify';
import { Amplify, configureAmplify } from './amplify.js';
import { confirmSignIn, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import { Hub, parseAmplifyConfig } from 'aws-amplify/utils';
import type {
  AuthHubEvent,
  AuthService,
  ClientMetadata,
  CodeDelivery,
  ContactAttribute,
  FirstFactor,
  RedirectFailure,
  ServiceConfiguration,
  SignInResult,
  SignUpRequest,
  SignUpResult,
  SignUpSettings,
} from '../auth-service.js';
import type { PasswordPolicy } from '../flow/password-policy.js';
import { mergeAuthSettings, type AmplifyConfiguration } from './configuration.js';
import { loginIdFromIdToken } from './id-token.js';
import { signUpSettingsOf, verificationTypesOf } from './sign-up-settings.js';
import { identifierKind, type IdentifierKind } from '../identifier-kind.js';

/** Amplify's error when the person came back without finishing (back button, reload before the provider). */
const isCancelled = (error: unknown) => (error as Error | undefined)?.message === 'User cancelled OAuth flow.';

/**
 * The app's configuration, through Amplify's public `getConfig()`, without the warning it prints when nothing is
 * configured yet (the widget is often the first to configure: the CDN build always is).
 */
function appConfiguration(): ResourcesConfig {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return Amplify.getConfig();
  } finally {
    console.warn = warn;
  }
}

const cognitoConfig = () => Amplify.getConfig().Auth?.Cognito;

const delivery = (details?: {
  destination?: string;
  deliveryMedium?: string;
  attributeName?: string;
}): CodeDelivery => ({
  destination: details?.destination,
  deliveryMedium: details?.deliveryMedium,
  attributeName: details?.attributeName,
});

export class AmplifyAuthService implements AuthService {
  private redirectFailure?: RedirectFailure;
  /** `user_verification_types` of the configuration the widget was given (Amplify's parser drops it). */
  private verificationTypes?: ContactAttribute[];

  async configure({ config, userPoolEndpoint }: ServiceConfiguration): Promise<void> {
    if (!config && !userPoolEndpoint) return;
    this.verificationTypes = verificationTypesOf(config);
    // The app's own configuration (API, Storage, its Auth) through Amplify's public API; only Auth changes.
    const merged = mergeAuthSettings(
      appConfiguration(),
      config ? parseAmplifyConfig(config as AmplifyConfiguration) : undefined,
      userPoolEndpoint,
    );
    configureAmplify(merged);
    const cognito = merged.Auth?.Cognito;
    const { loginWith, userPoolClientId } = cognito as { loginWith?: { oauth?: unknown }; userPoolClientId?: string };
    if (!loginWith?.oauth || !userPoolClientId) return;
    // A return from the hosted UI completes once Amplify's OAuth listener loads: watch it from before then.
    const { watchReturn } = await import('./redirect-return.js');
    const watch = watchReturn(userPoolClientId, isCancelled);
    await import('./redirect.js');
    this.redirectFailure = await watch.failure();
  }

  takeRedirectFailure(): RedirectFailure | undefined {
    const failure = this.redirectFailure;
    this.redirectFailure = undefined;
    return failure;
  }

  hasOAuth(): boolean {
    return Boolean(cognitoConfig()?.loginWith?.oauth);
  }

  identifierKind(loginMechanism?: string): IdentifierKind {
    return identifierKind(Amplify.getConfig(), loginMechanism);
  }

  passwordPolicy(): PasswordPolicy | undefined {
    const format = cognitoConfig()?.passwordFormat;
    if (!format) return undefined;
    return {
      minLength: format.minLength,
      requireLowercase: format.requireLowercase,
      requireUppercase: format.requireUppercase,
      requireNumbers: format.requireNumbers,
      requireSymbols: format.requireSpecialCharacters,
    };
  }

  signUpSettings(): SignUpSettings {
    return signUpSettingsOf(cognitoConfig(), this.verificationTypes);
  }

  configuredPreferredChallenge(): FirstFactor | undefined {
    return cognitoConfig()?.passwordless?.preferredChallenge as FirstFactor | undefined;
  }

  async currentUser() {
    try {
      const user = await getCurrentUser();
      // The ID token names the person (not a UUID username, not `google_…`); else what was typed.
      const fromToken = await loginIdFromIdToken();
      return { username: user.username, userId: user.userId, loginId: fromToken ?? user.signInDetails?.loginId };
    } catch (error) {
      if ((error as Error | undefined)?.name === 'UserUnAuthenticatedException') return undefined;
      // A refresh that failed on the network or a 5xx keeps the tokens: the user is still signed in.
      const { heldUser } = await import('./held-session.js');
      return heldUser();
    }
  }

  async holdsSession() {
    const { holdsSession } = await import('./held-session.js');
    return holdsSession();
  }

  async rememberDevice() {
    const { rememberDevice } = await import('./account.js');
    await rememberDevice();
  }

  signIn(
    { username, password, authFlowType, preferredChallenge }: Parameters<AuthService['signIn']>[0],
    clientMetadata?: ClientMetadata,
  ) {
    return signIn({
      username,
      password,
      options: { authFlowType, ...(preferredChallenge ? { preferredChallenge } : {}), clientMetadata },
    }) as Promise<SignInResult>;
  }

  confirmSignIn(
    { challengeResponse, userAttributes }: Parameters<AuthService['confirmSignIn']>[0],
    clientMetadata?: ClientMetadata,
  ) {
    return confirmSignIn({ challengeResponse, options: { userAttributes, clientMetadata } }) as Promise<SignInResult>;
  }

  signOut() {
    return signOut();
  }

  async resetPassword(username: string, clientMetadata?: ClientMetadata) {
    const { resetPassword } = await import('./account.js');
    const result = await resetPassword({ username, options: { clientMetadata } });
    return delivery(result.nextStep.codeDeliveryDetails);
  }

  async confirmResetPassword(
    username: string,
    confirmationCode: string,
    newPassword: string,
    clientMetadata?: ClientMetadata,
  ) {
    const { confirmResetPassword } = await import('./account.js');
    await confirmResetPassword({ username, confirmationCode, newPassword, options: { clientMetadata } });
  }

  async signUp({ username, password, userAttributes, autoSignIn }: SignUpRequest, clientMetadata?: ClientMetadata) {
    const { signUp } = await import('./account.js');
    // The auto sign-in carries the metadata too (Amplify's `autoSignIn()` takes no options of its own).
    // `true` is the widget's `USER_SRP_AUTH` (`autoSignInOption`).
    const signInOptions = autoSignIn === true ? { authFlowType: 'USER_SRP_AUTH' as const } : autoSignIn;
    const signInWith = clientMetadata ? { ...signInOptions, clientMetadata } : autoSignIn;
    const options = { userAttributes, autoSignIn: signInWith, clientMetadata };
    return (await signUp({ username, ...(password ? { password } : {}), options })) as SignUpResult;
  }

  async confirmSignUp(username: string, confirmationCode: string, clientMetadata?: ClientMetadata) {
    const { confirmSignUp } = await import('./account.js');
    return (await confirmSignUp({ username, confirmationCode, options: { clientMetadata } })) as SignUpResult;
  }

  async resendSignUpCode(username: string, clientMetadata?: ClientMetadata) {
    const { resendSignUpCode } = await import('./account.js');
    return delivery(await resendSignUpCode({ username, options: { clientMetadata } }));
  }

  async autoSignIn() {
    const { autoSignIn } = await import('./account.js');
    return (await autoSignIn()) as SignInResult;
  }

  async fetchUserAttributes() {
    const { fetchUserAttributes } = await import('./account.js');
    return fetchUserAttributes();
  }

  async sendUserAttributeVerificationCode(userAttributeKey: ContactAttribute, clientMetadata?: ClientMetadata) {
    const { sendUserAttributeVerificationCode } = await import('./account.js');
    const options = { clientMetadata };
    return delivery(await sendUserAttributeVerificationCode({ userAttributeKey, options }));
  }

  async confirmUserAttribute(userAttributeKey: ContactAttribute, confirmationCode: string) {
    const { confirmUserAttribute } = await import('./account.js');
    await confirmUserAttribute({ userAttributeKey, confirmationCode });
  }

  async signInWithRedirect(provider: string) {
    const { signInWithRedirect } = await import('./redirect.js');
    const known = ['Google', 'Facebook', 'Amazon', 'Apple'];
    await signInWithRedirect({
      provider: known.includes(provider) ? (provider as 'Google') : { custom: provider },
    });
  }

  async supportsPasskeys() {
    const { browserSupportsWebAuthn } = await import('./passkeys.js');
    return globalThis.isSecureContext === true && browserSupportsWebAuthn();
  }

  async platformAuthenticatorAvailable() {
    const { platformAuthenticatorIsAvailable } = await import('./passkeys.js');
    return (await this.supportsPasskeys()) && platformAuthenticatorIsAvailable();
  }

  async countPasskeys() {
    const { listWebAuthnCredentials } = await import('./passkeys.js');
    const { credentials } = await listWebAuthnCredentials();
    return credentials.length;
  }

  async registerPasskey() {
    const { associateWebAuthnCredential } = await import('./passkeys.js');
    await associateWebAuthnCredential();
  }

  /** Hub news of this tab, and (Amplify 6.22+) of other tabs: the `storage` event on Amplify's own token keys. */
  onAuthEvent(listener: (event: AuthHubEvent) => void): () => void {
    return Hub.listen(
      'auth',
      ({ payload }) => {
        if (payload.event !== 'signInWithRedirect_failure') return listener(payload as AuthHubEvent);
        const error = (payload as { data?: { error?: unknown } }).data?.error;
        listener({ event: payload.event, error, canceled: isCancelled(error) });
      },
      { enableCrossTabEvents: true },
    );
  }
}
