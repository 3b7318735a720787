import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ja/common.js';
import { catalog as signIn } from './ja/sign-in.js';

// Split per screen as English is, into `./ja/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** 日本語 (Japanese): loaded only when `lang` is `ja` or `ja-*`. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ja/account-mfa.js'),
  () => import('./ja/account-profile.js'),
  () => import('./ja/account.js'),
  () => import('./ja/attributes.js'),
  () => import('./ja/choice.js'),
  () => import('./ja/code.js'),
  () => import('./ja/custom-challenge.js'),
  () => import('./ja/done.js'),
  () => import('./ja/email-setup.js'),
  () => import('./ja/errors-and-notices.js'),
  () => import('./ja/new-password-field.js'),
  () => import('./ja/new-password.js'),
  () => import('./ja/passkey-prompt.js'),
  () => import('./ja/password.js'),
  () => import('./ja/reset-password.js'),
  () => import('./ja/sign-up.js'),
  () => import('./ja/totp-setup.js'),
  () => import('./ja/unknown.js'),
  () => import('./ja/verify-contact.js'),
]);
