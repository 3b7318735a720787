/**
 * Runs a journey: makes a call, and goes where its row in `calls.ts` says the result (or the failure) leads:
 * a step, the next call, the end of a sign-in and the stages after it. It knows no call by name.
 */
import type { ClientMetadata, SignedInUser } from '../auth-service.js';
import type { AuthSignedUpDetail } from '../events.js';
import { stageAfter } from './after-sign-in.js';
import { callRow, type Call, type CallContext, type Next } from './calls.js';
import type { FlowError } from './errors.js';
import { mergeMetadata } from './hooks.js';
import type { Navigator } from './navigator.js';
import { rememberIfWanted } from './remember-device.js';
import { RESEND_COOLDOWN_MS } from './resend.js';
import { STALE, type CallRunner } from './runner.js';
import type { FlowEnvironment } from './sink.js';
import { rowOf, type Step } from './steps.js';
import type { Notice, Store } from './store.js';

/** A failed call, with where its error sits when that depends on what was sent. */
export class CallFailure {
  constructor(
    readonly cause: unknown,
    readonly place?: (error: FlowError) => Partial<FlowError> | undefined,
  ) {}
}

/** What a call's input may carry that the journey keeps: the account it is for, the answer a resend replays. */
type InputParts = { username?: unknown; challengeResponse?: unknown };

/** What a journey works with: the flow's state, its runner and navigator, and what the host gave. */
export interface JourneyParts {
  store: Store;
  runner: CallRunner;
  navigator: Navigator;
  env: FlowEnvironment;
  /** Who holds the page's sign-in lock. */
  owner: object;
  now: () => number;
  /** Tells the page about a user who is signed in. */
  announceSignedIn(user: SignedInUser): void;
  /** Shows a failure outside a user action as the runner shows one inside. */
  failed(error: unknown): void | Promise<void>;
}

export class Journey {
  private readonly store: Store;
  private readonly runner: CallRunner;
  private readonly navigator: Navigator;
  private readonly env: FlowEnvironment;

  constructor(private readonly parts: JourneyParts) {
    ({ store: this.store, runner: this.runner, navigator: this.navigator, env: this.env } = parts);
  }

  /**
   * Makes `call` from `step` and goes where its row says its result (or its failure) leads. `clientMetadata`: what
   * the submit's hooks added, carried over the `client-metadata` attribute by this call and the calls it leads to.
   */
  async perform(call: Call, step = this.store.state.step, clientMetadata?: ClientMetadata): Promise<void> {
    const found = callRow(call.name);
    const row = found instanceof Promise ? await found : found;
    const input = call.input as never;
    const parts = call.input as InputParts;
    if (row.startsSignIn) {
      if (this.env.pageLock && !this.env.pageLock.claim(this.parts.owner)) {
        throw {
          name: 'SignInInProgress',
          message: 'Another sign-in is in progress',
          messageId: 'error.signInElsewhere',
        };
      }
      const request = row.startsSignIn(input);
      this.navigator.attempt = request ? { request, replayed: [] } : undefined;
    }
    if (typeof parts.username === 'string') this.store.update({ username: parts.username });
    const context = this.context(step);
    let next: Next;
    try {
      const metadata = this.metadata(clientMetadata);
      const result = await this.runner.call(() => row.run(this.env.service, input, metadata));
      if (rowOf(step).replayed && typeof parts.challengeResponse === 'string') {
        this.navigator.attempt?.replayed.push(parts.challengeResponse);
      }
      row.announce?.(this.announcer, result, input);
      next = row.next(result, input, context);
    } catch (error) {
      if (error === STALE) throw error;
      const recovered = row.recover?.(error, input, context);
      if (!recovered) throw new CallFailure(error, row.placeError && ((e) => row.placeError!(e, input)));
      next = recovered;
    }
    await this.follow(next, clientMetadata);
  }

  /** The metadata a call carries: the `client-metadata` attribute's, with `added` (by the submit's hooks) over it. */
  metadata(added?: ClientMetadata): ClientMetadata | undefined {
    return mergeMetadata(this.env.options().clientMetadata, added);
  }

  /** Goes where a result leads; an error that came with it shows there. */
  async follow(next: Next, clientMetadata?: ClientMetadata): Promise<void> {
    switch (next.kind) {
      case 'call':
        await this.perform(next.call, undefined, clientMetadata);
        break;
      case 'step': {
        const { step, data, totp, notice, codeSent } = next;
        const patch = { data, totp, notice, ...(codeSent ? { resendAt: this.parts.now() + RESEND_COOLDOWN_MS } : {}) };
        if (this.navigator.go(step, patch)) this.enter(step);
        break;
      }
      case 'signedIn':
        await this.completeSignIn(next.rememberDevice);
        break;
      case 'afterSignIn':
        await this.continueAfter(next.from, next.notice);
        break;
      case 'startOver':
        this.navigator.startOver(this.store.state.username, undefined, next.notice);
    }
    if (next.error) await this.navigator.fail(next.error);
  }

  /** Tokens exist: remember the device if asked, tell the page, then the stages after a sign-in. */
  async completeSignIn(rememberDevice = false) {
    const user = await this.runner.call(() => this.env.service.currentUser());
    if (!user) throw { name: 'SignInException', message: 'Signed in, but no user was found' };
    this.navigator.attempt = undefined;
    const option = this.env.options().rememberDevice;
    await this.runner.call(() => rememberIfWanted(this.env.service, option, rememberDevice));
    this.parts.announceSignedIn(user);
    this.store.update({ user });
    await this.continueAfter(undefined);
  }

  /** The call a step makes by itself once it shows (its row's `onEnter`), outside any user action. */
  private enter(step: Step) {
    const name = rowOf(step).onEnter;
    if (!name) return;
    this.perform({ name, input: {} }, step).catch((error: unknown) => {
      if (error !== STALE && this.store.state.step === step) return this.parts.failed(error);
    });
  }

  /** The stage after `from` once signed in (`VERIFY_CONTACT`, `PASSKEY_PROMPT`, `DONE`). */
  private async continueAfter(from: Step | undefined, notice?: Notice) {
    const { user } = this.store.state;
    if (!user) return;
    const { service, localStore } = this.env;
    const call = <T>(request: () => Promise<T>) => this.runner.call(request);
    const { step, data } = await stageAfter(from, { options: this.env.options(), service, user, localStore, call });
    this.navigator.go(step, { user, data, notice });
  }

  private context(step: Step | undefined): CallContext {
    const { username, data } = this.store.state;
    const { totpIssuer, authFlowType } = this.env.options();
    return { step, data, username, totpIssuer, authFlowType, attempt: this.navigator.attempt?.request };
  }

  private readonly announcer = {
    signedUp: (detail: AuthSignedUpDetail) => this.env.sink.signedUp?.(detail),
    passkeyRegistered: () => this.env.sink.passkeyRegistered(),
  };
}
