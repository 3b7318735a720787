import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './bg/common.js';
import { catalog as signIn } from './bg/sign-in.js';

// Split per screen as English is, into `./bg/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Български (Bulgarian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./bg/account-mfa.js'),
  () => import('./bg/account-profile.js'),
  () => import('./bg/account.js'),
  () => import('./bg/attributes.js'),
  () => import('./bg/choice.js'),
  () => import('./bg/code.js'),
  () => import('./bg/custom-challenge.js'),
  () => import('./bg/done.js'),
  () => import('./bg/email-setup.js'),
  () => import('./bg/errors-and-notices.js'),
  () => import('./bg/new-password-field.js'),
  () => import('./bg/new-password.js'),
  () => import('./bg/passkey-prompt.js'),
  () => import('./bg/password.js'),
  () => import('./bg/reset-password.js'),
  () => import('./bg/sign-up.js'),
  () => import('./bg/totp-setup.js'),
  () => import('./bg/unknown.js'),
  () => import('./bg/verify-contact.js'),
]);
