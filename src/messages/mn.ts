import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './mn/common.js';
import { catalog as signIn } from './mn/sign-in.js';

// Split per screen as English is, into `./mn/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Монгол (Mongolian, Cyrillic): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./mn/account-mfa.js'),
  () => import('./mn/account-profile.js'),
  () => import('./mn/account.js'),
  () => import('./mn/attributes.js'),
  () => import('./mn/choice.js'),
  () => import('./mn/code.js'),
  () => import('./mn/custom-challenge.js'),
  () => import('./mn/done.js'),
  () => import('./mn/email-setup.js'),
  () => import('./mn/errors-and-notices.js'),
  () => import('./mn/new-password-field.js'),
  () => import('./mn/new-password.js'),
  () => import('./mn/passkey-prompt.js'),
  () => import('./mn/password.js'),
  () => import('./mn/reset-password.js'),
  () => import('./mn/sign-up.js'),
  () => import('./mn/totp-setup.js'),
  () => import('./mn/unknown.js'),
  () => import('./mn/verify-contact.js'),
]);
