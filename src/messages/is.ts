import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './is/common.js';
import { catalog as signIn } from './is/sign-in.js';

// Split per screen as English is, into `./is/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Íslenska (Icelandic): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./is/account-mfa.js'),
  () => import('./is/account-profile.js'),
  () => import('./is/account.js'),
  () => import('./is/attributes.js'),
  () => import('./is/choice.js'),
  () => import('./is/code.js'),
  () => import('./is/custom-challenge.js'),
  () => import('./is/done.js'),
  () => import('./is/email-setup.js'),
  () => import('./is/errors-and-notices.js'),
  () => import('./is/new-password-field.js'),
  () => import('./is/new-password.js'),
  () => import('./is/passkey-prompt.js'),
  () => import('./is/password.js'),
  () => import('./is/reset-password.js'),
  () => import('./is/sign-up.js'),
  () => import('./is/totp-setup.js'),
  () => import('./is/unknown.js'),
  () => import('./is/verify-contact.js'),
]);
