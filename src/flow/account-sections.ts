/**
 * `<auth-account>`'s sections and what its `auth-account-change` says, apart from its flow (`account.ts`): the npm
 * entry exports them, and the flow stays in the element's lazy chunk.
 */

/** The sections in their default order; `sections="…"` picks and orders them. */
export const ACCOUNT_SECTIONS = ['password', 'sessions', 'delete'] as const;
export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

/** `auth-account-change`: what changed; never a password, code, secret or token. */
export interface AccountChange {
  section: AccountSection;
  action: 'passwordChanged' | 'signedOutEverywhere' | 'accountDeleted';
}
