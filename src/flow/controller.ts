/**
 * The sign-in flow. It knows no DOM: the host renders `state`, sends every form through `submit(step, values)`
 * and the secondary actions through their methods, and turns the sink calls into events. Where each step leads
 * is in `steps.ts` (the table), `transitions.ts`, `errors.ts`, `resend.ts` and `resume.ts`; this class runs
 * the calls, one at a time, and drops any answer that arrives after the user has left the step that asked.
 */
import type { AuthHubEvent, AuthService, SignedInUser, SignInRequest, SignInResult } from '../auth-service.js';
import type { AuthErrorDetail, AuthSignedInDetail } from '../events.js';
import { answerContext, passwordSignIn, readAnswer, type Call } from './answers.js';
import { rememberDeclined, shouldOfferPasskey } from './passkey-offer.js';
import {
  afterError,
  describeError,
  errorName,
  isFlowError,
  placeError,
  redirectError,
  type FlowError,
} from './errors.js';
import type { FlowOptions } from './options.js';
import type { PageLock } from './page-lock.js';
import { rememberIfWanted } from './remember-device.js';
import { RESEND_COOLDOWN_MS, replaySignIn, sendCodeAgain, type Attempt } from './resend.js';
import { PendingStore, resumeTtl, type KeyValueStore } from './resume.js';
import { CallRunner, STALE } from './runner.js';
import { watchSession, type OnlineSignal, type Standing } from './session-watch.js';
import { Store, type FlowState, type Notice } from './store.js';
import { inSignInSession, rowOf, type Step } from './steps.js';
import { offersFirstFactors, transition } from './transitions.js';
import { flowView, type FlowView } from './view.js';

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
  /** The network coming back, for a refresh that failed on it. */
  online?: OnlineSignal;
  /** Whether the person has typed into the form on screen (another tab's sign-in then leaves it alone). */
  formTouched?: () => boolean;
}

export class FlowController {
  private readonly store = new Store();
  private readonly pending: PendingStore;
  private readonly now: () => number;
  private attempt?: Attempt;
  private readonly runner: CallRunner;
  private unsubscribeHub?: () => void;
  private stopWatch?: () => void;

