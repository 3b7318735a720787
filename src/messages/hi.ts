import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './hi/common.js';
import { catalog as signIn } from './hi/sign-in.js';

// Split per screen as English is, into `./hi/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** हिन्दी (Hindi): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./hi/account-mfa.js'),
  () => import('./hi/account-profile.js'),
  () => import('./hi/account.js'),
  () => import('./hi/attributes.js'),
  () => import('./hi/choice.js'),
  () => import('./hi/code.js'),
  () => import('./hi/custom-challenge.js'),
  () => import('./hi/done.js'),
  () => import('./hi/email-setup.js'),
  () => import('./hi/errors-and-notices.js'),
  () => import('./hi/new-password-field.js'),
  () => import('./hi/new-password.js'),
  () => import('./hi/passkey-prompt.js'),
  () => import('./hi/password.js'),
  () => import('./hi/reset-password.js'),
  () => import('./hi/sign-up.js'),
  () => import('./hi/totp-setup.js'),
  () => import('./hi/unknown.js'),
  () => import('./hi/verify-contact.js'),
]);
