import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './ps/common.js';
import { catalog as signIn } from './ps/sign-in.js';

// Split per screen as English is, into `./ps/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** پښتو (Pashto, right to left): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./ps/account-mfa.js'),
  () => import('./ps/account-profile.js'),
  () => import('./ps/account.js'),
  () => import('./ps/attributes.js'),
  () => import('./ps/choice.js'),
  () => import('./ps/code.js'),
  () => import('./ps/custom-challenge.js'),
  () => import('./ps/done.js'),
  () => import('./ps/email-setup.js'),
  () => import('./ps/errors-and-notices.js'),
  () => import('./ps/new-password-field.js'),
  () => import('./ps/new-password.js'),
  () => import('./ps/passkey-prompt.js'),
  () => import('./ps/password.js'),
  () => import('./ps/reset-password.js'),
  () => import('./ps/sign-up.js'),
  () => import('./ps/totp-setup.js'),
  () => import('./ps/unknown.js'),
  () => import('./ps/verify-contact.js'),
]);
