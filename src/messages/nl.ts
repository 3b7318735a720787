import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './nl/common.js';
import { catalog as signIn } from './nl/sign-in.js';

// Split per screen as English is, into `./nl/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Nederlands (Dutch): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./nl/account-mfa.js'),
  () => import('./nl/account-profile.js'),
  () => import('./nl/account.js'),
  () => import('./nl/attributes.js'),
  () => import('./nl/choice.js'),
  () => import('./nl/code.js'),
  () => import('./nl/custom-challenge.js'),
  () => import('./nl/done.js'),
  () => import('./nl/email-setup.js'),
  () => import('./nl/errors-and-notices.js'),
  () => import('./nl/new-password-field.js'),
  () => import('./nl/new-password.js'),
  () => import('./nl/passkey-prompt.js'),
  () => import('./nl/password.js'),
  () => import('./nl/reset-password.js'),
  () => import('./nl/sign-up.js'),
  () => import('./nl/totp-setup.js'),
  () => import('./nl/unknown.js'),
  () => import('./nl/verify-contact.js'),
]);
