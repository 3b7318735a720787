import { PENDING_KEY } from './pending-record.js';

/**
 * Whether startup may end anywhere but `SIGN_IN`: Amplify holds a signed-in user (`…LastAuthUser` in
 * localStorage), a sign-in is pending in this tab, or the page is the return from a social provider.
 * When none holds, the widget can show `SIGN_IN` at once, while Amplify is still loading.
 */
export function mayStartBeyondSignIn(): boolean {
  try {
    if (globalThis.sessionStorage?.getItem(PENDING_KEY)) return true;
    const local = globalThis.localStorage;
    for (let i = 0; i < (local?.length ?? 0); i++) {
      const key = local.key(i) ?? '';
      if (key.startsWith('CognitoIdentityServiceProvider.') && key.endsWith('.LastAuthUser')) return true;
    }
    const query = new URLSearchParams(globalThis.location?.search ?? '');
    return query.has('code') || query.has('error');
  } catch {
    return true; // storage blocked: find out the slow way
  }
}
