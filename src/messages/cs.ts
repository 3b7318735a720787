import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './cs/common.js';
import { catalog as signIn } from './cs/sign-in.js';

// Split per screen as English is, into `./cs/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Čeština (Czech): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./cs/account-mfa.js'),
  () => import('./cs/account-profile.js'),
  () => import('./cs/account.js'),
  () => import('./cs/attributes.js'),
  () => import('./cs/choice.js'),
  () => import('./cs/code.js'),
  () => import('./cs/custom-challenge.js'),
  () => import('./cs/done.js'),
  () => import('./cs/email-setup.js'),
  () => import('./cs/errors-and-notices.js'),
  () => import('./cs/new-password-field.js'),
  () => import('./cs/new-password.js'),
  () => import('./cs/passkey-prompt.js'),
  () => import('./cs/password.js'),
  () => import('./cs/reset-password.js'),
  () => import('./cs/sign-up.js'),
  () => import('./cs/totp-setup.js'),
  () => import('./cs/unknown.js'),
  () => import('./cs/verify-contact.js'),
]);
