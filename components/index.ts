/**
 * npm entry (`dist/auth-sign-in.js`): registers every element. `lit`, `@lit/context`, `aws-amplify`,
 * `qrcode` and `@simplewebauthn/browser` stay bare imports for the app's bundler.
 */
import './define/auth-sign-in.js';
import './define/auth-step-sign-in.js';
import './define/auth-step-code.js';
import './define/auth-step-choice.js';
import './define/auth-step-password.js';
import './define/auth-step-custom-challenge.js';
import './define/auth-step-email-setup.js';
import './define/auth-step-new-password.js';
import './define/auth-step-reset-password.js';
import './define/auth-step-totp-setup.js';
import './define/auth-step-passkey-prompt.js';
import './define/auth-step-done.js';
import './define/auth-step-unknown.js';

export * from './public-api.js';
