import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './am/common.js';
import { catalog as signIn } from './am/sign-in.js';

// Split per screen as English is, into `./am/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** አማርኛ (Amharic): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./am/account-mfa.js'),
  () => import('./am/account-profile.js'),
  () => import('./am/account.js'),
  () => import('./am/attributes.js'),
  () => import('./am/choice.js'),
  () => import('./am/code.js'),
  () => import('./am/custom-challenge.js'),
  () => import('./am/done.js'),
  () => import('./am/email-setup.js'),
  () => import('./am/errors-and-notices.js'),
  () => import('./am/new-password-field.js'),
  () => import('./am/new-password.js'),
  () => import('./am/passkey-prompt.js'),
  () => import('./am/password.js'),
  () => import('./am/reset-password.js'),
  () => import('./am/sign-up.js'),
  () => import('./am/totp-setup.js'),
  () => import('./am/unknown.js'),
  () => import('./am/verify-contact.js'),
]);
