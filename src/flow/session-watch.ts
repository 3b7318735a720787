/**
 * Keeps the widget's signed-in state true to what Amplify holds. A refresh that failed is a sign-out only when
 * Amplify no longer holds the tokens (since Amplify 6.21 a network error, a 5xx or a throttle keeps them; a refresh
 * token Cognito refused clears them): otherwise the widget stays on `DONE` and asks again when the network returns.
 * Other tabs of this origin reach this one through Hub: Amplify turns the `storage` event on its own token keys
 * into `signedIn` / `signedOut`. No polling.
 */
import type { AuthService } from '../auth-service.js';

/** Where the widget stands, as far as a session change elsewhere is concerned. */
export type Standing =
  /** `DONE` or `PASSKEY_PROMPT`, nothing under way. */
  | 'signedIn'
  /** A sign-in form nobody has typed into, nothing under way: a sign-in elsewhere may take it to `DONE`. */
  | 'idle'
  /** Startup, a call under way, or a form the person is filling in: left alone. */
  | 'busy';

export interface SessionHost {
  standing(): Standing;
  /** Signed out elsewhere; `ended`: the session ended without anyone signing out (a refused refresh token). */
  signedOut(ended: boolean): void;
  /** Signed in elsewhere (another tab, a redirect): complete the sign-in here. */
  signedIn(): Promise<void>;
}

/** Calls its listener when the network comes back (`online`); returns the unsubscribe function. */
export type OnlineSignal = (listener: () => void) => () => void;

/** Starts watching; returns the function that stops it. */
export function watchSession(service: AuthService, host: SessionHost, online?: OnlineSignal): () => void {
  const stopHub = service.onAuthEvent(async ({ event }) => {
    const standing = host.standing();
    if (event === 'signedOut' && standing === 'signedIn') host.signedOut(false);
    else if (event === 'tokenRefresh_failure' && standing === 'signedIn' && !(await service.holdsSession()))
      host.signedOut(true);
    else if ((event === 'signedIn' || event === 'signInWithRedirect') && standing === 'idle') await host.signedIn();
  });
  // Back online: asking for the user refreshes tokens that expired meanwhile; a failure comes back as Hub news.
  const stopOnline = online?.(() => void (host.standing() === 'signedIn' && service.currentUser()));
  return () => {
    stopHub();
    stopOnline?.();
  };
}
