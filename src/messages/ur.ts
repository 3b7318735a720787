import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ur/common.js';
import { catalog as signIn } from './ur/sign-in.js';

// Split per screen as English is, into `./ur/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** اردو (Urdu, written right to left): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ur/account-mfa.js'),
  () => import('./ur/account-profile.js'),
  () => import('./ur/account.js'),
  () => import('./ur/attributes.js'),
  () => import('./ur/choice.js'),
  () => import('./ur/code.js'),
  () => import('./ur/custom-challenge.js'),
  () => import('./ur/done.js'),
  () => import('./ur/email-setup.js'),
  () => import('./ur/errors-and-notices.js'),
  () => import('./ur/new-password-field.js'),
  () => import('./ur/new-password.js'),
  () => import('./ur/passkey-prompt.js'),
  () => import('./ur/password.js'),
  () => import('./ur/reset-password.js'),
  () => import('./ur/sign-up.js'),
  () => import('./ur/totp-setup.js'),
  () => import('./ur/unknown.js'),
  () => import('./ur/verify-contact.js'),
]);
