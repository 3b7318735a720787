import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './zh-hant/common.js';
import { catalog as signIn } from './zh-hant/sign-in.js';

// Split per screen as English is, into `./zh-hant/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/** 繁體中文 (Traditional Chinese, Taiwan): loaded only when used. `{name}` marks a value, as in English. */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./zh-hant/account-mfa.js'),
  () => import('./zh-hant/account-profile.js'),
  () => import('./zh-hant/account.js'),
  () => import('./zh-hant/attributes.js'),
  () => import('./zh-hant/choice.js'),
  () => import('./zh-hant/code.js'),
  () => import('./zh-hant/custom-challenge.js'),
  () => import('./zh-hant/done.js'),
  () => import('./zh-hant/email-setup.js'),
  () => import('./zh-hant/errors-and-notices.js'),
  () => import('./zh-hant/new-password-field.js'),
  () => import('./zh-hant/new-password.js'),
  () => import('./zh-hant/passkey-prompt.js'),
  () => import('./zh-hant/password.js'),
  () => import('./zh-hant/reset-password.js'),
  () => import('./zh-hant/sign-up.js'),
  () => import('./zh-hant/totp-setup.js'),
  () => import('./zh-hant/unknown.js'),
  () => import('./zh-hant/verify-contact.js'),
]);
