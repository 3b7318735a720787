/**
 * `<auth-account>`'s sections and what its `auth-account-change` says, apart from its flow (`account.ts`): the npm
 * entry exports them, and the flow stays in the element's lazy chunk.
 */
import type { ListAction } from './account-lists.js';
import type { MfaAction } from './account-mfa.js';
import type { ProfileAction } from './account-profile.js';

/** The sections in their default order; `sections="…"` picks and orders them. */
export const ACCOUNT_SECTIONS = ['profile', 'password', 'mfa', 'passkeys', 'devices', 'sessions', 'delete'] as const;
export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

/** `auth-account-change`: what changed; never a password, code, secret or token. */
export interface AccountChange {
  section: AccountSection;
  action: 'passwordChanged' | 'signedOutEverywhere' | 'accountDeleted' | ListAction | MfaAction | ProfileAction;
}
