import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './lt/common.js';
import { catalog as signIn } from './lt/sign-in.js';

// Split per screen as English is, into `./lt/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Lietuvių (Lithuanian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./lt/account-mfa.js'),
  () => import('./lt/account-profile.js'),
  () => import('./lt/account.js'),
  () => import('./lt/attributes.js'),
  () => import('./lt/choice.js'),
  () => import('./lt/code.js'),
  () => import('./lt/custom-challenge.js'),
  () => import('./lt/done.js'),
  () => import('./lt/email-setup.js'),
  () => import('./lt/errors-and-notices.js'),
  () => import('./lt/new-password-field.js'),
  () => import('./lt/new-password.js'),
  () => import('./lt/passkey-prompt.js'),
  () => import('./lt/password.js'),
  () => import('./lt/reset-password.js'),
  () => import('./lt/sign-up.js'),
  () => import('./lt/totp-setup.js'),
  () => import('./lt/unknown.js'),
  () => import('./lt/verify-contact.js'),
]);
