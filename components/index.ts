/**
 * npm entry (`dist/auth-sign-in.js`): registers `<auth-sign-in>` and every step's element. `lit`,
 * `aws-amplify`, `qr` and `@simplewebauthn/browser` stay bare imports for the app's bundler.
 */
import { AuthSignIn } from './auth-sign-in.js';
import { defineElement } from './shared/define.js';
import { defineAllStepElements } from './step-elements.js';

defineElement('auth-sign-in', AuthSignIn);
void defineAllStepElements();

export * from './public-api.js';
/** The whole English catalog, to start a page's own language from (the CDN build carries it per screen instead). */
export { en as englishMessages } from '../src/messages/en.js';
