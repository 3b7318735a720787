import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './be/common.js';
import { catalog as signIn } from './be/sign-in.js';

// Split per screen as English is, into `./be/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Беларуская (Belarusian): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./be/account-mfa.js'),
  () => import('./be/account-profile.js'),
  () => import('./be/account.js'),
  () => import('./be/attributes.js'),
  () => import('./be/choice.js'),
  () => import('./be/code.js'),
  () => import('./be/custom-challenge.js'),
  () => import('./be/done.js'),
  () => import('./be/email-setup.js'),
  () => import('./be/errors-and-notices.js'),
  () => import('./be/new-password-field.js'),
  () => import('./be/new-password.js'),
  () => import('./be/passkey-prompt.js'),
  () => import('./be/password.js'),
  () => import('./be/reset-password.js'),
  () => import('./be/sign-up.js'),
  () => import('./be/totp-setup.js'),
  () => import('./be/unknown.js'),
  () => import('./be/verify-contact.js'),
]);
