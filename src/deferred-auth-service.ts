import type { AuthService } from './auth-service.js';

/**
 * An auth service usable before the real one has loaded and been configured: each call waits for `ready`.
 * Until then the synchronous questions get the answers of a configuration without OAuth or passwordless
 * preference. It lets the first screen show while Amplify is still loading.
 */
export function deferredAuthService(ready: Promise<AuthService>): AuthService {
  let service: AuthService | undefined;
  ready.then((loaded) => (service = loaded)).catch(() => undefined);
  const before: Partial<Record<keyof AuthService, () => unknown>> = {
    hasOAuth: () => false,
    identifierKind: () => undefined,
    configuredPreferredChallenge: () => undefined,
    passwordPolicy: () => undefined,
    takeRedirectFailure: () => undefined,
  };
  return new Proxy({} as AuthService, {
    get(_target, name: keyof AuthService) {
      if (service) return (service[name] as (...args: unknown[]) => unknown).bind(service);
      return (
        before[name] ??
        ((...args: unknown[]) =>
          ready.then((loaded) => (loaded[name] as (...args: unknown[]) => unknown).apply(loaded, args)))
      );
    },
  });
}
