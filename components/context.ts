import type { Translate } from '../src/i18n.js';
import type { FlowController } from '../src/flow/controller.js';

/**
 * What `<auth-sign-in>` hands each step element it places (`AuthStepElement.context`): the flow, and the text
 * lookup for the current language. The step elements are the host's own children, so it sets the property itself.
 */
export interface AuthContext {
  flow: FlowController;
  t: Translate;
  lang: string;
  /** The language the text is in: `lang`, or `en` where the page's language has no text (the fallback). */
  textLang: string;
}
