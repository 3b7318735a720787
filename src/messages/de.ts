import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './de/common.js';
import { catalog as signIn } from './de/sign-in.js';

// Split per screen as English is, into `./de/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Deutsch (German): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./de/account-mfa.js'),
  () => import('./de/account-profile.js'),
  () => import('./de/account.js'),
  () => import('./de/attributes.js'),
  () => import('./de/choice.js'),
  () => import('./de/code.js'),
  () => import('./de/custom-challenge.js'),
  () => import('./de/done.js'),
  () => import('./de/email-setup.js'),
  () => import('./de/errors-and-notices.js'),
  () => import('./de/new-password-field.js'),
  () => import('./de/new-password.js'),
  () => import('./de/passkey-prompt.js'),
  () => import('./de/password.js'),
  () => import('./de/reset-password.js'),
  () => import('./de/sign-up.js'),
  () => import('./de/totp-setup.js'),
  () => import('./de/unknown.js'),
  () => import('./de/verify-contact.js'),
]);
