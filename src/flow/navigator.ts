/**
 * Where the flow is: it changes step (asking the page first, unless the change is forced), keeps the pending
 * record for a reload in step with it, shows errors on the step that failed, and holds the typed sign-in only
 * while a step may need it.
 */
import { describeError, placeError, type FlowError } from './errors.js';
import type { Attempt } from './resend.js';
import { PendingStore, resumeTtl } from './resume.js';
import type { CallRunner } from './runner.js';
import type { FlowEnvironment } from './sink.js';
import { inSignInSession, rowOf, type Step } from './steps.js';
import type { FlowState, Notice, Store } from './store.js';

export class Navigator {
  /** The sign-in typed on `SIGN_IN`, while a code may have to be resent or an account confirmed. */
  attempt?: Attempt;
  readonly pending: PendingStore;

  constructor(
    private readonly store: Store,
    private readonly runner: CallRunner,
    private readonly env: FlowEnvironment,
    /** Who holds the page's sign-in lock. */
    private readonly owner: object,
    private readonly now: () => number,
  ) {
    this.pending = new PendingStore(env.sessionStore, now);
  }

  private get state(): FlowState {
    return this.store.state;
  }

  /** Whether the page lets the flow leave the current step for `step` (`auth-before-step-change`). */
  allowed(step: Step): boolean {
    const current = this.state.step;
    return current === undefined || current === step || this.env.sink.beforeStepChange?.(current, step) !== false;
  }

  /** Shows `step`; `ask`: unless the page keeps the current step. Whether the flow is on `step` now. */
  go(step: Step, patch: Partial<FlowState> = {}, ask = true): boolean {
    if (ask && !this.allowed(step)) return false;
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
      this.env.pageLock?.release(this.owner);
      // The typed password is kept only while a code may have to be resent or an account confirmed.
      if (step !== 'CONFIRM_SIGN_UP') this.attempt = undefined;
    }
    this.persist();
    if (changed) this.env.sink.stepChanged(step, previous);
    return true;
  }

  /** Back to `SIGN_IN` with the username kept, and why; `ask`: the page may keep the current step. */
  startOver(username: string, error?: FlowError, notice?: Notice, ask = true) {
    if (!this.go('SIGN_IN', { username, data: {}, notice }, ask)) return;
    this.attempt = undefined;
    if (error) void this.fail(error);
  }

  private persist() {
    const { step, username, data, expiresAt } = this.state;
    if (step && rowOf(step).resume && expiresAt) this.pending.save({ step, username, data, expiresAt });
    else this.pending.clear();
  }

  /** Shows `error` on the current step (at its field where it has one) and tells the page. */
  fail(error: unknown, override?: Partial<FlowError>): void | Promise<void> {
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
  described(error: unknown, show: (error: FlowError) => void): void | Promise<void> {
    const described = describeError(error);
    if (!(described instanceof Promise)) return show(described);
    const { step } = this.state;
    const generation = this.runner.current();
    return described.then((flowError) => {
      if (this.state.step === step && this.runner.still(generation)) show(flowError);
    });
  }
}
