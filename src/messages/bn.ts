import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './bn/common.js';
import { catalog as signIn } from './bn/sign-in.js';

// Split per screen as English is, into `./bn/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** বাংলা (Bengali): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./bn/account-mfa.js'),
  () => import('./bn/account-profile.js'),
  () => import('./bn/account.js'),
  () => import('./bn/attributes.js'),
  () => import('./bn/choice.js'),
  () => import('./bn/code.js'),
  () => import('./bn/custom-challenge.js'),
  () => import('./bn/done.js'),
  () => import('./bn/email-setup.js'),
  () => import('./bn/errors-and-notices.js'),
  () => import('./bn/new-password-field.js'),
  () => import('./bn/new-password.js'),
  () => import('./bn/passkey-prompt.js'),
  () => import('./bn/password.js'),
  () => import('./bn/reset-password.js'),
  () => import('./bn/sign-up.js'),
  () => import('./bn/totp-setup.js'),
  () => import('./bn/unknown.js'),
  () => import('./bn/verify-contact.js'),
]);
