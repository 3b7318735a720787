import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './th/common.js';
import { catalog as signIn } from './th/sign-in.js';

// Split per screen as English is, into `./th/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** ไทย (Thai): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./th/account-mfa.js'),
  () => import('./th/account-profile.js'),
  () => import('./th/account.js'),
  () => import('./th/attributes.js'),
  () => import('./th/choice.js'),
  () => import('./th/code.js'),
  () => import('./th/custom-challenge.js'),
  () => import('./th/done.js'),
  () => import('./th/email-setup.js'),
  () => import('./th/errors-and-notices.js'),
  () => import('./th/new-password-field.js'),
  () => import('./th/new-password.js'),
  () => import('./th/passkey-prompt.js'),
  () => import('./th/password.js'),
  () => import('./th/reset-password.js'),
  () => import('./th/sign-up.js'),
  () => import('./th/totp-setup.js'),
  () => import('./th/unknown.js'),
  () => import('./th/verify-contact.js'),
]);
