import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './te/common.js';
import { catalog as signIn } from './te/sign-in.js';

// Split per screen as English is, into `./te/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** తెలుగు (Telugu): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./te/account-mfa.js'),
  () => import('./te/account-profile.js'),
  () => import('./te/account.js'),
  () => import('./te/attributes.js'),
  () => import('./te/choice.js'),
  () => import('./te/code.js'),
  () => import('./te/custom-challenge.js'),
  () => import('./te/done.js'),
  () => import('./te/email-setup.js'),
  () => import('./te/errors-and-notices.js'),
  () => import('./te/new-password-field.js'),
  () => import('./te/new-password.js'),
  () => import('./te/passkey-prompt.js'),
  () => import('./te/password.js'),
  () => import('./te/reset-password.js'),
  () => import('./te/sign-up.js'),
  () => import('./te/totp-setup.js'),
  () => import('./te/unknown.js'),
  () => import('./te/verify-contact.js'),
]);
