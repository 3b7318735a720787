import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './fi/common.js';
import { catalog as signIn } from './fi/sign-in.js';

// Split per screen as English is, into `./fi/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Suomi (Finnish): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./fi/account-mfa.js'),
  () => import('./fi/account-profile.js'),
  () => import('./fi/account.js'),
  () => import('./fi/attributes.js'),
  () => import('./fi/choice.js'),
  () => import('./fi/code.js'),
  () => import('./fi/custom-challenge.js'),
  () => import('./fi/done.js'),
  () => import('./fi/email-setup.js'),
  () => import('./fi/errors-and-notices.js'),
  () => import('./fi/new-password-field.js'),
  () => import('./fi/new-password.js'),
  () => import('./fi/passkey-prompt.js'),
  () => import('./fi/password.js'),
  () => import('./fi/reset-password.js'),
  () => import('./fi/sign-up.js'),
  () => import('./fi/totp-setup.js'),
  () => import('./fi/unknown.js'),
  () => import('./fi/verify-contact.js'),
]);
