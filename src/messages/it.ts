import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './it/common.js';
import { catalog as signIn } from './it/sign-in.js';

// Split per screen as English is, into `./it/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Italiano (Italian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./it/account-mfa.js'),
  () => import('./it/account-profile.js'),
  () => import('./it/account.js'),
  () => import('./it/attributes.js'),
  () => import('./it/choice.js'),
  () => import('./it/code.js'),
  () => import('./it/custom-challenge.js'),
  () => import('./it/done.js'),
  () => import('./it/email-setup.js'),
  () => import('./it/errors-and-notices.js'),
  () => import('./it/new-password-field.js'),
  () => import('./it/new-password.js'),
  () => import('./it/passkey-prompt.js'),
  () => import('./it/password.js'),
  () => import('./it/reset-password.js'),
  () => import('./it/sign-up.js'),
  () => import('./it/totp-setup.js'),
  () => import('./it/unknown.js'),
  () => import('./it/verify-contact.js'),
]);
