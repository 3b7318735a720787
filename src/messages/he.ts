import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './he/common.js';
import { catalog as signIn } from './he/sign-in.js';

// Split per screen as English is, into `./he/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** עברית (Hebrew): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./he/account-mfa.js'),
  () => import('./he/account-profile.js'),
  () => import('./he/account.js'),
  () => import('./he/attributes.js'),
  () => import('./he/choice.js'),
  () => import('./he/code.js'),
  () => import('./he/custom-challenge.js'),
  () => import('./he/done.js'),
  () => import('./he/email-setup.js'),
  () => import('./he/errors-and-notices.js'),
  () => import('./he/new-password-field.js'),
  () => import('./he/new-password.js'),
  () => import('./he/passkey-prompt.js'),
  () => import('./he/password.js'),
  () => import('./he/reset-password.js'),
  () => import('./he/sign-up.js'),
  () => import('./he/totp-setup.js'),
  () => import('./he/unknown.js'),
  () => import('./he/verify-contact.js'),
]);
