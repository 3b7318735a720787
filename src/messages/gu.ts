import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './gu/common.js';
import { catalog as signIn } from './gu/sign-in.js';

// Split per screen as English is, into `./gu/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** ગુજરાતી (Gujarati): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./gu/account-mfa.js'),
  () => import('./gu/account-profile.js'),
  () => import('./gu/account.js'),
  () => import('./gu/attributes.js'),
  () => import('./gu/choice.js'),
  () => import('./gu/code.js'),
  () => import('./gu/custom-challenge.js'),
  () => import('./gu/done.js'),
  () => import('./gu/email-setup.js'),
  () => import('./gu/errors-and-notices.js'),
  () => import('./gu/new-password-field.js'),
  () => import('./gu/new-password.js'),
  () => import('./gu/passkey-prompt.js'),
  () => import('./gu/password.js'),
  () => import('./gu/reset-password.js'),
  () => import('./gu/sign-up.js'),
  () => import('./gu/totp-setup.js'),
  () => import('./gu/unknown.js'),
  () => import('./gu/verify-contact.js'),
]);
