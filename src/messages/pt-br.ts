import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './pt-br/common.js';
import { catalog as signIn } from './pt-br/sign-in.js';

// Split per screen as English is, into `./pt-br/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Português do Brasil (Brazilian Portuguese): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./pt-br/account-mfa.js'),
  () => import('./pt-br/account-profile.js'),
  () => import('./pt-br/account.js'),
  () => import('./pt-br/attributes.js'),
  () => import('./pt-br/choice.js'),
  () => import('./pt-br/code.js'),
  () => import('./pt-br/custom-challenge.js'),
  () => import('./pt-br/done.js'),
  () => import('./pt-br/email-setup.js'),
  () => import('./pt-br/errors-and-notices.js'),
  () => import('./pt-br/new-password-field.js'),
  () => import('./pt-br/new-password.js'),
  () => import('./pt-br/passkey-prompt.js'),
  () => import('./pt-br/password.js'),
  () => import('./pt-br/reset-password.js'),
  () => import('./pt-br/sign-up.js'),
  () => import('./pt-br/totp-setup.js'),
  () => import('./pt-br/unknown.js'),
  () => import('./pt-br/verify-contact.js'),
]);
