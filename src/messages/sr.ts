import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './sr/common.js';
import { catalog as signIn } from './sr/sign-in.js';

// Split per screen as English is, into `./sr/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Српски, ћирилица (Serbian, Cyrillic; also `sr-Cyrl`): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./sr/account-mfa.js'),
  () => import('./sr/account-profile.js'),
  () => import('./sr/account.js'),
  () => import('./sr/attributes.js'),
  () => import('./sr/choice.js'),
  () => import('./sr/code.js'),
  () => import('./sr/custom-challenge.js'),
  () => import('./sr/done.js'),
  () => import('./sr/email-setup.js'),
  () => import('./sr/errors-and-notices.js'),
  () => import('./sr/new-password-field.js'),
  () => import('./sr/new-password.js'),
  () => import('./sr/passkey-prompt.js'),
  () => import('./sr/password.js'),
  () => import('./sr/reset-password.js'),
  () => import('./sr/sign-up.js'),
  () => import('./sr/totp-setup.js'),
  () => import('./sr/unknown.js'),
  () => import('./sr/verify-contact.js'),
]);
