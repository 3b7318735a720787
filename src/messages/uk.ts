import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './uk/common.js';
import { catalog as signIn } from './uk/sign-in.js';

// Split per screen as English is, into `./uk/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Українська (Ukrainian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./uk/account-mfa.js'),
  () => import('./uk/account-profile.js'),
  () => import('./uk/account.js'),
  () => import('./uk/attributes.js'),
  () => import('./uk/choice.js'),
  () => import('./uk/code.js'),
  () => import('./uk/custom-challenge.js'),
  () => import('./uk/done.js'),
  () => import('./uk/email-setup.js'),
  () => import('./uk/errors-and-notices.js'),
  () => import('./uk/new-password-field.js'),
  () => import('./uk/new-password.js'),
  () => import('./uk/passkey-prompt.js'),
  () => import('./uk/password.js'),
  () => import('./uk/reset-password.js'),
  () => import('./uk/sign-up.js'),
  () => import('./uk/totp-setup.js'),
  () => import('./uk/unknown.js'),
  () => import('./uk/verify-contact.js'),
]);
