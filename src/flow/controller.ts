/**
 * The sign-in flow. It knows no DOM: the host renders `state`, sends every form through `submit(step, values)`
 * and the secondary actions through their methods, and turns the sink calls into events. Where each step leads
 * is in `steps.ts` (the table), `transitions.ts`, `errors.ts`, `resend.ts` and `resume.ts`; this class runs
 * the calls, one at a time, and drops any answer that arrives after the user has left the step that asked.
 */
import type { AuthHubEvent, AuthService, SignedInUser, SignInRequest, SignInResult } from '../auth-service.js';
import type { AuthErrorDetail, AuthSignedInDetail } from '../events.js';
import { passwordSignIn, readAnswer, type AnswerContext, type Call } from './answers.js';
import { afterError, isFlowError, placeError, toFlowError, type FlowError } from './errors.js';
import { preferredFirstFactor, providerNames, signInNeedsPassword, type FlowOptions } from './options.js';
import type { PageLock } from './page-lock.js';
import { checkPassword } from './password-policy.js';
import { offersRememberDevice, rememberThisDevice, shouldRemember } from './remember-device.js';
import { RESEND_COOLDOWN_MS, replaySignIn, resendPossible, sendCodeAgain, type Attempt } from './resend.js';
import { PendingStore, resumeTtl, type KeyValueStore } from './resume.js';
import { Store, type FlowState, type Notice } from './store.js';
import { inSignInSession, rowOf, type Step } from './steps.js';
import { offersFirstFactors, transition } from './transitions.js';

/** What the flow tells its host. */
export interface FlowSink {
  /** The step changed: render the new step, focus it, then announce it. */
  stepChanged(step: Step, previous: Step | null): void;
  signedIn(detail: AuthSignedInDetail): void;
  signedOut(): void;
  error(detail: AuthErrorDetail): void;
  passkeyRegistered(): void;
}

export interface FlowEnvironment {
  service: AuthService;
  options: () => FlowOptions;
  sink: FlowSink;
  /** The tab's session storage, for the pending record; none: nothing resumes after a reload. */
  sessionStore?: KeyValueStore;
  /** Local storage, to remember a declined passkey offer per user; none: it is offered again. */
  localStore?: Pick<Storage, 'getItem' | 'setItem'>;
  /** One sign-in at a time per page. */
  pageLock?: PageLock;
  now?: () => number;
}

/** What the screens derive from the state and options. */
export interface FlowView {
  needsPassword: boolean;
  socialProviders: string[];
  /** This step can send a new code (now or after `resendWaitMs`). */
  canResend: boolean;
  resendWaitMs: number;
  /** This step shows the "Remember this device" checkbox. */
  offerRememberDevice: boolean;
}

/** Thrown where an answer arrives after the user left the step that asked for it. */
const STALE = Symbol('stale answer');

export const passkeyPromptSkippedKey = (sub: string) => `auth-sign-in:passkey-prompt-skipped:${sub}`;

export class FlowController {
  private readonly store = new Store();
  private readonly pending: PendingStore;
  private readonly now: () => number;
  private attempt?: Attempt;
  /** Bumped by every user action that leaves a step: answers to calls made before land nowhere. */
  private generation = 0;
  /** Calls of this flow under way: Amplify's Hub `signedIn` during one of them is this flow's own. */
  private callsInFlight = 0;
  private unsubscribeHub?: () => void;
  /** "Remember this device" was ticked on the code step of this sign-in. */
  private rememberTicked = false;

  constructor(private readonly env: FlowEnvironment) {
    this.now = env.now ?? Date.now;
    this.pending = new PendingStore(env.sessionStore, this.now);
  }

  get state(): FlowState {
    return this.store.state;
  }

  get service(): AuthService {
    return this.env.service;
  }

  subscribe(listener: () => void): () => void {
    return this.store.subscribe(listener);
  }

