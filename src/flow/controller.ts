/**
 * The flow. It knows no DOM and no call by name: the host renders `state`, sends every form through
 * `submit(step, values)` and the secondary actions through their methods. A submit is read into a call
 * (`answers.ts`); the call's row (`calls.ts`) makes it and says where its result leads (`journey.ts` goes there);
 * `navigator.ts` changes step. One user action runs at a time, and an answer that arrives after the user has left
 * the step that asked lands nowhere (`runner.ts`).
 */
import type { AuthHubEvent, AuthService, ClientMetadata, CodeDelivery, SignedInUser } from '../auth-service.js';
import { callRow } from './calls.js';
import { answerContext, readAnswer, type Answer } from './answers.js';
import { afterError, isFlowError, redirectError, type FlowError } from './errors.js';
import type { FormValues } from './hooks.js';
import { CallFailure, Journey } from './journey.js';
import { Navigator } from './navigator.js';
import { rememberDeclined } from './passkey-offer.js';
import { RESEND_COOLDOWN_MS, resendCall } from './resend.js';
import { CallRunner } from './runner.js';
import { watchSession, type Standing } from './session-watch.js';
import type { FlowEnvironment } from './sink.js';
import { inSignInSession, isSignedInStep, rowOf, type Step } from './steps.js';
import { Store, type FlowState } from './store.js';
import { flowView, type FlowView } from './view.js';

export type { FlowEnvironment, FlowSink } from './sink.js';

export class FlowController {
  private readonly store = new Store();
  private readonly now: () => number;
  private readonly runner: CallRunner;
  private readonly navigator: Navigator;
  private readonly journey: Journey;
  private unsubscribeHub?: () => void;
  private stopWatch?: () => void;

