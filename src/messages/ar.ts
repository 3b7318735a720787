import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ar/common.js';
import { catalog as signIn } from './ar/sign-in.js';

// Split per screen as English is, into `./ar/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** العربية (Arabic): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ar/account-mfa.js'),
  () => import('./ar/account-profile.js'),
  () => import('./ar/account.js'),
  () => import('./ar/attributes.js'),
  () => import('./ar/choice.js'),
  () => import('./ar/code.js'),
  () => import('./ar/custom-challenge.js'),
  () => import('./ar/done.js'),
  () => import('./ar/email-setup.js'),
  () => import('./ar/errors-and-notices.js'),
  () => import('./ar/new-password-field.js'),
  () => import('./ar/new-password.js'),
  () => import('./ar/passkey-prompt.js'),
  () => import('./ar/password.js'),
  () => import('./ar/reset-password.js'),
  () => import('./ar/sign-up.js'),
  () => import('./ar/totp-setup.js'),
  () => import('./ar/unknown.js'),
  () => import('./ar/verify-contact.js'),
]);
