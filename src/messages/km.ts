import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './km/common.js';
import { catalog as signIn } from './km/sign-in.js';

// Split per screen as English is, into `./km/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** ខ្មែរ (Khmer): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./km/account-mfa.js'),
  () => import('./km/account-profile.js'),
  () => import('./km/account.js'),
  () => import('./km/attributes.js'),
  () => import('./km/choice.js'),
  () => import('./km/code.js'),
  () => import('./km/custom-challenge.js'),
  () => import('./km/done.js'),
  () => import('./km/email-setup.js'),
  () => import('./km/errors-and-notices.js'),
  () => import('./km/new-password-field.js'),
  () => import('./km/new-password.js'),
  () => import('./km/passkey-prompt.js'),
  () => import('./km/password.js'),
  () => import('./km/reset-password.js'),
  () => import('./km/sign-up.js'),
  () => import('./km/totp-setup.js'),
  () => import('./km/unknown.js'),
  () => import('./km/verify-contact.js'),
]);
