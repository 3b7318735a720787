/**
 * CDN entry (`dist/cdn/auth-sign-in.js`): registers `<auth-sign-in>` (and `<auth-account>` once one is on the page); its first screen and every other one,
 * `qr` (the QR encoder), `@simplewebauthn/browser` and non-English catalogs load when first needed.
 */
import { defineAccountWhenUsed } from './account/when-used.js';
import { AuthSignIn } from './auth-sign-in.js';
import { defineElement } from './shared/define.js';
import { defineLoadedStepElement } from './step-elements.js';
import { AuthStepSignIn } from './steps/sign-in-step.js';

defineElement('auth-sign-in', AuthSignIn);
// The first screen travels in the entry file, so SIGN_IN needs no second request.
defineLoadedStepElement('SIGN_IN', AuthStepSignIn);
defineAccountWhenUsed();

export * from './public-api.js';
