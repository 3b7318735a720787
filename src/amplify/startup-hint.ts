import { PENDING_KEY } from '../flow/resume.js';

export interface StartupSurroundings {
  sessionStore?: Pick<Storage, 'getItem'>;
  localStore?: Pick<Storage, 'length' | 'key'>;
  /** The page's query string. */
  search: string;
}

/**
 * Whether startup may end anywhere but `SIGN_IN`: Amplify holds a signed-in user (`…LastAuthUser` in local
 * storage), a sign-in is pending in this tab, or the page is the return from a social provider. When none
 * holds, the widget can show `SIGN_IN` at once, while Amplify is still loading. The host hands in its storage.
 */
export function mayStartBeyondSignIn({ sessionStore, localStore, search }: StartupSurroundings): boolean {
  try {
    if (sessionStore?.getItem(PENDING_KEY)) return true;
    for (let i = 0; i < (localStore?.length ?? 0); i++) {
      const key = localStore?.key(i) ?? '';
      if (key.startsWith('CognitoIdentityServiceProvider.') && key.endsWith('.LastAuthUser')) return true;
    }
    const query = new URLSearchParams(search);
    return query.has('code') || query.has('error');
  } catch {
    return true; // storage blocked: find out the slow way
  }
}
