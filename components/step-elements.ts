/**
 * The one list of screens → elements. It feeds both entries (which register only `SIGN_IN`'s at first) and the host,
 * which loads a screen's element when a step needs it: every other screen is a dynamic `import()`, a chunk in the CDN
 * build and in an app's bundle.
 */
import { screenOf, type Screen, type Step } from '../src/flow/steps.js';
import { addEnglish } from '../src/i18n.js';
import type { Catalog } from '../src/messages/en.js';
import { defineElement } from './shared/define.js';

/** A screen's element class, with the English text it brings (`AuthStepElement.messages`; none from an older copy). */
type ScreenClass = CustomElementConstructor & { messages?: Catalog };

/** Each screen's module, whose default export is its element, registered as `auth-step-<screen>`. */
const SCREENS: Readonly<Record<Screen, () => Promise<{ default: ScreenClass }>>> = {
  'sign-in': () => import('./steps/sign-in-step.js'),
  code: () => import('./steps/code-step.js'),
  choice: () => import('./steps/choice-step.js'),
  password: () => import('./steps/password-step.js'),
  'new-password': () => import('./steps/new-password-step.js'),
  'custom-challenge': () => import('./steps/custom-challenge-step.js'),
  'totp-setup': () => import('./steps/totp-setup-step.js'),
  'email-setup': () => import('./steps/email-setup-step.js'),
  'reset-password': () => import('./steps/reset-password-step.js'),
  'passkey-prompt': () => import('./steps/passkey-prompt-step.js'),
  'sign-up': () => import('./steps/sign-up-step.js'),
  'sign-up-link': () => import('./steps/sign-up-link-step.js'),
  'verify-contact': () => import('./steps/verify-contact-step.js'),
  done: () => import('./steps/done-step.js'),
  unknown: () => import('./steps/unknown-step.js'),
};

const tagOf = (step: Step) => `auth-step-${screenOf(step)}`;

/** Registers a screen's element, its English text first (also when another copy of the widget defined it). */
function defineScreen(tag: string, element: ScreenClass) {
  addEnglish(element.messages ?? {});
  defineElement(tag, element);
}

/** Registers the element of `step`'s screen (loading it first); its tag. */
export async function defineStepElement(step: Step): Promise<string> {
  const tag = tagOf(step);
  defineScreen(tag, (customElements.get(tag) as ScreenClass | undefined) ?? (await SCREENS[screenOf(step)]()).default);
  return tag;
}

/** Registers an element already loaded (both entries carry `SIGN_IN`'s). */
export const defineLoadedStepElement = (step: Step, element: ScreenClass) => defineScreen(tagOf(step), element);
