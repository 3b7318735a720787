import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ru/common.js';
import { catalog as signIn } from './ru/sign-in.js';

// Split per screen as English is, into `./ru/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Русский (Russian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ru/account-mfa.js'),
  () => import('./ru/account-profile.js'),
  () => import('./ru/account.js'),
  () => import('./ru/attributes.js'),
  () => import('./ru/choice.js'),
  () => import('./ru/code.js'),
  () => import('./ru/custom-challenge.js'),
  () => import('./ru/done.js'),
  () => import('./ru/email-setup.js'),
  () => import('./ru/errors-and-notices.js'),
  () => import('./ru/new-password-field.js'),
  () => import('./ru/new-password.js'),
  () => import('./ru/passkey-prompt.js'),
  () => import('./ru/password.js'),
  () => import('./ru/reset-password.js'),
  () => import('./ru/sign-up.js'),
  () => import('./ru/totp-setup.js'),
  () => import('./ru/unknown.js'),
  () => import('./ru/verify-contact.js'),
]);
