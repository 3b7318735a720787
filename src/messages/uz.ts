import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './uz/common.js';
import { catalog as signIn } from './uz/sign-in.js';

// Split per screen as English is, into `./uz/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** Oʻzbekcha (Uzbek, Latin script): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./uz/account-mfa.js'),
  () => import('./uz/account-profile.js'),
  () => import('./uz/account.js'),
  () => import('./uz/attributes.js'),
  () => import('./uz/choice.js'),
  () => import('./uz/code.js'),
  () => import('./uz/custom-challenge.js'),
  () => import('./uz/done.js'),
  () => import('./uz/email-setup.js'),
  () => import('./uz/errors-and-notices.js'),
  () => import('./uz/new-password-field.js'),
  () => import('./uz/new-password.js'),
  () => import('./uz/passkey-prompt.js'),
  () => import('./uz/password.js'),
  () => import('./uz/reset-password.js'),
  () => import('./uz/sign-up.js'),
  () => import('./uz/totp-setup.js'),
  () => import('./uz/unknown.js'),
  () => import('./uz/verify-contact.js'),
]);
