import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './el/common.js';
import { catalog as signIn } from './el/sign-in.js';

// Split per screen as English is, into `./el/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Ελληνικά (Greek): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./el/account-mfa.js'),
  () => import('./el/account-profile.js'),
  () => import('./el/account.js'),
  () => import('./el/attributes.js'),
  () => import('./el/choice.js'),
  () => import('./el/code.js'),
  () => import('./el/custom-challenge.js'),
  () => import('./el/done.js'),
  () => import('./el/email-setup.js'),
  () => import('./el/errors-and-notices.js'),
  () => import('./el/new-password-field.js'),
  () => import('./el/new-password.js'),
  () => import('./el/passkey-prompt.js'),
  () => import('./el/password.js'),
  () => import('./el/reset-password.js'),
  () => import('./el/sign-up.js'),
  () => import('./el/totp-setup.js'),
  () => import('./el/unknown.js'),
  () => import('./el/verify-contact.js'),
]);
