import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './kn/common.js';
import { catalog as signIn } from './kn/sign-in.js';

// Split per screen as English is, into `./kn/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** ಕನ್ನಡ (Kannada): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./kn/account-mfa.js'),
  () => import('./kn/account-profile.js'),
  () => import('./kn/account.js'),
  () => import('./kn/attributes.js'),
  () => import('./kn/choice.js'),
  () => import('./kn/code.js'),
  () => import('./kn/custom-challenge.js'),
  () => import('./kn/done.js'),
  () => import('./kn/email-setup.js'),
  () => import('./kn/errors-and-notices.js'),
  () => import('./kn/new-password-field.js'),
  () => import('./kn/new-password.js'),
  () => import('./kn/passkey-prompt.js'),
  () => import('./kn/password.js'),
  () => import('./kn/reset-password.js'),
  () => import('./kn/sign-up.js'),
  () => import('./kn/totp-setup.js'),
  () => import('./kn/unknown.js'),
  () => import('./kn/verify-contact.js'),
]);
