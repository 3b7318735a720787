import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './id/common.js';
import { catalog as signIn } from './id/sign-in.js';

// Split per screen as English is, into `./id/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Bahasa Indonesia (Indonesian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./id/account-mfa.js'),
  () => import('./id/account-profile.js'),
  () => import('./id/account.js'),
  () => import('./id/attributes.js'),
  () => import('./id/choice.js'),
  () => import('./id/code.js'),
  () => import('./id/custom-challenge.js'),
  () => import('./id/done.js'),
  () => import('./id/email-setup.js'),
  () => import('./id/errors-and-notices.js'),
  () => import('./id/new-password-field.js'),
  () => import('./id/new-password.js'),
  () => import('./id/passkey-prompt.js'),
  () => import('./id/password.js'),
  () => import('./id/reset-password.js'),
  () => import('./id/sign-up.js'),
  () => import('./id/totp-setup.js'),
  () => import('./id/unknown.js'),
  () => import('./id/verify-contact.js'),
]);
