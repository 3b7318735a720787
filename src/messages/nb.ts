import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './nb/common.js';
import { catalog as signIn } from './nb/sign-in.js';

// Split per screen as English is, into `./nb/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Norsk bokmål (Norwegian Bokmål): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./nb/account-mfa.js'),
  () => import('./nb/account-profile.js'),
  () => import('./nb/account.js'),
  () => import('./nb/attributes.js'),
  () => import('./nb/choice.js'),
  () => import('./nb/code.js'),
  () => import('./nb/custom-challenge.js'),
  () => import('./nb/done.js'),
  () => import('./nb/email-setup.js'),
  () => import('./nb/errors-and-notices.js'),
  () => import('./nb/new-password-field.js'),
  () => import('./nb/new-password.js'),
  () => import('./nb/passkey-prompt.js'),
  () => import('./nb/password.js'),
  () => import('./nb/reset-password.js'),
  () => import('./nb/sign-up.js'),
  () => import('./nb/totp-setup.js'),
  () => import('./nb/unknown.js'),
  () => import('./nb/verify-contact.js'),
]);
