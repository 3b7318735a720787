/** A flow controller on the fake auth service, with memory storage, a clock the test moves, and a recording sink. */
import type { AuthSignedInDetail, AuthSignedUpDetail } from '../../src/events.js';
import { FlowController, type FlowEnvironment, type FlowSink } from '../../src/flow/controller.js';
import type { FlowOptions } from '../../src/flow/options.js';
import { FakeAuthService } from '../support/fake-auth-service.js';

export class MemoryStore {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

export interface Harness {
  flow: FlowController;
  fake: FakeAuthService;
  session: MemoryStore;
  local: MemoryStore;
  clock: { now: number };
  /** Every sink call, in order: `before:X>Y`, `step:X`, `signedIn`, `signedUp`, `signedOut`, `error:Name`. */
  log: string[];
  /** The details of `signedUp`, in order. */
  signedUp: AuthSignedUpDetail[];
  /** The details of `signedIn`, in order. */
  signedIn: AuthSignedInDetail[];
  options: FlowOptions;
}

export function harness(
  setup: {
    fake?: FakeAuthService;
    options?: Partial<FlowOptions>;
    session?: MemoryStore;
    /** The page's answer to `auth-before-step-change` (go on by default). */
    beforeStepChange?: FlowSink['beforeStepChange'];
  } & Pick<Partial<FlowEnvironment>, 'pageLock' | 'online' | 'formTouched'> = {},
): Harness {
  const fake = setup.fake ?? new FakeAuthService();
  const session = setup.session ?? new MemoryStore();
  const local = new MemoryStore();
  const clock = { now: 1_000_000 };
  const log: string[] = [];
  const signedUp: AuthSignedUpDetail[] = [];
  const signedIn: AuthSignedInDetail[] = [];
  const options: FlowOptions = {
    authFlowType: 'USER_SRP_AUTH',
    totpIssuer: 'example.com',
    passkeyPrompt: 'never',
    socialProviders: [],
    ...setup.options,
  };
  const flow = new FlowController({
    service: fake,
    options: () => options,
    sink: {
      beforeStepChange: (step, nextStep) => {
        log.push(`before:${step}>${nextStep}`);
        return setup.beforeStepChange?.(step, nextStep) ?? true;
      },
      stepChanged: (step) => log.push(`step:${step}`),
      signedIn: (detail) => {
        log.push('signedIn');
        signedIn.push(detail);
      },
      signedUp: (detail) => {
        log.push('signedUp');
        signedUp.push(detail);
      },
      signedOut: () => log.push('signedOut'),
      error: ({ name }) => log.push(`error:${name}`),
      passkeyRegistered: () => log.push('passkeyRegistered'),
    },
    sessionStore: session,
    localStore: local,
    now: () => clock.now,
    pageLock: setup.pageLock,
    online: setup.online,
    formTouched: setup.formTouched,
  });
  return { flow, fake, session, local, clock, log, signedUp, signedIn, options };
}

/** The step changes in `log`: the page asked (`before:X>Y`) and told (`step:X`), nothing else. */
export const stepChanges = (log: string[]) =>
  log.filter((logged) => logged.startsWith('before:') || logged.startsWith('step:'));

export const CREDENTIALS = { username: 'alice@example.com', password: 'Passw0rd!' };

export { deferred } from '../support/deferred.js';

/** Resolves once `holds(flow.state)` is true (checked on every change); fails the test after `ms`. */
export function until(flow: FlowController, holds: (state: FlowController['state']) => boolean, ms = 2000) {
  return new Promise<void>((resolve, reject) => {
    if (holds(flow.state)) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`state never came: ${JSON.stringify(flow.state)}`));
    }, ms);
    const stop = flow.subscribe(() => {
      if (!holds(flow.state)) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}
