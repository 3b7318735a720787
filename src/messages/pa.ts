import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './pa/common.js';
import { catalog as signIn } from './pa/sign-in.js';

// Split per screen as English is, into `./pa/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** ਪੰਜਾਬੀ (Punjabi, Gurmukhi): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./pa/account-mfa.js'),
  () => import('./pa/account-profile.js'),
  () => import('./pa/account.js'),
  () => import('./pa/attributes.js'),
  () => import('./pa/choice.js'),
  () => import('./pa/code.js'),
  () => import('./pa/custom-challenge.js'),
  () => import('./pa/done.js'),
  () => import('./pa/email-setup.js'),
  () => import('./pa/errors-and-notices.js'),
  () => import('./pa/new-password-field.js'),
  () => import('./pa/new-password.js'),
  () => import('./pa/passkey-prompt.js'),
  () => import('./pa/password.js'),
  () => import('./pa/reset-password.js'),
  () => import('./pa/sign-up.js'),
  () => import('./pa/totp-setup.js'),
  () => import('./pa/unknown.js'),
  () => import('./pa/verify-contact.js'),
]);
