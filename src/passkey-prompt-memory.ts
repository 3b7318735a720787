/** Remembers, per user and device, that the user declined the offer to create a passkey. */
export const passkeyPromptSkippedKey = (sub: string) => `auth-sign-in:passkey-prompt-skipped:${sub}`;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const localStore = (): KeyValueStore | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

export const passkeyPromptSkipped = (sub: string, store = localStore()) =>
  store?.getItem(passkeyPromptSkippedKey(sub)) != null;

export const rememberPasskeyPromptSkipped = (sub: string, store = localStore()) =>
  store?.setItem(passkeyPromptSkippedKey(sub), new Date().toISOString());
