/** The offer to create a passkey after a sign-in without one, and the memory of "Not now" per user and device. */
import type { AuthService, SignedInUser } from '../auth-service.js';
import type { FlowOptions } from './options.js';

export const passkeyPromptSkippedKey = (sub: string) => `auth-sign-in:passkey-prompt-skipped:${sub}`;

type Memory = Pick<Storage, 'getItem' | 'setItem'> | undefined;

export const rememberDeclined = (memory: Memory, user: SignedInUser) =>
  memory?.setItem(passkeyPromptSkippedKey(user.userId), new Date().toISOString());

/**
 * Whether to offer a passkey: asked for, not declined on this device, a platform authenticator here and no
 * passkey yet. `call` runs each service call (so a late answer is dropped like any other).
 */
export async function shouldOfferPasskey(
  options: FlowOptions,
  memory: Memory,
  user: SignedInUser,
  service: AuthService,
  call: <T>(request: () => Promise<T>) => Promise<T>,
): Promise<boolean> {
  if (options.passkeyPrompt !== 'after-sign-in') return false;
  if (memory?.getItem(passkeyPromptSkippedKey(user.userId)) != null) return false;
  if (!(await call(() => service.platformAuthenticatorAvailable().catch(() => false)))) return false;
  return (await call(() => service.countPasskeys().catch(() => 1))) === 0;
}
