import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './da/common.js';
import { catalog as signIn } from './da/sign-in.js';

// Split per screen as English is, into `./da/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Dansk (Danish): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./da/account-mfa.js'),
  () => import('./da/account-profile.js'),
  () => import('./da/account.js'),
  () => import('./da/attributes.js'),
  () => import('./da/choice.js'),
  () => import('./da/code.js'),
  () => import('./da/custom-challenge.js'),
  () => import('./da/done.js'),
  () => import('./da/email-setup.js'),
  () => import('./da/errors-and-notices.js'),
  () => import('./da/new-password-field.js'),
  () => import('./da/new-password.js'),
  () => import('./da/passkey-prompt.js'),
  () => import('./da/password.js'),
  () => import('./da/reset-password.js'),
  () => import('./da/sign-up.js'),
  () => import('./da/totp-setup.js'),
  () => import('./da/unknown.js'),
  () => import('./da/verify-contact.js'),
]);