  constructor(private readonly env: FlowEnvironment) {
    this.now = env.now ?? Date.now;
    this.runner = new CallRunner(this.store, {
      failed: (error) => this.afterFailure(error),
      signOutLate: async () => {
        if (!isSignedInStep(this.state.step)) await this.service.signOut();
      },
    });
    this.navigator = new Navigator(this.store, this.runner, env, this, this.now);
    this.journey = new Journey({
      store: this.store,
      runner: this.runner,
      navigator: this.navigator,
      env,
      owner: this,
      now: this.now,
      announceSignedIn: (user) => this.announceSignedIn(user),
      failed: (error) => this.afterFailure(error),
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
    return flowView(this.env.options(), this.service, this.state, Boolean(this.navigator.attempt), this.now());
  }

  /** The step a visitor with nothing to resume starts on (`initial-step`). */
  get firstStep(): Step {
    return this.env.options().initialStep ?? 'SIGN_IN';
  }

  // ---- startup -------------------------------------------------------------------------------------------

  /** Ends startup: a signed-in user goes to `DONE`, a pending step resumes, anyone else gets the first step. */
  async start(configure: () => Promise<void> = async () => {}): Promise<void> {
    const { navigator } = this;
    try {
      await configure();
    } catch (error) {
      navigator.go('SIGN_IN', {}, false);
      return navigator.fail(error, { messageId: 'error.configuration' });
    }
    this.unsubscribeHub ??= this.service.onAuthEvent((event) => this.onRedirectFailure(event));
    this.stopWatch ??= watchSession(
      this.service,
      {
        standing: () => this.standing(),
        signedOut: (ended) => this.afterSignOut(ended ? 'notice.sessionEnded' : 'notice.signedOut'),
        signedIn: () => this.runner.run(() => this.journey.completeSignIn()),
      },
      this.env.online,
    );
    const user = await this.service.currentUser();
    if (user) {
      navigator.pending.clear();
      this.announceSignedIn(user);
      return void navigator.go('DONE', { user, username: user.loginId ?? user.username }, false);
    }
    const redirectFailure = this.service.takeRedirectFailure();
    if (redirectFailure)
      return navigator.startOver(this.state.username, redirectError(redirectFailure), undefined, false);
    // A record's check loads with it; if it cannot (offline), the record stays for a later reload.
    const record = this.env.pageLock?.heldByOther(this)
      ? undefined
      : await navigator.pending.load().catch(() => undefined);
    const decision = record && (await import('./resume-record.js')).resumeDecision(record);
    if (!decision || decision.kind === 'none') return void navigator.go(this.firstStep, {}, false);
    if (decision.kind === 'startOver') {
      const notice = decision.noticeId ? { messageId: decision.noticeId } : undefined;
      return navigator.startOver(decision.username, decision.error, notice, false);
    }
    const { step, username, data, expiresAt } = decision.record;
    if (inSignInSession(step)) this.env.pageLock?.claim(this);
    navigator.go(step, { username, data, expiresAt }, false);
  }

  dispose() {
    this.unsubscribeHub?.();
    this.unsubscribeHub = undefined;
    this.stopWatch?.();
    this.stopWatch = undefined;
    this.env.pageLock?.release(this);
  }

  // ---- user actions --------------------------------------------------------------------------------------

  /**
   * The one path of user input: the form of `step` was submitted with these values (`choice`: the button pressed).
   * The page's hooks (`hooks.ts`) run first, inside the action: busy meanwhile, their late results dropped.
   */
  submit(step: Step, values: FormValues): Promise<void> {
    // The first screen shows (and takes a submit) while startup runs; any other form must be the current step's.
    const current = this.state.step ?? this.firstStep;
    if (step !== current || this.state.busy) return Promise.resolve();
    const { hooks } = this.env.options();
    if (hooks) {
      return this.runner.run(async () => {
        const hooked = await this.runner.call(async () => {
          const { hooksFor, runHooks } = await import('./hook-runner.js');
          return runHooks(hooksFor(hooks, rowOf(step).answer), step, values);
        });
        return this.settle(this.read(step, hooked.values), step, hooked.clientMetadata);
      }, values.choice);
    }
    const call = this.read(step, values);
    if (!call) return Promise.resolve();
    if (isFlowError(call)) return Promise.resolve(this.navigator.fail(call));
    return this.runner.run(() => this.settle(call, step), values.choice);
  }

  /**
   * What a submit's answer leads to: its call, or its error. An answer whose reader loads first (a sign-up, a reset,
   * a new password, a contact's code) keeps the form busy meanwhile, a reader that cannot load fails as a call does,
   * and a step left meanwhile makes no call.
   */
  private async settle(answer: Answer | Promise<Answer>, step: Step, clientMetadata?: ClientMetadata): Promise<void> {
    if (answer instanceof Promise) {
      const generation = this.runner.current();
      answer = await answer;
      if (!this.runner.still(generation)) return;
    }
    if (isFlowError(answer)) throw answer;
    if (answer) await this.journey.perform(answer, step, clientMetadata);
  }

  /** The call a submit of `step` with `values` makes, the error to show instead, or nothing to do. */
  private read(step: Step, values: FormValues) {
    return readAnswer(rowOf(step).answer, values, answerContext(this.env.options(), this.service, this.state));
  }

  /** "Forgot password": the reset screen, username prefilled with what was typed. */
  forgotPassword(username = this.state.username) {
    this.leaveFor('RESET_PASSWORD', { username: username.trim(), data: {} });
  }

  /** "Create account": `SIGN_UP`, with what was typed as username. */
  goToSignUp(username = this.state.username) {
    this.leaveFor('SIGN_UP', { username: username.trim(), data: {} });
  }

  /** "Send a new code", once the step's cooldown is over. */
  resendCode(): Promise<void> {
    const { step, username, data } = this.state;
    const { canResend, resendWaitMs } = this.view();
    if (!canResend || resendWaitMs > 0) return Promise.resolve();
    return this.runner.run(async () => {
      const resendAt = this.now() + RESEND_COOLDOWN_MS;
      const call = resendCall(step, username, data);
      if (call) {
        const row = await callRow(call.name);
        const metadata = this.journey.metadata();
        const send = () => row.run(this.service, call.input as never, metadata) as Promise<CodeDelivery>;
        const codeDelivery = await this.runner.call(send);
        this.store.update({ data: { ...this.state.data, codeDelivery } });
      } else {
        await this.journey.perform({ name: 'replaySignIn', input: this.navigator.attempt! }, step);
      }
      // The hint already says where codes go: the notice only says a new one is on its way.
      this.store.update({ resendAt, notice: { messageId: 'hint.codeResentNoDestination' } });
    });
  }

  /** Back to `SIGN_IN`, keeping the username; the public `restart()`. */
  restart() {
    this.leaveFor('SIGN_IN', { data: {} });
  }

  /** Signs out, whatever is under way: an answer still in flight lands nowhere (and is signed out if it signed in). */
  async signOut(): Promise<void> {
    const generation = this.leave();
    try {
      await this.runner.track(() => this.service.signOut()); // Hub's `signedOut` meanwhile is this call's
    } catch (error) {
      if (this.runner.still(generation)) await this.navigator.fail(error);
      return;
    }
    if (this.runner.still(generation)) this.afterSignOut();
  }

  signInWithProvider(provider: string): Promise<void> {
    if (!this.view().socialProviders.includes(provider)) return Promise.resolve();
    return this.runner.run(() => this.runner.call(() => this.service.signInWithRedirect(provider)));
  }

  /** "Skip" / "Not now" on a step after sign-in: on to the next stage (a declined passkey is remembered). */
  skip(): Promise<void> {
    const { step, user } = this.state;
    if (!step || !isSignedInStep(step) || step === 'DONE') return Promise.resolve();
    if (step === 'PASSKEY_PROMPT' && user) rememberDeclined(this.env.localStore, user);
    return this.runner.run(() => this.journey.follow({ kind: 'afterSignIn', from: step }));
  }

  /** "Not now" on `PASSKEY_PROMPT`. */
  skipPasskey(): Promise<void> {
    return this.skip();
  }

  // ---- what happens to the flow --------------------------------------------------------------------------

  private announceSignedIn(user: SignedInUser) {
    const loginId = user.loginId ?? (this.state.username || undefined);
    this.env.sink.signedIn({ username: user.username, userId: user.userId, ...(loginId ? { loginId } : {}) });
  }

  /** Where the widget stands for news of a sign-in or sign-out elsewhere (`session-watch.ts`). */
  private standing(): Standing {
    const { step, busy } = this.state;
    if (step === undefined || busy || this.runner.busyWithCalls) return 'busy';
    if (isSignedInStep(step)) return 'signedIn';
    return this.env.formTouched?.() ? 'busy' : 'idle';
  }

  private onRedirectFailure(hub: AuthHubEvent) {
    if (hub.event !== 'signInWithRedirect_failure' || this.state.step === undefined) return; // startup keeps it
    this.leave();
    this.navigator.startOver(this.state.username, redirectError(hub), undefined, false);
  }

  private afterSignOut(messageId = 'notice.signedOut') {
    this.navigator.attempt = undefined;
    this.env.sink.signedOut();
    const patch = { user: undefined, data: {}, totp: undefined, notice: { messageId } };
    this.navigator.go('SIGN_IN', patch, false);
  }

  /** A call failed on the step still shown: the error shows there, or the user starts over where a session ended. */
  private afterFailure(failure: unknown): void | Promise<void> {
    const { cause, place } = failure instanceof CallFailure ? failure : { cause: failure, place: undefined };
    return this.navigator.described(cause, (described) => {
      const flowError: FlowError = { ...described, ...place?.(described) };
      const next = afterError(flowError, this.state.step);
      if (next.action === 'startOver')
        return this.navigator.startOver(this.state.username, next.error, undefined, false);
      void this.navigator.fail(flowError);
    });
  }

  /** The user leaves the step: whatever is in flight lands nowhere; the typed credentials are dropped. */
  private leave(): number {
    this.navigator.attempt = undefined;
    return this.runner.leave();
  }

  /** A user action that leaves the step for `step`, unless the page keeps the current one. */
  private leaveFor(step: Step, patch: Partial<FlowState>) {
    if (!this.navigator.allowed(step)) return;
    this.leave();
    this.navigator.go(step, patch, false);
  }
}
