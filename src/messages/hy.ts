import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './hy/common.js';
import { catalog as signIn } from './hy/sign-in.js';

// Split per screen as English is, into `./hy/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Հայերեն (Armenian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./hy/account-mfa.js'),
  () => import('./hy/account-profile.js'),
  () => import('./hy/account.js'),
  () => import('./hy/attributes.js'),
  () => import('./hy/choice.js'),
  () => import('./hy/code.js'),
  () => import('./hy/custom-challenge.js'),
  () => import('./hy/done.js'),
  () => import('./hy/email-setup.js'),
  () => import('./hy/errors-and-notices.js'),
  () => import('./hy/new-password-field.js'),
  () => import('./hy/new-password.js'),
  () => import('./hy/passkey-prompt.js'),
  () => import('./hy/password.js'),
  () => import('./hy/reset-password.js'),
  () => import('./hy/sign-up.js'),
  () => import('./hy/totp-setup.js'),
  () => import('./hy/unknown.js'),
  () => import('./hy/verify-contact.js'),
]);
