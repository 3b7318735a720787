/**
 * npm entry (`dist/auth-sign-in.js`): registers `<auth-sign-in>` with its first screen, and `<auth-account>` once one
 * is on the page. Every other screen, `<auth-account>`'s code and the rarely used parts of the flow are dynamic
 * `import()`s, which the app's bundler splits into chunks loaded when a step needs them. `lit`, `aws-amplify`, `qr`
 * and `@simplewebauthn/browser` stay bare imports for the app's bundler.
 */
import { defineAccountWhenUsed } from './account/when-used.js';
import { AuthSignIn } from './auth-sign-in.js';
import { defineElement } from './shared/define.js';
import { defineLoadedStepElement } from './step-elements.js';
import { AuthStepSignIn } from './steps/sign-in-step.js';

defineElement('auth-sign-in', AuthSignIn);
// The first screen is in the entry: SIGN_IN waits on no second chunk.
defineLoadedStepElement('SIGN_IN', AuthStepSignIn);
// Imported on a server (server-side rendering) there is no page to watch.
if (typeof document !== 'undefined') defineAccountWhenUsed();

export * from './public-api.js';
// A type only: the class's module registers English text and styles, and stays in `<auth-account>`'s lazy chunk.
export type { AuthAccount } from './auth-account.js';
export { ACCOUNT_SECTIONS, type AccountSection, type AccountChange } from '../src/flow/account-sections.js';
/** The whole English catalog, to start a page's own language from (the CDN build carries it per screen instead). */
export { en as englishMessages } from '../src/messages/en.js';
