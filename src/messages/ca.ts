import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ca/common.js';
import { catalog as signIn } from './ca/sign-in.js';

// Split per screen as English is, into `./ca/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Català (Catalan): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ca/account-mfa.js'),
  () => import('./ca/account-profile.js'),
  () => import('./ca/account.js'),
  () => import('./ca/attributes.js'),
  () => import('./ca/choice.js'),
  () => import('./ca/code.js'),
  () => import('./ca/custom-challenge.js'),
  () => import('./ca/done.js'),
  () => import('./ca/email-setup.js'),
  () => import('./ca/errors-and-notices.js'),
  () => import('./ca/new-password-field.js'),
  () => import('./ca/new-password.js'),
  () => import('./ca/passkey-prompt.js'),
  () => import('./ca/password.js'),
  () => import('./ca/reset-password.js'),
  () => import('./ca/sign-up.js'),
  () => import('./ca/totp-setup.js'),
  () => import('./ca/unknown.js'),
  () => import('./ca/verify-contact.js'),
]);
