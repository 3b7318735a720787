import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './sv/common.js';
import { catalog as signIn } from './sv/sign-in.js';

// Split per screen as English is, into `./sv/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Svenska (Swedish): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./sv/account-mfa.js'),
  () => import('./sv/account-profile.js'),
  () => import('./sv/account.js'),
  () => import('./sv/attributes.js'),
  () => import('./sv/choice.js'),
  () => import('./sv/code.js'),
  () => import('./sv/custom-challenge.js'),
  () => import('./sv/done.js'),
  () => import('./sv/email-setup.js'),
  () => import('./sv/errors-and-notices.js'),
  () => import('./sv/new-password-field.js'),
  () => import('./sv/new-password.js'),
  () => import('./sv/passkey-prompt.js'),
  () => import('./sv/password.js'),
  () => import('./sv/reset-password.js'),
  () => import('./sv/sign-up.js'),
  () => import('./sv/totp-setup.js'),
  () => import('./sv/unknown.js'),
  () => import('./sv/verify-contact.js'),
]);
