import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './tr/common.js';
import { catalog as signIn } from './tr/sign-in.js';

// Split per screen as English is, into `./tr/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Türkçe (Turkish): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./tr/account-mfa.js'),
  () => import('./tr/account-profile.js'),
  () => import('./tr/account.js'),
  () => import('./tr/attributes.js'),
  () => import('./tr/choice.js'),
  () => import('./tr/code.js'),
  () => import('./tr/custom-challenge.js'),
  () => import('./tr/done.js'),
  () => import('./tr/email-setup.js'),
  () => import('./tr/errors-and-notices.js'),
  () => import('./tr/new-password-field.js'),
  () => import('./tr/new-password.js'),
  () => import('./tr/passkey-prompt.js'),
  () => import('./tr/password.js'),
  () => import('./tr/reset-password.js'),
  () => import('./tr/sign-up.js'),
  () => import('./tr/totp-setup.js'),
  () => import('./tr/unknown.js'),
  () => import('./tr/verify-contact.js'),
]);
