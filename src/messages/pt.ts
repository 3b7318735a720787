import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './pt/common.js';
import { catalog as signIn } from './pt/sign-in.js';

// Split per screen as English is, into `./pt/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Português europeu (European Portuguese): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./pt/account-mfa.js'),
  () => import('./pt/account-profile.js'),
  () => import('./pt/account.js'),
  () => import('./pt/attributes.js'),
  () => import('./pt/choice.js'),
  () => import('./pt/code.js'),
  () => import('./pt/custom-challenge.js'),
  () => import('./pt/done.js'),
  () => import('./pt/email-setup.js'),
  () => import('./pt/errors-and-notices.js'),
  () => import('./pt/new-password-field.js'),
  () => import('./pt/new-password.js'),
  () => import('./pt/passkey-prompt.js'),
  () => import('./pt/password.js'),
  () => import('./pt/reset-password.js'),
  () => import('./pt/sign-up.js'),
  () => import('./pt/totp-setup.js'),
  () => import('./pt/unknown.js'),
  () => import('./pt/verify-contact.js'),
]);
