import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './lo/common.js';
import { catalog as signIn } from './lo/sign-in.js';

// Split per screen as English is, into `./lo/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** ລາວ (Lao): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./lo/account-mfa.js'),
  () => import('./lo/account-profile.js'),
  () => import('./lo/account.js'),
  () => import('./lo/attributes.js'),
  () => import('./lo/choice.js'),
  () => import('./lo/code.js'),
  () => import('./lo/custom-challenge.js'),
  () => import('./lo/done.js'),
  () => import('./lo/email-setup.js'),
  () => import('./lo/errors-and-notices.js'),
  () => import('./lo/new-password-field.js'),
  () => import('./lo/new-password.js'),
  () => import('./lo/passkey-prompt.js'),
  () => import('./lo/password.js'),
  () => import('./lo/reset-password.js'),
  () => import('./lo/sign-up.js'),
  () => import('./lo/totp-setup.js'),
  () => import('./lo/unknown.js'),
  () => import('./lo/verify-contact.js'),
]);
