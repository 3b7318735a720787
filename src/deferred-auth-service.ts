import type { AuthService } from './auth-service.js';

/** The members of the service that answer at once (from the configuration); the rest return promises. */
type SyncMember = {
  [K in keyof AuthService]: ReturnType<AuthService[K]> extends Promise<unknown> ? never : K;
}[keyof AuthService];

/**
 * What each synchronous member does before Amplify has loaded: answers as a configuration without OAuth,
 * passwordless preference, password rules or sign-up settings would, and Hub listeners are added once it has
 * loaded. A synchronous member missing here is a type error.
 */
const beforeReady = (ready: Promise<AuthService>): Pick<AuthService, SyncMember> => ({
  hasOAuth: () => false,
  identifierKind: () => undefined,
  configuredPreferredChallenge: () => undefined,
  passwordPolicy: () => undefined,
  signUpSettings: () => ({
    requiredAttributes: [],
    verificationAttributes: [],
    verificationMethod: 'code',
  }),
  takeRedirectFailure: () => undefined,
  onAuthEvent: (listener) => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    ready.then((loaded) => !cancelled && (unsubscribe = loaded.onAuthEvent(listener))).catch(() => undefined);
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  },
});

/**
 * An auth service usable before the real one has loaded and been configured: each member that returns a promise
 * waits for `ready`; the synchronous ones act as {@link beforeReady} says. It lets the first screen show while
 * Amplify is still loading.
 */
export function deferredAuthService<S extends AuthService>(ready: Promise<S>): S {
  let service: S | undefined;
  ready.then((loaded) => (service = loaded)).catch(() => undefined);
  const early: Partial<Record<string, unknown>> = beforeReady(ready);
  type Member = (...args: unknown[]) => unknown;
  return new Proxy({} as S, {
    get(_target, name: string & keyof S) {
      if (service) return (service[name] as Member).bind(service);
      if (Object.hasOwn(early, name)) return early[name];
      return (...args: unknown[]) => ready.then((loaded) => (loaded[name] as Member).apply(loaded, args));
    },
  });
}
