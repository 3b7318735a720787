import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './az/common.js';
import { catalog as signIn } from './az/sign-in.js';

// Split per screen as English is, into `./az/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Azərbaycanca (Azerbaijani, Latin script): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./az/account-mfa.js'),
  () => import('./az/account-profile.js'),
  () => import('./az/account.js'),
  () => import('./az/attributes.js'),
  () => import('./az/choice.js'),
  () => import('./az/code.js'),
  () => import('./az/custom-challenge.js'),
  () => import('./az/done.js'),
  () => import('./az/email-setup.js'),
  () => import('./az/errors-and-notices.js'),
  () => import('./az/new-password-field.js'),
  () => import('./az/new-password.js'),
  () => import('./az/passkey-prompt.js'),
  () => import('./az/password.js'),
  () => import('./az/reset-password.js'),
  () => import('./az/sign-up.js'),
  () => import('./az/totp-setup.js'),
  () => import('./az/unknown.js'),
  () => import('./az/verify-contact.js'),
]);
