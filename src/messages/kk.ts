import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './kk/common.js';
import { catalog as signIn } from './kk/sign-in.js';

// Split per screen as English is, into `./kk/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Қазақ тілі (Kazakh): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./kk/account-mfa.js'),
  () => import('./kk/account-profile.js'),
  () => import('./kk/account.js'),
  () => import('./kk/attributes.js'),
  () => import('./kk/choice.js'),
  () => import('./kk/code.js'),
  () => import('./kk/custom-challenge.js'),
  () => import('./kk/done.js'),
  () => import('./kk/email-setup.js'),
  () => import('./kk/errors-and-notices.js'),
  () => import('./kk/new-password-field.js'),
  () => import('./kk/new-password.js'),
  () => import('./kk/passkey-prompt.js'),
  () => import('./kk/password.js'),
  () => import('./kk/reset-password.js'),
  () => import('./kk/sign-up.js'),
  () => import('./kk/totp-setup.js'),
  () => import('./kk/unknown.js'),
  () => import('./kk/verify-contact.js'),
]);
