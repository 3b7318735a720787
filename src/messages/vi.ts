import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './vi/common.js';
import { catalog as signIn } from './vi/sign-in.js';

// Split per screen as English is, into `./vi/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Tiếng Việt (Vietnamese): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./vi/account-mfa.js'),
  () => import('./vi/account-profile.js'),
  () => import('./vi/account.js'),
  () => import('./vi/attributes.js'),
  () => import('./vi/choice.js'),
  () => import('./vi/code.js'),
  () => import('./vi/custom-challenge.js'),
  () => import('./vi/done.js'),
  () => import('./vi/email-setup.js'),
  () => import('./vi/errors-and-notices.js'),
  () => import('./vi/new-password-field.js'),
  () => import('./vi/new-password.js'),
  () => import('./vi/passkey-prompt.js'),
  () => import('./vi/password.js'),
  () => import('./vi/reset-password.js'),
  () => import('./vi/sign-up.js'),
  () => import('./vi/totp-setup.js'),
  () => import('./vi/unknown.js'),
  () => import('./vi/verify-contact.js'),
]);
