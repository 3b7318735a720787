import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './sw/common.js';
import { catalog as signIn } from './sw/sign-in.js';

// Split per screen as English is, into `./sw/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Kiswahili (Swahili): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./sw/account-mfa.js'),
  () => import('./sw/account-profile.js'),
  () => import('./sw/account.js'),
  () => import('./sw/attributes.js'),
  () => import('./sw/choice.js'),
  () => import('./sw/code.js'),
  () => import('./sw/custom-challenge.js'),
  () => import('./sw/done.js'),
  () => import('./sw/email-setup.js'),
  () => import('./sw/errors-and-notices.js'),
  () => import('./sw/new-password-field.js'),
  () => import('./sw/new-password.js'),
  () => import('./sw/passkey-prompt.js'),
  () => import('./sw/password.js'),
  () => import('./sw/reset-password.js'),
  () => import('./sw/sign-up.js'),
  () => import('./sw/totp-setup.js'),
  () => import('./sw/unknown.js'),
  () => import('./sw/verify-contact.js'),
]);
