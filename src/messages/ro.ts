import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ro/common.js';
import { catalog as signIn } from './ro/sign-in.js';

// Split per screen as English is, into `./ro/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Română (Romanian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ro/account-mfa.js'),
  () => import('./ro/account-profile.js'),
  () => import('./ro/account.js'),
  () => import('./ro/attributes.js'),
  () => import('./ro/choice.js'),
  () => import('./ro/code.js'),
  () => import('./ro/custom-challenge.js'),
  () => import('./ro/done.js'),
  () => import('./ro/email-setup.js'),
  () => import('./ro/errors-and-notices.js'),
  () => import('./ro/new-password-field.js'),
  () => import('./ro/new-password.js'),
  () => import('./ro/passkey-prompt.js'),
  () => import('./ro/password.js'),
  () => import('./ro/reset-password.js'),
  () => import('./ro/sign-up.js'),
  () => import('./ro/totp-setup.js'),
  () => import('./ro/unknown.js'),
  () => import('./ro/verify-contact.js'),
]);
