import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './lv/common.js';
import { catalog as signIn } from './lv/sign-in.js';

// Split per screen as English is, into `./lv/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Latviešu (Latvian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./lv/account-mfa.js'),
  () => import('./lv/account-profile.js'),
  () => import('./lv/account.js'),
  () => import('./lv/attributes.js'),
  () => import('./lv/choice.js'),
  () => import('./lv/code.js'),
  () => import('./lv/custom-challenge.js'),
  () => import('./lv/done.js'),
  () => import('./lv/email-setup.js'),
  () => import('./lv/errors-and-notices.js'),
  () => import('./lv/new-password-field.js'),
  () => import('./lv/new-password.js'),
  () => import('./lv/passkey-prompt.js'),
  () => import('./lv/password.js'),
  () => import('./lv/reset-password.js'),
  () => import('./lv/sign-up.js'),
  () => import('./lv/totp-setup.js'),
  () => import('./lv/unknown.js'),
  () => import('./lv/verify-contact.js'),
]);
