import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ta/common.js';
import { catalog as signIn } from './ta/sign-in.js';

// Split per screen as English is, into `./ta/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** தமிழ் (Tamil): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ta/account-mfa.js'),
  () => import('./ta/account-profile.js'),
  () => import('./ta/account.js'),
  () => import('./ta/attributes.js'),
  () => import('./ta/choice.js'),
  () => import('./ta/code.js'),
  () => import('./ta/custom-challenge.js'),
  () => import('./ta/done.js'),
  () => import('./ta/email-setup.js'),
  () => import('./ta/errors-and-notices.js'),
  () => import('./ta/new-password-field.js'),
  () => import('./ta/new-password.js'),
  () => import('./ta/passkey-prompt.js'),
  () => import('./ta/password.js'),
  () => import('./ta/reset-password.js'),
  () => import('./ta/sign-up.js'),
  () => import('./ta/totp-setup.js'),
  () => import('./ta/unknown.js'),
  () => import('./ta/verify-contact.js'),
]);