  view(): FlowView {
    const options = this.env.options();
    const { step, username, resendAt } = this.state;
    return {
      needsPassword: signInNeedsPassword(options.authFlowType, this.preferred()),
      socialProviders: this.service.hasOAuth() ? providerNames(options.socialProviders) : [],
      canResend: resendPossible(step, username, Boolean(this.attempt)),
      resendWaitMs: Math.max(0, (resendAt ?? 0) - this.now()),
      offerRememberDevice: offersRememberDevice(options.rememberDevice, step),
    };
  }

  // ---- startup -------------------------------------------------------------------------------------------

  /** Ends startup: a signed-in user goes to `DONE`, a pending sign-in resumes, anyone else gets `SIGN_IN`. */
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
      this.pending.clear();
      this.announceSignedIn(user);
      return this.go('DONE', { user, username: user.loginId ?? user.username });
    }
    const record = this.pending.load();
    if (!record || this.env.pageLock?.heldByOther(this)) return this.go('SIGN_IN');
    if (record.expired && rowOf(record.step).resume !== 'sessionless') {
      return this.startOver(
        record.username,
        toFlowError({ name: 'SignInException', message: 'Sign-in session expired' }),
      );
    }
    if (rowOf(record.step).resume === 'restart') {
      return this.startOver(record.username, undefined, { messageId: 'notice.totpSetupRestart' });
    }
    if (inSignInSession(record.step)) this.env.pageLock?.claim(this);
    this.go(record.step, { username: record.username, data: record.data, expiresAt: record.expiresAt });
  }

  dispose() {
    this.unsubscribeHub?.();
    this.unsubscribeHub = undefined;
    this.env.pageLock?.release(this);
  }

  // ---- user actions --------------------------------------------------------------------------------------

  /** The one path of user input: the form of `step` was submitted with these values (`choice`: the button pressed). */
  submit(step: Step, values: Readonly<Record<string, string | undefined>>): Promise<void> {
    // The first screen shows (and takes a submit) while startup runs; any other form must be the current step's.
    const current = this.state.step ?? 'SIGN_IN';
    if (step !== current || this.state.busy) return Promise.resolve();
    const row = rowOf(step);
    const read = readAnswer(row.answer, values, this.answerContext());
    if (!read) return Promise.resolve();
    if (isFlowError(read)) return this.reject(read);
    return this.run(() => this.execute(read, step), row.answer === 'choice' ? values.choice : undefined);
  }

  /** "Forgot password": the reset screen, username prefilled with what was typed. */
  forgotPassword(username = this.state.username) {
    this.leave();
    this.go('RESET_PASSWORD', { username: username.trim(), data: {} });
  }

  resendCode(): Promise<void> {
    const { step, username } = this.state;
    if (!resendPossible(step, username, Boolean(this.attempt)) || this.view().resendWaitMs > 0)
      return Promise.resolve();
    return this.run(async () => {
      const resendAt = this.now() + RESEND_COOLDOWN_MS;
      if (rowOf(step).resend !== 'replay') {
        const codeDelivery = await this.call(() => sendCodeAgain(this.service, step!, username));
        // The hint already says where codes go: the notice only says a new one is on its way.
        const notice = { messageId: 'hint.codeResentNoDestination' };
        this.store.update({ data: { ...this.state.data, codeDelivery }, resendAt, notice });
        return;
      }
      await this.follow(await this.call(() => replaySignIn(this.service, this.attempt!)));
      this.store.update({ resendAt, notice: { messageId: 'hint.codeResentNoDestination' } });
    });
  }

  /** Back to `SIGN_IN`, keeping the username; the public `restart()`. */
  restart() {
    this.leave();
    this.startOver(this.state.username);
  }

  /** Signs out, whatever is under way: an answer still in flight lands nowhere (and is signed out if it signed in). */
  async signOut(): Promise<void> {
    this.leave();
    const generation = this.generation;
    this.callsInFlight++; // Hub's `signedOut` during the call is this one's
    try {
      await this.service.signOut();
    } catch (error) {
      if (generation === this.generation) this.fail(error);
      return;
    } finally {
      this.callsInFlight--;
    }
    if (generation === this.generation) this.afterSignOut();
  }

  signInWithProvider(provider: string): Promise<void> {
    if (!this.view().socialProviders.includes(provider)) return Promise.resolve();
    return this.run(() => this.call(() => this.service.signInWithRedirect(provider)));
  }

  skipPasskey() {
    const { user } = this.state;
    if (user) this.env.localStore?.setItem(passkeyPromptSkippedKey(user.userId), new Date().toISOString());
    this.go('DONE');
  }

  // ---- calls ---------------------------------------------------------------------------------------------

  private answerContext(): AnswerContext {
    const { authFlowType } = this.env.options();
    const preferred = this.preferred();
    return {
      authFlowType,
      preferred,
      needsPassword: signInNeedsPassword(authFlowType, preferred),
      missingAttributes: this.state.data.missingAttributes ?? [],
      checkPassword: (password) => checkPassword(this.service.passwordPolicy(), password),
    };
  }

  private preferred() {
    return preferredFirstFactor(this.env.options(), this.service.configuredPreferredChallenge());
  }

  private async execute(call: Call, step: Step): Promise<void> {
    const { username } = this.state;
    switch (call.kind) {
      case 'signIn':
        if (this.env.pageLock && !this.env.pageLock.claim(this)) {
          throw {
            name: 'SignInInProgress',
            message: 'Another sign-in is in progress on this page',
            messageId: 'error.signInElsewhere',
          };
        }
        this.store.update({ username: call.request.username });
        return this.startAttempt(call.request);
      case 'respond': {
        const before = this.state.data.additionalInfo;
        const request = { challengeResponse: call.response, userAttributes: call.userAttributes };
        this.rememberTicked = call.rememberDevice ?? this.rememberTicked;
        const result = await this.call(() => this.service.confirmSignIn(request));
        if (rowOf(step).replayed) this.attempt?.replayed.push(call.response);
        await this.follow(result);
        if (
          step === 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' &&
          this.state.step === step &&
          sameInfo(before, this.state.data.additionalInfo)
        ) {
          // Cognito asked the same question again: the answer was wrong.
          this.fail({
            name: 'WrongAnswer',
            message: 'Incorrect answer',
            messageId: 'error.wrongAnswer',
            field: 'answer',
          });
        }
        return;
      }
      case 'confirmSignUp':
        await this.call(() => this.service.confirmSignUp(username, call.code));
        if (this.attempt) return this.startAttempt(this.attempt.request);
        return this.startOver(username, undefined, { messageId: 'notice.accountConfirmed' });
      case 'resetRequest': {
        this.store.update({ username: call.username });
        const codeDelivery = await this.call(() => this.service.resetPassword(call.username));
        return this.go('CONFIRM_RESET_PASSWORD', { data: { codeDelivery } });
      }
      case 'resetConfirm': {
        await this.call(() => this.service.confirmResetPassword(username, call.code, call.newPassword));
        const request = passwordSignIn(this.env.options().authFlowType, username, call.newPassword);
        if (!request) return this.startOver(username, undefined, { messageId: 'notice.passwordReset' });
        return this.startAttempt(request);
      }
      case 'registerPasskey':
        await this.call(() => this.service.registerPasskey());
        this.env.sink.passkeyRegistered();
        return this.go('DONE', { notice: { messageId: 'notice.passkeyRegistered' } });
    }
  }

  private async startAttempt(request: SignInRequest) {
    this.attempt = { request, replayed: [] };
    let result: SignInResult;
    try {
      result = await this.call(() => this.service.signIn(request));
    } catch (error) {
      if (error === STALE) throw error;
      const name = toFlowError(error).name;
      if (name === 'UserAlreadyAuthenticatedException') {
        await this.completeSignIn();
        return this.fail(error);
      }
      // A preference that cannot be used, or a cancelled passkey (Amplify dropped the sign-in): offer the choice.
      if (!request.preferredChallenge || !(name === 'InvalidPreferredChallenge' || name.startsWith('Passkey')))
        throw error;
      const { preferredChallenge: _dropped, ...withoutPreference } = request;
      this.attempt = { request: withoutPreference, replayed: [] };
      await this.follow(await this.call(() => this.service.signIn(withoutPreference)));
      return this.fail(error);
    }
    await this.follow(result);
  }

  /** Goes where an Amplify sign-in result leads. */
  private async follow(result: SignInResult): Promise<void> {
    const passkeysSupported = offersFirstFactors(result)
      ? await this.call(() => this.service.supportsPasskeys().catch(() => false))
      : false;
    const { username } = this.state;
    const next = transition(result, { username, totpIssuer: this.env.options().totpIssuer, passkeysSupported });
    if (next.kind === 'signedIn') return this.completeSignIn();
    let { data } = next;
    if (next.needsSignUpCode) {
      const codeDelivery = await this.call(() => this.service.resendSignUpCode(username).catch(() => ({})));
      data = { codeDelivery };
    }
    this.go(next.step, { data, totp: next.totp, notice: next.notice });
    if (next.unknown) {
      this.fail({ name: 'UnknownStep', message: `Unknown sign-in step ${next.step}`, messageId: 'error.unknownStep' });
    }
  }

  private async completeSignIn() {
    const user = await this.call(() => this.service.currentUser());
    if (!user) throw { name: 'SignInException', message: 'Signed in, but no user was found' };
    this.attempt = undefined;
    if (shouldRemember(this.env.options().rememberDevice, this.rememberTicked))
      await this.call(() => rememberThisDevice(this.service));
    this.rememberTicked = false;
    this.announceSignedIn(user);
    if (await this.shouldOfferPasskey(user)) return this.go('PASSKEY_PROMPT', { user });
    this.go('DONE', { user });
  }

  private announceSignedIn(user: SignedInUser) {
    const loginId = user.loginId ?? (this.state.username || undefined);
    this.env.sink.signedIn({ username: user.username, userId: user.userId, ...(loginId ? { loginId } : {}) });
  }

  private async shouldOfferPasskey(user: SignedInUser): Promise<boolean> {
    if (this.env.options().passkeyPrompt !== 'after-sign-in') return false;
    if (this.env.localStore?.getItem(passkeyPromptSkippedKey(user.userId)) != null) return false;
    try {
      const available = await this.call(() => this.service.platformAuthenticatorAvailable());
      return available && (await this.call(() => this.service.countPasskeys())) === 0;
    } catch (error) {
      if (error === STALE) throw error;
      return false;
    }
  }

  private async onAuthEvent(hub: AuthHubEvent) {
    const signedIn = this.state.step === 'DONE' || this.state.step === 'PASSKEY_PROMPT';
    switch (hub.event) {
      case 'signedOut':
      case 'tokenRefresh_failure':
        if (signedIn && this.callsInFlight === 0) this.afterSignOut();
        return;
      case 'signedIn':
      case 'signInWithRedirect':
        if (!signedIn && !this.state.busy && this.callsInFlight === 0 && this.state.step !== undefined) {
          await this.run(() => this.completeSignIn());
        }
        return;
      case 'signInWithRedirect_failure':
        this.leave();
        this.go('SIGN_IN', { data: {} });
        this.fail(hub.error ?? { name: 'OAuthSignInException', message: 'Social sign-in failed' }, {
          messageId: 'error.socialSignIn',
        });
    }
  }

  private afterSignOut() {
    this.attempt = undefined;
    this.env.sink.signedOut();
    this.go('SIGN_IN', { user: undefined, data: {}, totp: undefined, notice: { messageId: 'notice.signedOut' } });
  }

  // ---- running calls -------------------------------------------------------------------------------------

  /**
   * One call to the service. Its answer is dropped (`STALE`) when the user has left the step meanwhile; a
   * dropped answer that signed the user in is signed out, so the widget and Cognito agree.
   */
  private async call<T>(request: () => Promise<T>): Promise<T> {
    const generation = this.generation;
    this.callsInFlight++;
    let value: T;
    try {
      value = await request();
    } catch (error) {
      throw generation === this.generation ? error : STALE;
    } finally {
      this.callsInFlight--;
    }
    if (generation === this.generation) return value;
    if (isSignedInResult(value) && this.state.step !== 'DONE' && this.state.step !== 'PASSKEY_PROMPT') {
      await this.service.signOut().catch(() => undefined);
    }
    throw STALE;
  }

  /** Runs one user action at a time: a second submit while one is under way is ignored. */
  private async run(task: () => Promise<void>, pressed?: string): Promise<void> {
    if (this.state.busy) return;
    const generation = this.generation;
    this.store.update({ busy: true, pressed, error: undefined, notice: undefined });
    try {
      await task();
    } catch (error) {
      if (error !== STALE && generation === this.generation) this.afterFailure(error);
    } finally {
      if (generation === this.generation) this.store.update({ busy: false, pressed: undefined });
    }
  }

  private afterFailure(error: unknown) {
    const flowError = toFlowError(error);
    const next = afterError(flowError, this.state.step);
    if (next.action === 'startOver') return this.startOver(this.state.username, next.error);
    this.fail(flowError);
  }

  /** The user leaves the step: whatever is in flight lands nowhere, and the next screen is usable at once. */
  private leave() {
    this.generation++;
    this.attempt = undefined;
    if (this.state.busy) this.store.update({ busy: false, pressed: undefined });
  }

  // ---- state ---------------------------------------------------------------------------------------------

  /** Back to `SIGN_IN` with the username kept, and why. */
  private startOver(username: string, error?: FlowError, notice?: Notice) {
    this.attempt = undefined;
    this.go('SIGN_IN', { username, data: {}, notice });
    if (error) this.fail(error);
  }

  private go(step: Step, patch: Partial<FlowState> = {}) {
    const previous = this.state.step ?? null;
    const changed = step !== previous;
    this.store.update({
      error: undefined,
      notice: undefined,
      ...(changed ? { resendAt: undefined } : {}),
      // Secrets live only while their step shows.
      ...(step === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' ? {} : { totp: undefined }),
      expiresAt: this.now() + resumeTtl(step),
      ...patch,
      step,
    });
    if (!inSignInSession(step)) {
      this.env.pageLock?.release(this);
      // The typed password is kept only while a code may have to be resent or an account confirmed.
      if (step !== 'CONFIRM_SIGN_UP') this.attempt = undefined;
    }
    this.persist();
    if (changed) this.env.sink.stepChanged(step, previous);
  }

  private persist() {
    const { step, username, data, expiresAt } = this.state;
    if (step && rowOf(step).resume && expiresAt) this.pending.save({ step, username, data, expiresAt });
    else this.pending.clear();
  }

  /** Input rejected before any call. */
  private reject(error: FlowError): Promise<void> {
    this.fail(error);
    return Promise.resolve();
  }

  private fail(error: unknown, override?: Partial<FlowError>) {
    const flowError = placeError({ ...toFlowError(error), ...override }, this.state.step);
    this.store.update({ error: flowError });
    this.env.sink.error({ step: this.state.step ?? null, name: flowError.name, message: flowError.message });
  }
}

const isSignedInResult = (value: unknown) =>
  Boolean(value && typeof value === 'object' && 'isSignedIn' in value && (value as SignInResult).isSignedIn);

const sameInfo = (a?: Record<string, string>, b?: Record<string, string>) =>
  JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
