import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './sk/common.js';
import { catalog as signIn } from './sk/sign-in.js';

// Split per screen as English is, into `./sk/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Slovenčina (Slovak): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./sk/account-mfa.js'),
  () => import('./sk/account-profile.js'),
  () => import('./sk/account.js'),
  () => import('./sk/attributes.js'),
  () => import('./sk/choice.js'),
  () => import('./sk/code.js'),
  () => import('./sk/custom-challenge.js'),
  () => import('./sk/done.js'),
  () => import('./sk/email-setup.js'),
  () => import('./sk/errors-and-notices.js'),
  () => import('./sk/new-password-field.js'),
  () => import('./sk/new-password.js'),
  () => import('./sk/passkey-prompt.js'),
  () => import('./sk/password.js'),
  () => import('./sk/reset-password.js'),
  () => import('./sk/sign-up.js'),
  () => import('./sk/totp-setup.js'),
  () => import('./sk/unknown.js'),
  () => import('./sk/verify-contact.js'),
]);
