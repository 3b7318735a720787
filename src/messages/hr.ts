import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './hr/common.js';
import { catalog as signIn } from './hr/sign-in.js';

// Split per screen as English is, into `./hr/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Hrvatski (Croatian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./hr/account-mfa.js'),
  () => import('./hr/account-profile.js'),
  () => import('./hr/account.js'),
  () => import('./hr/attributes.js'),
  () => import('./hr/choice.js'),
  () => import('./hr/code.js'),
  () => import('./hr/custom-challenge.js'),
  () => import('./hr/done.js'),
  () => import('./hr/email-setup.js'),
  () => import('./hr/errors-and-notices.js'),
  () => import('./hr/new-password-field.js'),
  () => import('./hr/new-password.js'),
  () => import('./hr/passkey-prompt.js'),
  () => import('./hr/password.js'),
  () => import('./hr/reset-password.js'),
  () => import('./hr/sign-up.js'),
  () => import('./hr/totp-setup.js'),
  () => import('./hr/unknown.js'),
  () => import('./hr/verify-contact.js'),
]);
