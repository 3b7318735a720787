/** The flow's state and its listeners: a small store, replaced whole on every change. */
import type { SignedInUser } from '../auth-service.js';
import type { FlowError } from './errors.js';
import type { StepData } from './step-data.js';
import type { Step } from './steps.js';

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
  /** TOTP setup only, in memory only, while that step shows. */
  totp?: { secret: string; uri: string };
  error?: FlowError;
  notice?: Notice;
  busy: boolean;
  /** On a choice step, the choice pressed while its call runs. */
  pressed?: string;
  user?: SignedInUser;
  /** When this step can no longer be resumed after a reload (Amplify's session or the code has expired). */
  expiresAt?: number;
  /** When a new code can be asked for on this step (the resend cooldown). */
  resendAt?: number;
}

export class Store {
  state: FlowState = { username: '', data: {}, busy: false };
  private readonly listeners = new Set<() => void>();

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(patch: Partial<FlowState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
