import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './my/common.js';
import { catalog as signIn } from './my/sign-in.js';

// Split per screen as English is, into `./my/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** မြန်မာ (Burmese): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./my/account-mfa.js'),
  () => import('./my/account-profile.js'),
  () => import('./my/account.js'),
  () => import('./my/attributes.js'),
  () => import('./my/choice.js'),
  () => import('./my/code.js'),
  () => import('./my/custom-challenge.js'),
  () => import('./my/done.js'),
  () => import('./my/email-setup.js'),
  () => import('./my/errors-and-notices.js'),
  () => import('./my/new-password-field.js'),
  () => import('./my/new-password.js'),
  () => import('./my/passkey-prompt.js'),
  () => import('./my/password.js'),
  () => import('./my/reset-password.js'),
  () => import('./my/sign-up.js'),
  () => import('./my/totp-setup.js'),
  () => import('./my/unknown.js'),
  () => import('./my/verify-contact.js'),
]);
