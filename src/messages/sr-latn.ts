import type { Catalog } from './en.js';
import { wholeLoader } from '../catalog-parts.js';
import { catalog as common } from './sr-latn/common.js';
import { catalog as signIn } from './sr-latn/sign-in.js';

// Split per screen as English is, into `./sr-latn/`, by `scripts/split-catalogs.mjs`: run it again after adding keys.

/**
 * Srpski, latinica (Serbian, Latin script; also `sr-ME`, `sh`): loaded only when used. `{name}` marks a value, as in
 * English. The same text as `sr.ts` letter for letter (Serbian's two alphabets map one to one): change both together.
 */
export const catalog: Catalog = { ...common, ...signIn };

/** Every other screen's text (`catalog` is what SIGN_IN shows), loaded into `catalog` when a later screen or an error needs it. */
export const whole = wholeLoader(catalog, [
  () => import('./sr-latn/account-mfa.js'),
  () => import('./sr-latn/account-profile.js'),
  () => import('./sr-latn/account.js'),
  () => import('./sr-latn/attributes.js'),
  () => import('./sr-latn/choice.js'),
  () => import('./sr-latn/code.js'),
  () => import('./sr-latn/custom-challenge.js'),
  () => import('./sr-latn/done.js'),
  () => import('./sr-latn/email-setup.js'),
  () => import('./sr-latn/errors-and-notices.js'),
  () => import('./sr-latn/new-password-field.js'),
  () => import('./sr-latn/new-password.js'),
  () => import('./sr-latn/passkey-prompt.js'),
  () => import('./sr-latn/password.js'),
  () => import('./sr-latn/reset-password.js'),
  () => import('./sr-latn/sign-up.js'),
  () => import('./sr-latn/totp-setup.js'),
  () => import('./sr-latn/unknown.js'),
  () => import('./sr-latn/verify-contact.js'),
]);
