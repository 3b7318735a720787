import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './fa/common.js';
import { catalog as signIn } from './fa/sign-in.js';

// Split per screen as English is, into `./fa/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** فارسی (Persian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./fa/account-mfa.js'),
  () => import('./fa/account-profile.js'),
  () => import('./fa/account.js'),
  () => import('./fa/attributes.js'),
  () => import('./fa/choice.js'),
  () => import('./fa/code.js'),
  () => import('./fa/custom-challenge.js'),
  () => import('./fa/done.js'),
  () => import('./fa/email-setup.js'),
  () => import('./fa/errors-and-notices.js'),
  () => import('./fa/new-password-field.js'),
  () => import('./fa/new-password.js'),
  () => import('./fa/passkey-prompt.js'),
  () => import('./fa/password.js'),
  () => import('./fa/reset-password.js'),
  () => import('./fa/sign-up.js'),
  () => import('./fa/totp-setup.js'),
  () => import('./fa/unknown.js'),
  () => import('./fa/verify-contact.js'),
]);
