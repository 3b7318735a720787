import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './zh-hans/common.js';
import { catalog as signIn } from './zh-hans/sign-in.js';

// Split per screen as English is, into `./zh-hans/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** 简体中文 (Simplified Chinese): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./zh-hans/account-mfa.js'),
  () => import('./zh-hans/account-profile.js'),
  () => import('./zh-hans/account.js'),
  () => import('./zh-hans/attributes.js'),
  () => import('./zh-hans/choice.js'),
  () => import('./zh-hans/code.js'),
  () => import('./zh-hans/custom-challenge.js'),
  () => import('./zh-hans/done.js'),
  () => import('./zh-hans/email-setup.js'),
  () => import('./zh-hans/errors-and-notices.js'),
  () => import('./zh-hans/new-password-field.js'),
  () => import('./zh-hans/new-password.js'),
  () => import('./zh-hans/passkey-prompt.js'),
  () => import('./zh-hans/password.js'),
  () => import('./zh-hans/reset-password.js'),
  () => import('./zh-hans/sign-up.js'),
  () => import('./zh-hans/totp-setup.js'),
  () => import('./zh-hans/unknown.js'),
  () => import('./zh-hans/verify-contact.js'),
]);
