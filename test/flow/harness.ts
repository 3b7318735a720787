/** A flow controller on the fake auth service, with memory storage, a clock the test moves, and a recording sink. */
import { FlowController, type FlowEnvironment } from '../../src/flow/controller.js';
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
  /** Every sink call, in order: `step:X`, `signedIn`, `signedOut`, `error:Name`. */
  log: string[];
  options: FlowOptions;
}

export function harness(
  setup: { fake?: FakeAuthService; options?: Partial<FlowOptions>; session?: MemoryStore } & Pick<
    Partial<FlowEnvironment>,
    'pageLock'
  > = {},
): Harness {
  const fake = setup.fake ?? new FakeAuthService();
  const session = setup.session ?? new MemoryStore();
  const local = new MemoryStore();
  const clock = { now: 1_000_000 };
  const log: string[] = [];
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
      stepChanged: (step) => log.push(`step:${step}`),
      signedIn: () => log.push('signedIn'),
      signedOut: () => log.push('signedOut'),
      error: ({ name }) => log.push(`error:${name}`),
      passkeyRegistered: () => log.push('passkeyRegistered'),
    },
    sessionStore: session,
    localStore: local,
    now: () => clock.now,
    pageLock: setup.pageLock,
  });
  return { flow, fake, session, local, clock, log, options };
}

export const CREDENTIALS = { username: 'alice@example.com', password: 'Passw0rd!' };

export { deferred } from '../support/deferred.js';
