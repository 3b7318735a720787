import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ml/common.js';
import { catalog as signIn } from './ml/sign-in.js';

// Split per screen as English is, into `./ml/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** മലയാളം (Malayalam): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ml/account-mfa.js'),
  () => import('./ml/account-profile.js'),
  () => import('./ml/account.js'),
  () => import('./ml/attributes.js'),
  () => import('./ml/choice.js'),
  () => import('./ml/code.js'),
  () => import('./ml/custom-challenge.js'),
  () => import('./ml/done.js'),
  () => import('./ml/email-setup.js'),
  () => import('./ml/errors-and-notices.js'),
  () => import('./ml/new-password-field.js'),
  () => import('./ml/new-password.js'),
  () => import('./ml/passkey-prompt.js'),
  () => import('./ml/password.js'),
  () => import('./ml/reset-password.js'),
  () => import('./ml/sign-up.js'),
  () => import('./ml/totp-setup.js'),
  () => import('./ml/unknown.js'),
  () => import('./ml/verify-contact.js'),
]);
