import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './et/common.js';
import { catalog as signIn } from './et/sign-in.js';

// Split per screen as English is, into `./et/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Eesti (Estonian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./et/account-mfa.js'),
  () => import('./et/account-profile.js'),
  () => import('./et/account.js'),
  () => import('./et/attributes.js'),
  () => import('./et/choice.js'),
  () => import('./et/code.js'),
  () => import('./et/custom-challenge.js'),
  () => import('./et/done.js'),
  () => import('./et/email-setup.js'),
  () => import('./et/errors-and-notices.js'),
  () => import('./et/new-password-field.js'),
  () => import('./et/new-password.js'),
  () => import('./et/passkey-prompt.js'),
  () => import('./et/password.js'),
  () => import('./et/reset-password.js'),
  () => import('./et/sign-up.js'),
  () => import('./et/totp-setup.js'),
  () => import('./et/unknown.js'),
  () => import('./et/verify-contact.js'),
]);
