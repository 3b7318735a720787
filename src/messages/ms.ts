import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ms/common.js';
import { catalog as signIn } from './ms/sign-in.js';

// Split per screen as English is, into `./ms/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Bahasa Melayu (Malay): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ms/account-mfa.js'),
  () => import('./ms/account-profile.js'),
  () => import('./ms/account.js'),
  () => import('./ms/attributes.js'),
  () => import('./ms/choice.js'),
  () => import('./ms/code.js'),
  () => import('./ms/custom-challenge.js'),
  () => import('./ms/done.js'),
  () => import('./ms/email-setup.js'),
  () => import('./ms/errors-and-notices.js'),
  () => import('./ms/new-password-field.js'),
  () => import('./ms/new-password.js'),
  () => import('./ms/passkey-prompt.js'),
  () => import('./ms/password.js'),
  () => import('./ms/reset-password.js'),
  () => import('./ms/sign-up.js'),
  () => import('./ms/totp-setup.js'),
  () => import('./ms/unknown.js'),
  () => import('./ms/verify-contact.js'),
]);
