/**
 * The sign-in flow: turns each Amplify result or error into the next step, in one place. It knows no DOM:
 * the host element renders `state`, calls one method per user action, and turns the sink calls into events.
 */
import type {
  AuthFlowType,
  AuthHubEvent,
  AuthService,
  FirstFactor,
  SignedInUser,
  SignInRequest,
  SignInResult,
} from './auth-service.js';
import { toFlowError, type FlowError } from './errors.js';
import type { AuthErrorDetail, AuthSignedInDetail } from './events.js';
import { passkeyPromptSkipped, rememberPasskeyPromptSkipped } from './passkey-prompt-memory.js';
import { PendingStore } from './pending-record.js';
import { firstFactorChoices, stepDataOf, type StepData } from './step-data.js';
import { CODE_DELIVERY_STEPS, isKnownStep, RESUMABLE_STEPS, SESSIONLESS_STEPS, type Step } from './steps.js';
import { totpUri } from './totp-uri.js';
import { checkCode, checkEmail, checkNewPassword, normalizeCode, requireFields } from './validation.js';

export interface FlowOptions {
  authFlowType: AuthFlowType;
  preferredChallenge?: FirstFactor;
  totpIssuer: string;
  passkeyPrompt: 'after-sign-in' | 'never';
  /** As the `social-providers` attribute lists them: `google facebook apple amazon` or custom names. */
  socialProviders: string[];
}

const KNOWN_PROVIDERS: Record<string, string> = {
  google: 'Google',
  facebook: 'Facebook',
  apple: 'Apple',
  amazon: 'Amazon',
};

/** What the flow tells its host. */
export interface FlowSink {
  /** The step changed: render the new step, focus it, then announce it. */
  stepChanged(step: Step, previous: Step | null): void;
  signedIn(detail: AuthSignedInDetail): void;
  signedOut(): void;
  error(detail: AuthErrorDetail): void;
  passkeyRegistered(): void;
}

export interface Notice {
  messageId: string;
  values?: Record<string, string | undefined>;
}

export interface FlowState {
  /** `undefined` until startup ends. */
  step?: Step;
  /** What the user typed as username (kept across steps, prefilled when going back). */
  username: string;
  data: StepData;
  /** TOTP setup only, in memory only. */
  totp?: { secret: string; uri: string };
  error?: FlowError;
  notice?: Notice;
  busy: boolean;
  user?: SignedInUser;
}

/** The sign-in being made, in memory only, so a code can be resent by starting it again. */
interface Attempt {
  request: SignInRequest;
  /** Selections made since (`SMS`, `EMAIL_OTP`, …) and the email given at email MFA setup, replayed when starting again. */
  choices: string[];
}

