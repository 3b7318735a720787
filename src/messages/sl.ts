import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './sl/common.js';
import { catalog as signIn } from './sl/sign-in.js';

// Split per screen as English is, into `./sl/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Slovenščina (Slovenian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./sl/account-mfa.js'),
  () => import('./sl/account-profile.js'),
  () => import('./sl/account.js'),
  () => import('./sl/attributes.js'),
  () => import('./sl/choice.js'),
  () => import('./sl/code.js'),
  () => import('./sl/custom-challenge.js'),
  () => import('./sl/done.js'),
  () => import('./sl/email-setup.js'),
  () => import('./sl/errors-and-notices.js'),
  () => import('./sl/new-password-field.js'),
  () => import('./sl/new-password.js'),
  () => import('./sl/passkey-prompt.js'),
  () => import('./sl/password.js'),
  () => import('./sl/reset-password.js'),
  () => import('./sl/sign-up.js'),
  () => import('./sl/totp-setup.js'),
  () => import('./sl/unknown.js'),
  () => import('./sl/verify-contact.js'),
]);
