/**
 * npm entry (`dist/auth-sign-in.js`): registers `<auth-sign-in>`, every step's element and `<auth-account>`. `lit`,
 * `aws-amplify`, `qr` and `@simplewebauthn/browser` stay bare imports for the app's bundler.
 */
import { defineAccountElements } from './account/define.js';
import { AuthSignIn } from './auth-sign-in.js';
import { defineElement } from './shared/define.js';
import { defineAllStepElements } from './step-elements.js';

defineElement('auth-sign-in', AuthSignIn);
void defineAllStepElements();
defineAccountElements();

export * from './public-api.js';
export { AuthAccount } from './auth-account.js';
export { ACCOUNT_SECTIONS, type AccountSection, type AccountChange } from '../src/flow/account.js';
/** The whole English catalog, to start a page's own language from (the CDN build carries it per screen instead). */
export { en as englishMessages } from '../src/messages/en.js';
