/**
 * Keeps the widget's signed-in state true to what Amplify holds: Hub events, other tabs of this origin, the
 * network coming back. A refresh that failed is a sign-out only when Amplify no longer holds the tokens (since
 * Amplify 6.21 a network error, a 5xx or a throttle keeps them); a sign-in or sign-out in another tab reaches this
 * one through the `storage` event on Amplify's keys (`AuthService.onOtherTab`). No polling.
 */
import type { AuthHubEvent, AuthService } from '../auth-service.js';

/** Where the widget stands, as far as a session change elsewhere is concerned. */
export type Standing =
  /** `DONE` or `PASSKEY_PROMPT`, nothing under way. */
  | 'signedIn'
  /** A sign-in form nobody has typed into, nothing under way: another tab's sign-in may take it to `DONE`. */
  | 'idle'
  /** Startup, a call under way, or a form the person is filling in: left alone. */
  | 'busy';

export interface SessionHost {
  standing(): Standing;
  /** Signed out elsewhere; `ended`: the session ended on its own (a refresh token Cognito refused). */
  signedOut(ended: boolean): void;
  /** Signed in elsewhere (another tab, a redirect): complete the sign-in here. */
  signedIn(): Promise<void>;
}

export interface SessionSignals {
  /** Calls `listener` when the network comes back (`online`); returns the unsubscribe function. */
  online?: (listener: () => void) => () => void;
}

/** Starts watching; returns the function that stops it. */
export function watchSession(service: AuthService, host: SessionHost, signals: SessionSignals = {}): () => void {
  /** Sign-in and sign-out elsewhere: reconciled with what Amplify holds now. */
  const reconcile = async () => {
    const standing = host.standing();
    if (standing === 'busy') return;
    const held = await service.holdsSession();
    if (standing !== host.standing()) return; // something moved meanwhile: the newer news decides
    if (standing === 'signedIn' && !held) host.signedOut(false);
    else if (standing === 'idle' && held) await host.signedIn();
  };

  const onHub = async (hub: AuthHubEvent) => {
    switch (hub.event) {
      case 'signedOut':
        if (host.standing() === 'signedIn') host.signedOut(false);
        return;
      case 'tokenRefresh_failure':
        // Amplify has already cleared the tokens when Cognito refused them; anything else keeps them for a retry.
        if (host.standing() === 'signedIn' && !(await service.holdsSession())) host.signedOut(true);
        return;
      case 'signedIn':
      case 'signInWithRedirect':
        if (host.standing() === 'idle') await host.signedIn();
    }
  };

  const stops = [
    service.onAuthEvent((hub) => void onHub(hub)),
    service.onOtherTab(() => void reconcile()),
    // Back online: ask for the session, which refreshes tokens that expired meanwhile; a failure comes as Hub news.
    signals.online?.(() => {
      if (host.standing() === 'signedIn') void service.checkSession();
    }),
  ];
  return () => stops.forEach((stop) => stop?.());
}
