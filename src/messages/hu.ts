import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './hu/common.js';
import { catalog as signIn } from './hu/sign-in.js';

// Split per screen as English is, into `./hu/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Magyar (Hungarian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./hu/account-mfa.js'),
  () => import('./hu/account-profile.js'),
  () => import('./hu/account.js'),
  () => import('./hu/attributes.js'),
  () => import('./hu/choice.js'),
  () => import('./hu/code.js'),
  () => import('./hu/custom-challenge.js'),
  () => import('./hu/done.js'),
  () => import('./hu/email-setup.js'),
  () => import('./hu/errors-and-notices.js'),
  () => import('./hu/new-password-field.js'),
  () => import('./hu/new-password.js'),
  () => import('./hu/passkey-prompt.js'),
  () => import('./hu/password.js'),
  () => import('./hu/reset-password.js'),
  () => import('./hu/sign-up.js'),
  () => import('./hu/totp-setup.js'),
  () => import('./hu/unknown.js'),
  () => import('./hu/verify-contact.js'),
]);