/** Records of steps needing no Amplify session live as long as their codes might. */
const SESSIONLESS_TTL_MS = 60 * 60 * 1000;
const SELECTION_STEPS: readonly Step[] = [
  'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
  'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION',
  'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
];
/** Steps whose answer is replayed when a code is resent: the selections, and the email of email MFA setup. */
const REPLAYED_STEPS: readonly Step[] = [...SELECTION_STEPS, 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP'];
/** On these steps the code or answer field has another name. */
const FIELD_ALIASES: Record<string, Record<string, string>> = {
  CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE: { code: 'answer' },
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: { code: 'email' },
};
const FIELD_BY_ERROR_ON_STEP: Record<string, Record<string, string>> = {
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: { InvalidParameterException: 'email' },
};
/** Errors after which Amplify's in-progress sign-in is gone: the user starts over. */
const SESSION_ENDING = ['NotAuthorizedException', 'SignInException'];

export class FlowController {
  state: FlowState = { username: '', data: {}, busy: false };
  private attempt?: Attempt;
  private readonly listeners = new Set<() => void>();
  private unsubscribeHub?: () => void;
  private signingOut = false;

  constructor(
    readonly service: AuthService,
    private readonly options: () => FlowOptions,
    private readonly sink: FlowSink,
    private readonly pending = new PendingStore(),
  ) {}

  /** Calls `listener` after every change of `state`; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** `SIGN_IN` asks for a password too (not for `CUSTOM_WITHOUT_SRP`, nor `USER_AUTH` without a password preference). */
  get signInNeedsPassword(): boolean {
    const { authFlowType } = this.options();
    if (authFlowType === 'CUSTOM_WITHOUT_SRP') return false;
    if (authFlowType !== 'USER_AUTH') return true;
    const preference = this.preferredChallenge();
    return preference === 'PASSWORD' || preference === 'PASSWORD_SRP';
  }

  /** Social providers as Amplify's `signInWithRedirect` names them; none without OAuth settings. */
  get socialProviders(): string[] {
    if (!this.service.hasOAuth()) return [];
    return this.options().socialProviders.map((name) => KNOWN_PROVIDERS[name.toLowerCase()] ?? name);
  }

  /** A new code can be asked for on this step (SMS/email codes only while the typed credentials are in memory). */
  get canResend(): boolean {
    const { step } = this.state;
    if (step === 'CONFIRM_SIGN_UP' || step === 'CONFIRM_RESET_PASSWORD') return Boolean(this.state.username);
    return CODE_DELIVERY_STEPS.includes(step ?? '') && Boolean(this.attempt);
  }

  // ---- startup -------------------------------------------------------------------------------------------

  /**
   * Ends startup: after `configure`, a signed-in user goes to `DONE`, a pending sign-in resumes, anyone else
   * gets `SIGN_IN`. A configuration that fails leaves `SIGN_IN` with the error.
   */
  async start(configure: () => Promise<void> = async () => {}): Promise<void> {
    try {
      await configure();
    } catch (error) {
      this.go('SIGN_IN');
      return this.fail(error, { messageId: 'error.configuration' });
    }
    this.unsubscribeHub ??= this.service.onAuthEvent((event) => void this.onAuthEvent(event));
    const user = await this.service.currentUser();
    if (user) {
      this.announceSignedIn(user);
      this.go('DONE', { user, username: user.loginId ?? user.username });
      return;
    }
    const record = this.pending.load();
    if (!record) return this.go('SIGN_IN');
    if (record.expired && !SESSIONLESS_STEPS.includes(record.step)) {
      return this.startOver(
        record.username,
        toFlowError({ name: 'SignInException', message: 'Sign-in session expired' }),
      );
    }
    if (record.step === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') {
      return this.startOver(record.username, undefined, { messageId: 'notice.totpSetupRestart' });
    }
    this.go(record.step, { username: record.username, data: record.data });
  }

  dispose() {
    this.unsubscribeHub?.();
    this.unsubscribeHub = undefined;
  }

  // ---- user actions --------------------------------------------------------------------------------------

  signIn(values: { username?: string; password?: string }): Promise<void> {
    const username = values.username?.trim() ?? '';
    const needsPassword = this.signInNeedsPassword;
    const invalid = requireFields(
      { username, password: values.password },
      needsPassword ? ['username', 'password'] : ['username'],
    );
    if (invalid) return this.reject(invalid);
    const { authFlowType } = this.options();
    const request: SignInRequest = {
      username,
      authFlowType,
      ...(needsPassword ? { password: values.password } : {}),
      ...(authFlowType === 'USER_AUTH' && this.options().preferredChallenge
        ? { preferredChallenge: this.options().preferredChallenge }
        : {}),
    };
    return this.run(async () => {
      this.update({ username });
      await this.startAttempt(request);
    });
  }

  /** A one-time code: sign-in MFA, TOTP setup, confirm sign-up. */
  submitCode(rawCode: string): Promise<void> {
    const code = normalizeCode(rawCode ?? '');
    const invalid = checkCode(code);
    if (invalid) return this.reject(invalid);
    if (this.state.step === 'CONFIRM_SIGN_UP') return this.run(() => this.confirmSignUp(code));
    return this.respond(code);
  }

  /** A button of MFA selection, MFA setup selection or first-factor selection. */
  choose(choice: string): Promise<void> {
    return this.respond(choice, undefined, true);
  }

  /** `CONFIRM_SIGN_IN_WITH_PASSWORD`. */
  submitPassword(password: string): Promise<void> {
    const invalid = requireFields({ password }, ['password']);
    return invalid ? this.reject(invalid) : this.respond(password);
  }

  submitAnswer(answer: string): Promise<void> {
    const invalid = requireFields({ answer }, ['answer']);
    return invalid ? this.reject(invalid) : this.respond(answer.trim());
  }

  submitEmail(email: string): Promise<void> {
    const invalid = checkEmail(email ?? '');
    return invalid ? this.reject(invalid) : this.respond(email.trim());
  }

  /** `CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED`, with the missing attributes. */
  submitNewPassword(values: { newPassword: string; confirmPassword: string; attributes?: Record<string, string> }) {
    const attributes = values.attributes ?? {};
    const invalid =
      checkNewPassword(values.newPassword, values.confirmPassword) ??
      requireFields(attributes, this.state.data.missingAttributes ?? []);
    if (invalid) return this.reject(invalid);
    const userAttributes = Object.keys(attributes).length ? attributes : undefined;
    return this.respond(values.newPassword, userAttributes);
  }

  /** "Forgot password": the reset screen, username prefilled with what was typed. */
  forgotPassword(username = this.state.username) {
    this.attempt = undefined;
    this.go('RESET_PASSWORD', { username: username.trim(), data: {} });
  }

  /** `RESET_PASSWORD`: sends the code. */
  sendResetCode(rawUsername: string): Promise<void> {
    const username = rawUsername?.trim() ?? '';
    const invalid = requireFields({ username }, ['username']);
    if (invalid) return this.reject(invalid);
    return this.run(async () => {
      this.update({ username });
      const codeDelivery = await this.service.resetPassword(username);
      this.go('CONFIRM_RESET_PASSWORD', { data: { codeDelivery } });
    });
  }

  /** `CONFIRM_RESET_PASSWORD`: sets the new password, then signs in with it. */
  confirmResetPassword(values: { code: string; newPassword: string; confirmPassword: string }): Promise<void> {
    const code = normalizeCode(values.code ?? '');
    const invalid = checkCode(code) ?? checkNewPassword(values.newPassword, values.confirmPassword);
    if (invalid) return this.reject(invalid);
    const { username } = this.state;
    return this.run(async () => {
      await this.service.confirmResetPassword(username, code, values.newPassword);
      const request = this.passwordSignInRequest(username, values.newPassword);
      if (!request) return this.startOver(username, undefined, { messageId: 'notice.passwordReset' });
      await this.startAttempt(request);
    });
  }

  resendCode(): Promise<void> {
    if (!this.canResend) return Promise.resolve();
    const { step, username } = this.state;
    return this.run(async () => {
      if (step === 'CONFIRM_SIGN_UP' || step === 'CONFIRM_RESET_PASSWORD') {
        const codeDelivery = await (step === 'CONFIRM_SIGN_UP'
          ? this.service.resendSignUpCode(username)
          : this.service.resetPassword(username));
        this.update({ data: { ...this.state.data, codeDelivery }, notice: resentNotice(codeDelivery.destination) });
        return;
      }
      const attempt = this.attempt!;
      let result = await this.service.signIn(attempt.request);
      for (const choice of attempt.choices) {
        if (!REPLAYED_STEPS.includes(result.nextStep.signInStep)) break;
        result = await this.service.confirmSignIn({ challengeResponse: choice });
      }
      await this.follow(result);
      this.update({ notice: resentNotice(this.state.data.codeDelivery?.destination) });
    });
  }

  /** Back to `SIGN_IN`, keeping the username; the public `restart()`. */
  restart() {
    this.attempt = undefined;
    this.go('SIGN_IN', { data: {}, totp: undefined });
  }

  signOut(): Promise<void> {
    return this.run(async () => {
      this.signingOut = true;
      try {
        await this.service.signOut();
      } finally {
        this.signingOut = false;
      }
      this.afterSignOut();
    });
  }

  signInWithProvider(provider: string): Promise<void> {
    return this.run(() => this.service.signInWithRedirect(provider));
  }

  registerPasskey(): Promise<void> {
    return this.run(async () => {
      await this.service.registerPasskey();
      this.sink.passkeyRegistered();
      this.go('DONE', { notice: { messageId: 'notice.passkeyRegistered' } });
    });
  }

  skipPasskey() {
    if (this.state.user) rememberPasskeyPromptSkipped(this.state.user.userId);
    this.go('DONE');
  }

  // ---- results -------------------------------------------------------------------------------------------

  private preferredChallenge(): FirstFactor | undefined {
    return this.options().preferredChallenge ?? this.service.configuredPreferredChallenge();
  }

  /** How to sign in with a password just set, in the configured flow; `undefined` where the flow takes none. */
  private passwordSignInRequest(username: string, password: string): SignInRequest | undefined {
    const { authFlowType } = this.options();
    if (authFlowType === 'CUSTOM_WITHOUT_SRP') return undefined;
    if (authFlowType === 'USER_AUTH') return { username, password, authFlowType, preferredChallenge: 'PASSWORD_SRP' };
    return { username, password, authFlowType };
  }

  private async startAttempt(request: SignInRequest) {
    this.attempt = { request, choices: [] };
    let result: SignInResult;
    try {
      result = await this.service.signIn(request);
    } catch (error) {
      const name = toFlowError(error).name;
      if (name === 'UserAlreadyAuthenticatedException') {
        await this.completeSignIn();
        return this.fail(error);
      }
      // A preference that cannot be used, or a cancelled passkey (Amplify dropped the sign-in): offer the choice.
      if (!request.preferredChallenge || !(name === 'InvalidPreferredChallenge' || name.startsWith('Passkey')))
        throw error;
      const { preferredChallenge: _dropped, ...withoutPreference } = request;
      this.attempt = { request: withoutPreference, choices: [] };
      await this.follow(await this.service.signIn(withoutPreference));
      this.fail(error);
      return;
    }
    await this.follow(result);
  }

  private respond(challengeResponse: string, userAttributes?: Record<string, string>, isChoice = false) {
    return this.run(async () => {
      const before = this.state.step;
      const result = await this.service.confirmSignIn({ challengeResponse, userAttributes });
      if (isChoice || before === 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP') this.attempt?.choices.push(challengeResponse);
      await this.follow(result);
      if (before === 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' && this.state.step === before) {
        // Cognito answered a wrong answer with a new challenge.
        this.fail(
          { name: 'WrongAnswer', message: 'Incorrect answer' },
          { messageId: 'error.wrongAnswer', field: 'answer' },
        );
      }
    });
  }

  private async confirmSignUp(code: string) {
    const { username } = this.state;
    await this.service.confirmSignUp(username, code);
    if (this.attempt) return this.startAttempt(this.attempt.request);
    this.startOver(username, undefined, { messageId: 'notice.accountConfirmed' });
  }

  /** Goes where an Amplify sign-in result leads. */
  private async follow(result: SignInResult): Promise<void> {
    const { nextStep } = result;
    const step = nextStep.signInStep;
    if (result.isSignedIn || step === 'DONE') return this.completeSignIn();
    switch (step) {
      case 'CONFIRM_SIGN_UP': {
        // Cognito sends no code when a sign-in meets an unconfirmed account: ask for one.
        const codeDelivery = await this.service.resendSignUpCode(this.state.username).catch(() => ({}));
        return this.go(step, { data: { codeDelivery } });
      }
      case 'RESET_PASSWORD':
        return this.go(step, { data: {}, notice: { messageId: 'hint.resetRequired' } });
      case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP': {
        const secret = nextStep.totpSetupDetails?.sharedSecret ?? '';
        const uri = totpUri(this.options().totpIssuer, this.state.username, secret);
        return this.go(step, { data: {}, totp: { secret, uri } });
      }
      case 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION': {
        const supported = await this.service.supportsPasskeys().catch(() => false);
        const availableChallenges = firstFactorChoices(nextStep.availableChallenges ?? [], supported);
        return this.go(step, { data: { availableChallenges } });
      }
    }
    this.go(step, { data: stepDataOf(nextStep) });
    if (!isKnownStep(step)) {
      this.fail({ name: 'UnknownStep', message: `Unknown sign-in step ${step}` }, { messageId: 'error.unknownStep' });
    }
  }

  private async completeSignIn() {
    const user = await this.service.currentUser();
    if (!user) throw { name: 'SignInException', message: 'Signed in, but no user was found' };
    this.attempt = undefined;
    this.announceSignedIn(user);
    if (await this.shouldOfferPasskey(user)) return this.go('PASSKEY_PROMPT', { user });
    this.go('DONE', { user });
  }

  private announceSignedIn(user: SignedInUser) {
    const loginId = user.loginId ?? (this.state.username || undefined);
    this.sink.signedIn({ username: user.username, userId: user.userId, ...(loginId ? { loginId } : {}) });
  }

  private async shouldOfferPasskey(user: SignedInUser): Promise<boolean> {
    if (this.options().passkeyPrompt !== 'after-sign-in' || passkeyPromptSkipped(user.userId)) return false;
    try {
      return (await this.service.platformAuthenticatorAvailable()) && (await this.service.countPasskeys()) === 0;
    } catch {
      return false;
    }
  }

  private async onAuthEvent(hub: AuthHubEvent) {
    const signedIn = this.state.step === 'DONE' || this.state.step === 'PASSKEY_PROMPT';
    switch (hub.event) {
      case 'signedOut':
      case 'tokenRefresh_failure':
        if (signedIn && !this.signingOut) this.afterSignOut();
        return;
      case 'signedIn':
      case 'signInWithRedirect':
        if (!signedIn && !this.state.busy && this.state.step !== undefined) await this.run(() => this.completeSignIn());
        return;
      case 'signInWithRedirect_failure':
        this.go('SIGN_IN', { data: {} });
        this.fail(hub.error ?? { name: 'OAuthSignInException', message: 'Social sign-in failed' }, {
          messageId: 'error.socialSignIn',
        });
    }
  }

  private afterSignOut() {
    this.attempt = undefined;
    this.sink.signedOut();
    this.go('SIGN_IN', { user: undefined, data: {}, notice: { messageId: 'notice.signedOut' } });
  }

  // ---- state ---------------------------------------------------------------------------------------------

  /** Back to `SIGN_IN` with the username kept, and why. */
  private startOver(username: string, error?: FlowError, notice?: Notice) {
    this.attempt = undefined;
    this.go('SIGN_IN', { username, data: {}, totp: undefined, notice });
    if (error) this.fail(error);
  }

  private go(step: Step, patch: Partial<FlowState> = {}) {
    const previous = this.state.step ?? null;
    this.update({ error: undefined, notice: undefined, ...patch, step });
    this.persist(step);
    if (step !== previous) this.sink.stepChanged(step, previous);
  }

  private persist(step: Step) {
    const { username, data } = this.state;
    if (RESUMABLE_STEPS.includes(step) || step === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') {
      this.pending.save(step, username, data);
    } else if (SESSIONLESS_STEPS.includes(step)) {
      this.pending.save(step, username, data, SESSIONLESS_TTL_MS);
    } else {
      this.pending.clear();
    }
  }

  private update(patch: Partial<FlowState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Runs one call at a time: a second submit while one is under way is ignored. */
  private async run(task: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.update({ busy: true, error: undefined, notice: undefined });
    try {
      await task();
    } catch (error) {
      const name = toFlowError(error).name;
      if (SESSION_ENDING.includes(name) && this.state.step !== 'SIGN_IN' && this.inSignInSession()) {
        const flowError = toFlowError(error);
        const sessionEnded =
          flowError.messageId === 'error.notAuthorized' && this.state.step !== 'CONFIRM_SIGN_IN_WITH_PASSWORD';
        this.startOver(
          this.state.username,
          sessionEnded ? { ...flowError, messageId: 'error.signInEnded' } : flowError,
        );
      } else {
        this.fail(error);
      }
    } finally {
      this.update({ busy: false });
    }
  }

  /** Steps that live on Amplify's in-progress sign-in session. */
  private inSignInSession() {
    return RESUMABLE_STEPS.includes(this.state.step ?? '') || this.state.step === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP';
  }

  /** Input rejected before any call. */
  private reject(error: FlowError): Promise<void> {
    this.fail(error);
    return Promise.resolve();
  }

  private fail(error: unknown, override?: Partial<FlowError>) {
    const flowError = { ...(isFlowError(error) ? error : toFlowError(error)), ...override };
    const step = this.state.step ?? '';
    const field =
      FIELD_BY_ERROR_ON_STEP[step]?.[flowError.name] ??
      (flowError.field && FIELD_ALIASES[step]?.[flowError.field]) ??
      flowError.field;
    this.update({ error: { ...flowError, field } });
    this.sink.error({ step: this.state.step ?? null, name: flowError.name, message: flowError.message });
  }
}

const isFlowError = (error: unknown): error is FlowError =>
  Boolean(error && typeof error === 'object' && 'messageId' in error);

const resentNotice = (destination?: string): Notice =>
  destination
    ? { messageId: 'hint.codeResent', values: { destination } }
    : { messageId: 'hint.codeResentNoDestination' };
