/**
 * CDN entry (`dist/cdn/auth-sign-in.js`): registers `<auth-sign-in>` (and `<auth-account>` once one is on the page); its first screen and every other one,
 * `qr` (the QR encoder), `@simplewebauthn/browser` and non-English catalogs load when first needed.
 */
import { AuthSignIn } from './auth-sign-in.js';
import { defineElement } from './shared/define.js';
import { defineLoadedStepElement } from './step-elements.js';
import { AuthStepSignIn } from './steps/sign-in-step.js';

defineElement('auth-sign-in', AuthSignIn);
// The first screen travels in the entry file, so SIGN_IN needs no second request.
defineLoadedStepElement('SIGN_IN', AuthStepSignIn);

// `<auth-account>` and its sections load when one is on the page, now or later: a sign-in page does not pay for it.
const accounts = document.getElementsByTagName('auth-account');
const loadAccount = (_?: unknown, watch?: MutationObserver) => {
  if (!accounts.length) return;
  watch?.disconnect();
  void import('./account/define.js').then((m) => m.defineAccountElements());
};
if (accounts.length) loadAccount();
else new MutationObserver(loadAccount).observe(document, { childList: true, subtree: true });

export * from './public-api.js';
