import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './pl/common.js';
import { catalog as signIn } from './pl/sign-in.js';

// Split per screen as English is, into `./pl/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Polski (Polish): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./pl/account-mfa.js'),
  () => import('./pl/account-profile.js'),
  () => import('./pl/account.js'),
  () => import('./pl/attributes.js'),
  () => import('./pl/choice.js'),
  () => import('./pl/code.js'),
  () => import('./pl/custom-challenge.js'),
  () => import('./pl/done.js'),
  () => import('./pl/email-setup.js'),
  () => import('./pl/errors-and-notices.js'),
  () => import('./pl/new-password-field.js'),
  () => import('./pl/new-password.js'),
  () => import('./pl/passkey-prompt.js'),
  () => import('./pl/password.js'),
  () => import('./pl/reset-password.js'),
  () => import('./pl/sign-up.js'),
  () => import('./pl/totp-setup.js'),
  () => import('./pl/unknown.js'),
  () => import('./pl/verify-contact.js'),
]);
