import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ha/common.js';
import { catalog as signIn } from './ha/sign-in.js';

// Split per screen as English is, into `./ha/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Hausa (addressing the reader as “ku”, which says nothing of their gender): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ha/account-mfa.js'),
  () => import('./ha/account-profile.js'),
  () => import('./ha/account.js'),
  () => import('./ha/attributes.js'),
  () => import('./ha/choice.js'),
  () => import('./ha/code.js'),
  () => import('./ha/custom-challenge.js'),
  () => import('./ha/done.js'),
  () => import('./ha/email-setup.js'),
  () => import('./ha/errors-and-notices.js'),
  () => import('./ha/new-password-field.js'),
  () => import('./ha/new-password.js'),
  () => import('./ha/passkey-prompt.js'),
  () => import('./ha/password.js'),
  () => import('./ha/reset-password.js'),
  () => import('./ha/sign-up.js'),
  () => import('./ha/totp-setup.js'),
  () => import('./ha/unknown.js'),
  () => import('./ha/verify-contact.js'),
]);
