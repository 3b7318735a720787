import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './fr/common.js';
import { catalog as signIn } from './fr/sign-in.js';

// Split per screen as English is, into `./fr/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Français (French): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./fr/account-mfa.js'),
  () => import('./fr/account-profile.js'),
  () => import('./fr/account.js'),
  () => import('./fr/attributes.js'),
  () => import('./fr/choice.js'),
  () => import('./fr/code.js'),
  () => import('./fr/custom-challenge.js'),
  () => import('./fr/done.js'),
  () => import('./fr/email-setup.js'),
  () => import('./fr/errors-and-notices.js'),
  () => import('./fr/new-password-field.js'),
  () => import('./fr/new-password.js'),
  () => import('./fr/passkey-prompt.js'),
  () => import('./fr/password.js'),
  () => import('./fr/reset-password.js'),
  () => import('./fr/sign-up.js'),
  () => import('./fr/totp-setup.js'),
  () => import('./fr/unknown.js'),
  () => import('./fr/verify-contact.js'),
]);
