import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ko/common.js';
import { catalog as signIn } from './ko/sign-in.js';

// Split per screen as English is, into `./ko/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** 한국어 (Korean): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ko/account-mfa.js'),
  () => import('./ko/account-profile.js'),
  () => import('./ko/account.js'),
  () => import('./ko/attributes.js'),
  () => import('./ko/choice.js'),
  () => import('./ko/code.js'),
  () => import('./ko/custom-challenge.js'),
  () => import('./ko/done.js'),
  () => import('./ko/email-setup.js'),
  () => import('./ko/errors-and-notices.js'),
  () => import('./ko/new-password-field.js'),
  () => import('./ko/new-password.js'),
  () => import('./ko/passkey-prompt.js'),
  () => import('./ko/password.js'),
  () => import('./ko/reset-password.js'),
  () => import('./ko/sign-up.js'),
  () => import('./ko/totp-setup.js'),
  () => import('./ko/unknown.js'),
  () => import('./ko/verify-contact.js'),
]);
