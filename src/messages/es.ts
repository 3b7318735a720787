import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './es/common.js';
import { catalog as signIn } from './es/sign-in.js';

// Split per screen as English is, into `./es/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Español de España (Spanish as written in Spain; Latin America has `es-419`): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./es/account-mfa.js'),
  () => import('./es/account-profile.js'),
  () => import('./es/account.js'),
  () => import('./es/attributes.js'),
  () => import('./es/choice.js'),
  () => import('./es/code.js'),
  () => import('./es/custom-challenge.js'),
  () => import('./es/done.js'),
  () => import('./es/email-setup.js'),
  () => import('./es/errors-and-notices.js'),
  () => import('./es/new-password-field.js'),
  () => import('./es/new-password.js'),
  () => import('./es/passkey-prompt.js'),
  () => import('./es/password.js'),
  () => import('./es/reset-password.js'),
  () => import('./es/sign-up.js'),
  () => import('./es/totp-setup.js'),
  () => import('./es/unknown.js'),
  () => import('./es/verify-contact.js'),
]);
