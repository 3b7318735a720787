/**
 * Runs the flow's calls: one user action at a time, and any answer that arrives after the user has left the step
 * that asked for it lands nowhere (`STALE`). A dropped answer that signed the user in is signed out, so the
 * widget and Cognito agree.
 */
import type { SignInResult } from '../auth-service.js';
import type { Store } from './store.js';

/** Thrown where an answer arrives after the user left the step that asked for it. */
export const STALE = Symbol('stale answer');

export interface RunnerHooks {
  /** A call failed on the step that is still shown; the action ends (not busy) once this has settled. */
  failed(error: unknown): void | Promise<void>;
  /** A late answer signed the user in after they left: sign out (unless the widget shows a signed-in user). */
  signOutLate(): Promise<void>;
}

/** A sign-in result that signed the user in, bare or as a call's outcome (`{ result, passkeysSupported }`). */
function isSignedInResult(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  if ('isSignedIn' in value) return Boolean((value as SignInResult).isSignedIn);
  return 'result' in value && isSignedInResult(value.result);
}

export class CallRunner {
  /** Bumped by every user action that leaves a step: answers to calls made before land nowhere. */
  private generation = 0;
  /** Calls under way: Amplify's Hub events during one of them are this flow's own. */
  private inFlight = 0;

  constructor(
    private readonly store: Store,
    private readonly hooks: RunnerHooks,
  ) {}

  get busyWithCalls(): boolean {
    return this.inFlight > 0;
  }

  /** One call to the service; its answer is dropped (`STALE`) when the user has left the step meanwhile. */
  async call<T>(request: () => Promise<T>): Promise<T> {
    const generation = this.generation;
    const value = await this.track(request).catch((error: unknown) => {
      throw generation === this.generation ? error : STALE;
    });
    if (generation === this.generation) return value;
    if (isSignedInResult(value)) await this.hooks.signOutLate().catch(() => undefined);
    throw STALE;
  }

  /** Counts a call as this flow's own while it runs (Hub events it causes are not news). */
  async track<T>(request: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await request();
    } finally {
      this.inFlight--;
    }
  }

  /** Runs one user action at a time: a second submit while one is under way is ignored. */
  async run(task: () => Promise<void>, pressed?: string): Promise<void> {
    if (this.store.state.busy) return;
    const generation = this.generation;
    this.store.update({ busy: true, pressed, error: undefined, notice: undefined });
    try {
      await task();
    } catch (error) {
      if (error !== STALE && generation === this.generation) await this.hooks.failed(error);
    } finally {
      if (generation === this.generation) this.store.update({ busy: false, pressed: undefined });
    }
  }

  /** The user leaves the step: whatever is in flight lands nowhere, and the next screen is usable at once. */
  leave(): number {
    this.generation++;
    if (this.store.state.busy) this.store.update({ busy: false, pressed: undefined });
    return this.generation;
  }

  /** The current generation, for `still()`. */
  current(): number {
    return this.generation;
  }

  /** Whether no step was left since `generation` (as `leave()` or `current()` returned it). */
  still(generation: number): boolean {
    return generation === this.generation;
  }
}
