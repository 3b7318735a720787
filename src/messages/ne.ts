import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ne/common.js';
import { catalog as signIn } from './ne/sign-in.js';

// Split per screen as English is, into `./ne/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** नेपाली (Nepali): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ne/account-mfa.js'),
  () => import('./ne/account-profile.js'),
  () => import('./ne/account.js'),
  () => import('./ne/attributes.js'),
  () => import('./ne/choice.js'),
  () => import('./ne/code.js'),
  () => import('./ne/custom-challenge.js'),
  () => import('./ne/done.js'),
  () => import('./ne/email-setup.js'),
  () => import('./ne/errors-and-notices.js'),
  () => import('./ne/new-password-field.js'),
  () => import('./ne/new-password.js'),
  () => import('./ne/passkey-prompt.js'),
  () => import('./ne/password.js'),
  () => import('./ne/reset-password.js'),
  () => import('./ne/sign-up.js'),
  () => import('./ne/totp-setup.js'),
  () => import('./ne/unknown.js'),
  () => import('./ne/verify-contact.js'),
]);
