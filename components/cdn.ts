/**
 * CDN entry (`dist/cdn/auth-sign-in.js`): registers `<auth-sign-in>` (and `<auth-account>` once one is on the page) with its
 * first screen, the code screen and the signed-in screen; every other screen,
 * `qr` (the QR encoder), `@simplewebauthn/browser` and non-English catalogs load when first needed.
 */
import { defineAccountWhenUsed } from './account/when-used.js';
import { AuthSignIn } from './auth-sign-in.js';
import { defineElement } from './shared/define.js';
import { defineLoadedStepElement } from './step-elements.js';
import { AuthStepSignIn } from './steps/sign-in-step.js';
import { AuthStepCode } from './steps/code-step.js';
import { AuthStepDone } from './steps/done-step.js';

defineElement('auth-sign-in', AuthSignIn);
// The first screen travels in the entry file, so SIGN_IN needs no second request.
defineLoadedStepElement('SIGN_IN', AuthStepSignIn);
// So do the code screen (SMS, email, TOTP and sign-up codes) and the signed-in one, which most sign-ins reach: in the
// entry they cost 738 B gzip less than as two chunks of their own, and no step after SIGN_IN waits for the network.
defineLoadedStepElement('CONFIRM_SIGN_IN_WITH_SMS_CODE', AuthStepCode);
defineLoadedStepElement('DONE', AuthStepDone);

defineAccountWhenUsed();

export * from './public-api.js';