  constructor(private readonly env: FlowEnvironment) {
    this.now = env.now ?? Date.now;
    this.pending = new PendingStore(env.sessionStore, this.now);
    this.runner = new CallRunner(this.store, {
      failed: (error) => this.afterFailure(error),
      signOutLate: async () => {
        const { step } = this.state;
        if (step !== 'DONE' && step !== 'PASSKEY_PROMPT') await this.service.signOut();
      },
    });
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
    return flowView(this.env.options(), this.service, this.state, Boolean(this.attempt), this.now());
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
    this.unsubscribeHub ??= this.service.onAuthEvent((event) => this.onRedirectFailure(event));
    this.stopWatch ??= watchSession(
      this.service,
      {
        standing: () => this.standing(),
        signedOut: (ended) => this.afterSignOut(ended ? 'notice.sessionEnded' : 'notice.signedOut'),
        signedIn: () => this.runner.run(() => this.completeSignIn()),
      },
      this.env.online,
    );
    const user = await this.service.currentUser();
    if (user) {
      this.pending.clear();
      this.announceSignedIn(user);
      return this.go('DONE', { user, username: user.loginId ?? user.username });
    }
    const redirectFailure = this.service.takeRedirectFailure();
    if (redirectFailure) return this.startOver(this.state.username, redirectError(redirectFailure));
    const record = this.pending.load();
    if (!record || this.env.pageLock?.heldByOther(this)) return this.go('SIGN_IN');
    if (record.expired && rowOf(record.step).resume !== 'sessionless') {
      const expired = {
        name: 'SignInException',
        message: 'Sign-in session expired',
        messageId: 'error.sessionExpired',
      };
      return this.startOver(record.username, expired);
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
    this.stopWatch?.();
    this.stopWatch = undefined;
    this.env.pageLock?.release(this);
  }

  // ---- user actions --------------------------------------------------------------------------------------

  /** The one path of user input: the form of `step` was submitted with these values (`choice`: the button pressed). */
  submit(step: Step, values: Readonly<Record<string, string | undefined>>): Promise<void> {
    // The first screen shows (and takes a submit) while startup runs; any other form must be the current step's.
    const current = this.state.step ?? 'SIGN_IN';
    if (step !== current || this.state.busy) return Promise.resolve();
    const row = rowOf(step);
    const read = readAnswer(row.answer, values, answerContext(this.env.options(), this.service, this.state));
    if (!read) return Promise.resolve();
    if (isFlowError(read)) return this.reject(read);
    return this.runner.run(() => this.execute(read, step), row.answer === 'choice' ? values.choice : undefined);
  }

  /** "Forgot password": the reset screen, username prefilled with what was typed. */
  forgotPassword(username = this.state.username) {
    this.leave();
    this.go('RESET_PASSWORD', { username: username.trim(), data: {} });
  }

  resendCode(): Promise<void> {
    const { step, username } = this.state;
    const { canResend, resendWaitMs } = this.view();
    if (!canResend || resendWaitMs > 0) return Promise.resolve();
    return this.runner.run(async () => {
      const resendAt = this.now() + RESEND_COOLDOWN_MS;
      if (rowOf(step).resend !== 'replay') {
        const codeDelivery = await this.runner.call(() => sendCodeAgain(this.service, step!, username));
        // The hint already says where codes go: the notice only says a new one is on its way.
        const notice = { messageId: 'hint.codeResentNoDestination' };
        this.store.update({ data: { ...this.state.data, codeDelivery }, resendAt, notice });
        return;
      }
      await this.follow(await this.runner.call(() => replaySignIn(this.service, this.attempt!)));
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
    const generation = this.leave();
    try {
      await this.runner.track(() => this.service.signOut()); // Hub's `signedOut` meanwhile is this call's
    } catch (error) {
      if (this.runner.still(generation)) await this.fail(error);
      return;
    }
    if (this.runner.still(generation)) this.afterSignOut();
  }

  signInWithProvider(provider: string): Promise<void> {
    if (!this.view().socialProviders.includes(provider)) return Promise.resolve();
    return this.runner.run(() => this.runner.call(() => this.service.signInWithRedirect(provider)));
  }

  skipPasskey() {
    const { user } = this.state;
    if (user) rememberDeclined(this.env.localStore, user);
    this.go('DONE');
  }

  // ---- calls ---------------------------------------------------------------------------------------------

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
        const result = await this.runner.call(() => this.service.confirmSignIn(request));
        if (rowOf(step).replayed) this.attempt?.replayed.push(call.response);
        await this.follow(result, call.rememberDevice);
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
        await this.runner.call(() => this.service.confirmSignUp(username, call.code));
        if (this.attempt) return this.startAttempt(this.attempt.request);
        return this.startOver(username, undefined, { messageId: 'notice.accountConfirmed' });
      case 'resetRequest': {
        this.store.update({ username: call.username });
        const codeDelivery = await this.runner.call(() => this.service.resetPassword(call.username));
        return this.go('CONFIRM_RESET_PASSWORD', { data: { codeDelivery } });
      }
      case 'resetConfirm': {
        await this.runner.call(() => this.service.confirmResetPassword(username, call.code, call.newPassword));
        const request = passwordSignIn(this.env.options().authFlowType, username, call.newPassword);
        if (!request) return this.startOver(username, undefined, { messageId: 'notice.passwordReset' });
        return this.startAttempt(request);
      }
      case 'registerPasskey':
        await this.runner.call(() => this.service.registerPasskey());
        this.env.sink.passkeyRegistered();
        return this.go('DONE', { notice: { messageId: 'notice.passkeyRegistered' } });
    }
  }

  private async startAttempt(request: SignInRequest) {
    this.attempt = { request, replayed: [] };
    let result: SignInResult;
    try {
      result = await this.runner.call(() => this.service.signIn(request));
    } catch (error) {
      if (error === STALE) throw error;
      const name = errorName(error);
      // Signed in meanwhile (another tab): this form ends signed in too, not in an error.
      if (name === 'UserAlreadyAuthenticatedException') return this.completeSignIn();
      // A preference that cannot be used, or a cancelled passkey (Amplify dropped the sign-in): offer the choice.
      if (!request.preferredChallenge || !(name === 'InvalidPreferredChallenge' || name.startsWith('Passkey')))
        throw error;
      const { preferredChallenge: _dropped, ...withoutPreference } = request;
      this.attempt = { request: withoutPreference, replayed: [] };
      await this.follow(await this.runner.call(() => this.service.signIn(withoutPreference)));
      return this.fail(error);
    }
    await this.follow(result);
  }

  /** Goes where an Amplify sign-in result leads; `rememberDevice`: the box was ticked on the step answered. */
  private async follow(result: SignInResult, rememberDevice = false): Promise<void> {
    const passkeysSupported = offersFirstFactors(result)
      ? await this.runner.call(() => this.service.supportsPasskeys().catch(() => false))
      : false;
    const { username } = this.state;
    const next = transition(result, { username, totpIssuer: this.env.options().totpIssuer, passkeysSupported });
    if (next.kind === 'signedIn') return this.completeSignIn(rememberDevice);
    let { data } = next;
    if (next.needsSignUpCode) {
      const codeDelivery = await this.runner.call(() => this.service.resendSignUpCode(username).catch(() => ({})));
      data = { codeDelivery };
    }
    this.go(next.step, { data, totp: next.totp, notice: next.notice });
    if (next.unknown) {
      this.fail({ name: 'UnknownStep', message: `Unknown sign-in step ${next.step}`, messageId: 'error.unknownStep' });
    }
  }

  private async completeSignIn(rememberDevice = false) {
    const user = await this.runner.call(() => this.service.currentUser());
    if (!user) throw { name: 'SignInException', message: 'Signed in, but no user was found' };
    this.attempt = undefined;
    const option = this.env.options().rememberDevice;
    await this.runner.call(() => rememberIfWanted(this.service, option, rememberDevice));
    this.announceSignedIn(user);
    const call = <T>(request: () => Promise<T>) => this.runner.call(request);
    if (await shouldOfferPasskey(this.env.options(), this.env.localStore, user, this.service, call)) {
      return this.go('PASSKEY_PROMPT', { user });
    }
    this.go('DONE', { user });
  }

  private announceSignedIn(user: SignedInUser) {
    const loginId = user.loginId ?? (this.state.username || undefined);
    this.env.sink.signedIn({ username: user.username, userId: user.userId, ...(loginId ? { loginId } : {}) });
  }

  /** Where the widget stands for news of a sign-in or sign-out elsewhere (`session-watch.ts`). */
  private standing(): Standing {
    const { step, busy } = this.state;
    if (step === undefined || busy || this.runner.busyWithCalls) return 'busy';
    if (step === 'DONE' || step === 'PASSKEY_PROMPT') return 'signedIn';
    return this.env.formTouched?.() ? 'busy' : 'idle';
  }

  private onRedirectFailure(hub: AuthHubEvent) {
    if (hub.event !== 'signInWithRedirect_failure') return;
    if (this.state.step === undefined) return; // during startup the service keeps it for `start`
    this.leave();
    this.startOver(this.state.username, redirectError(hub));
  }

  private afterSignOut(messageId = 'notice.signedOut') {
    this.attempt = undefined;
    this.env.sink.signedOut();
    this.go('SIGN_IN', { user: undefined, data: {}, totp: undefined, notice: { messageId } });
  }

  private afterFailure(error: unknown): void | Promise<void> {
    return this.described(error, (flowError) => {
      const next = afterError(flowError, this.state.step);
      if (next.action === 'startOver') return this.startOver(this.state.username, next.error);
      this.fail(flowError);
    });
  }

  /** The user leaves the step: whatever is in flight lands nowhere; the typed credentials are dropped. */
  private leave(): number {
    this.attempt = undefined;
    return this.runner.leave();
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

  private fail(error: unknown, override?: Partial<FlowError>): void | Promise<void> {
    return this.described(error, (described) => {
      const flowError = placeError({ ...described, ...override }, this.state.step);
      this.store.update({ error: flowError });
      this.env.sink.error({ step: this.state.step ?? null, name: flowError.name, message: flowError.message });
    });
  }

  /**
   * `show(error)` as a `FlowError`: at once for the widget's own errors; after Cognito's error names load for the
   * rest, and then only if the user is still on the step that failed.
   */
  private described(error: unknown, show: (error: FlowError) => void): void | Promise<void> {
    const described = describeError(error);
    if (!(described instanceof Promise)) return show(described);
    const { step } = this.state;
    const generation = this.runner.current();
    return described.then((flowError) => {
      if (this.state.step === step && this.runner.still(generation)) show(flowError);
    });
  }
}

const sameInfo = (a?: Record<string, string>, b?: Record<string, string>) =>
  JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
