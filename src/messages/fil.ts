import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './fil/common.js';
import { catalog as signIn } from './fil/sign-in.js';

// Split per screen as English is, into `./fil/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Filipino: loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./fil/account-mfa.js'),
  () => import('./fil/account-profile.js'),
  () => import('./fil/account.js'),
  () => import('./fil/attributes.js'),
  () => import('./fil/choice.js'),
  () => import('./fil/code.js'),
  () => import('./fil/custom-challenge.js'),
  () => import('./fil/done.js'),
  () => import('./fil/email-setup.js'),
  () => import('./fil/errors-and-notices.js'),
  () => import('./fil/new-password-field.js'),
  () => import('./fil/new-password.js'),
  () => import('./fil/passkey-prompt.js'),
  () => import('./fil/password.js'),
  () => import('./fil/reset-password.js'),
  () => import('./fil/sign-up.js'),
  () => import('./fil/totp-setup.js'),
  () => import('./fil/unknown.js'),
  () => import('./fil/verify-contact.js'),
]);
