/** What the flow is given by its host, and what it tells it. */
import type { AuthService } from '../auth-service.js';
import type { AuthErrorDetail, AuthSignedInDetail, AuthSignedUpDetail } from '../events.js';
import type { FlowOptions } from './options.js';
import type { PageLock } from './page-lock.js';
import type { KeyValueStore } from './resume.js';
import type { OnlineSignal } from './session-watch.js';
import type { Step } from './steps.js';

/** What the flow tells its host. */
export interface FlowSink {
  /**
   * Asked before the step changes from `step` to `nextStep` (`auth-before-step-change`): `false` keeps `step`. Not
   * asked for the first step after startup, nor for a change the flow cannot refuse (a sign-out, an ended session).
   */
  beforeStepChange?(step: Step, nextStep: Step): boolean;
  /** The step changed: render the new step, focus it, then announce it. */
  stepChanged(step: Step, previous: Step | null): void;
  signedIn(detail: AuthSignedInDetail): void;
  signedUp?(detail: AuthSignedUpDetail): void;
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
