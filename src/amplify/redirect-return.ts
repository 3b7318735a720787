/**
 * The return from the hosted UI, as Amplify handles it: Amplify completes the sign-in on its own once it is
 * configured with OAuth settings (its Hub reports `signInWithRedirect` or `signInWithRedirect_failure`), but only
 * when its "in flight" flag is set; and after a failure it leaves `code`, `state` and `error` in the address.
 * This module tells the widget what happened, so startup can end with one clear message and a clean address.
 */
import { Hub } from 'aws-amplify/utils';
import type { RedirectFailure } from '../auth-service.js';

const RETURN_PARAMS = ['code', 'state', 'error', 'error_description'];
/** Longest wait for Amplify to finish a return (it calls the token endpoint once). */
const OUTCOME_TIMEOUT_MS = 60_000;

export interface ReturnWatch {
  /** What the return came to: `undefined` when it signed the person in (or nothing was under way). */
  failure(): Promise<RedirectFailure | undefined>;
}

/**
 * Watches the return on this page load. Call it before `Amplify.configure` and before loading Amplify's OAuth
 * listener, so no Hub event is missed.
 */
export function watchReturn(clientId: string, isCancelled: (error: unknown) => boolean): ReturnWatch {
  const query = new URLSearchParams(globalThis.location?.search ?? '');
  const providerError = query.get('error');
  const looksLikeReturn = query.has('state') && (query.has('code') || providerError !== null);
  let inFlight = false;
  try {
    inFlight = globalThis.localStorage?.getItem(`CognitoIdentityServiceProvider.${clientId}.inflightOAuth`) === 'true';
  } catch {
    inFlight = false;
  }
  const outcome = inFlight ? nextOutcome() : Promise.resolve(undefined);
  return {
    async failure() {
      const error = inFlight
        ? await outcome
        : looksLikeReturn
          ? // Nothing under way in this browser answers to this `state`: an old or foreign address.
            { name: 'OAuthSignInException', message: 'An error occurred while validating the state.' }
          : undefined;
      if (!error) return undefined;
      cleanAddress();
      return { error, canceled: providerError === 'access_denied' || isCancelled(error) };
    },
  };
}

/** The error of the next `signInWithRedirect_failure`; `undefined` on success (or if Amplify never says). */
function nextOutcome(): Promise<unknown> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), OUTCOME_TIMEOUT_MS);
    const stop = Hub.listen('auth', ({ payload }) => {
      const { event, data } = payload as { event: string; data?: { error?: unknown } };
      if (event === 'signInWithRedirect') done(undefined);
      if (event === 'signInWithRedirect_failure') done(data?.error ?? { name: 'OAuthSignInException', message: '' });
    });
    function done(error: unknown) {
      clearTimeout(timer);
      stop();
      resolve(error);
    }
  });
}

/** Removes what the hosted UI added to the address, so nobody copies a spent code or an error along with it. */
function cleanAddress() {
  const url = new URL(globalThis.location.href);
  for (const name of RETURN_PARAMS) url.searchParams.delete(name);
  if (url.href !== globalThis.location.href) globalThis.history.replaceState(globalThis.history.state, '', url.href);
}
