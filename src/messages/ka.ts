import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ka/common.js';
import { catalog as signIn } from './ka/sign-in.js';

// Split per screen as English is, into `./ka/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** ქართული (Georgian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ka/account-mfa.js'),
  () => import('./ka/account-profile.js'),
  () => import('./ka/account.js'),
  () => import('./ka/attributes.js'),
  () => import('./ka/choice.js'),
  () => import('./ka/code.js'),
  () => import('./ka/custom-challenge.js'),
  () => import('./ka/done.js'),
  () => import('./ka/email-setup.js'),
  () => import('./ka/errors-and-notices.js'),
  () => import('./ka/new-password-field.js'),
  () => import('./ka/new-password.js'),
  () => import('./ka/passkey-prompt.js'),
  () => import('./ka/password.js'),
  () => import('./ka/reset-password.js'),
  () => import('./ka/sign-up.js'),
  () => import('./ka/totp-setup.js'),
  () => import('./ka/unknown.js'),
  () => import('./ka/verify-contact.js'),
]);
