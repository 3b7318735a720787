import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './mr/common.js';
import { catalog as signIn } from './mr/sign-in.js';

// Split per screen as English is, into `./mr/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** मराठी (Marathi): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./mr/account-mfa.js'),
  () => import('./mr/account-profile.js'),
  () => import('./mr/account.js'),
  () => import('./mr/attributes.js'),
  () => import('./mr/choice.js'),
  () => import('./mr/code.js'),
  () => import('./mr/custom-challenge.js'),
  () => import('./mr/done.js'),
  () => import('./mr/email-setup.js'),
  () => import('./mr/errors-and-notices.js'),
  () => import('./mr/new-password-field.js'),
  () => import('./mr/new-password.js'),
  () => import('./mr/passkey-prompt.js'),
  () => import('./mr/password.js'),
  () => import('./mr/reset-password.js'),
  () => import('./mr/sign-up.js'),
  () => import('./mr/totp-setup.js'),
  () => import('./mr/unknown.js'),
  () => import('./mr/verify-contact.js'),
]);
