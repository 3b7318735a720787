import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './si/common.js';
import { catalog as signIn } from './si/sign-in.js';

// Split per screen as English is, into `./si/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** සිංහල (Sinhala): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./si/account-mfa.js'),
  () => import('./si/account-profile.js'),
  () => import('./si/account.js'),
  () => import('./si/attributes.js'),
  () => import('./si/choice.js'),
  () => import('./si/code.js'),
  () => import('./si/custom-challenge.js'),
  () => import('./si/done.js'),
  () => import('./si/email-setup.js'),
  () => import('./si/errors-and-notices.js'),
  () => import('./si/new-password-field.js'),
  () => import('./si/new-password.js'),
  () => import('./si/passkey-prompt.js'),
  () => import('./si/password.js'),
  () => import('./si/reset-password.js'),
  () => import('./si/sign-up.js'),
  () => import('./si/totp-setup.js'),
  () => import('./si/unknown.js'),
  () => import('./si/verify-contact.js'),
]);
