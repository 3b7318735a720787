import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './es-419/common.js';
import { catalog as signIn } from './es-419/sign-in.js';

// Split per screen as English is, into `./es-419/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Español de Latinoamérica (Latin American Spanish, es-419): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./es-419/account-mfa.js'),
  () => import('./es-419/account-profile.js'),
  () => import('./es-419/account.js'),
  () => import('./es-419/attributes.js'),
  () => import('./es-419/choice.js'),
  () => import('./es-419/code.js'),
  () => import('./es-419/custom-challenge.js'),
  () => import('./es-419/done.js'),
  () => import('./es-419/email-setup.js'),
  () => import('./es-419/errors-and-notices.js'),
  () => import('./es-419/new-password-field.js'),
  () => import('./es-419/new-password.js'),
  () => import('./es-419/passkey-prompt.js'),
  () => import('./es-419/password.js'),
  () => import('./es-419/reset-password.js'),
  () => import('./es-419/sign-up.js'),
  () => import('./es-419/totp-setup.js'),
  () => import('./es-419/unknown.js'),
  () => import('./es-419/verify-contact.js'),
]);
