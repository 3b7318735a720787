/**
 * Swaps the step elements in the host's light DOM: a new element for every step, so nothing typed on one shows on
 * the next. Each gets the host's context (the flow, the text lookup), and the current one every new context.
 */
import type { Step } from '../src/flow/steps.js';
import type { AuthContext } from './context.js';
import type { AuthStepElement } from './shared/auth-step-element.js';
import { defineStepElement } from './step-elements.js';
import { directionOf, loadWholeCatalog } from '../src/i18n.js';
import { screenOf } from '../src/flow/steps.js';
import { SMS_MFA_CODE_LENGTH } from '../src/flow/code-length.js';

/**
 * A step whose text falls back to English on a page in another language says so: `lang="en"` and `dir="ltr"` on
 * the step, so it is read with an English voice and not mirrored; otherwise it takes the host's `lang` and `dir`.
 */
function markLanguage(element: HTMLElement, { lang, textLang }: AuthContext) {
  if (textLang === lang) {
    element.removeAttribute('lang');
    element.removeAttribute('dir');
  } else {
    element.setAttribute('lang', textLang);
    element.setAttribute('dir', directionOf(textLang));
  }
}

const pastSignIn = (step: Step | undefined) => Boolean(step) && screenOf(step!) !== 'sign-in';

/** The rest of the language's text; if it cannot load, English reads in its place. */
const loadWholeText = ({ textLang }: AuthContext) => loadWholeCatalog(textLang).catch(() => undefined);

export class StepOutlet {
  private current?: AuthStepElement;
  private context?: AuthContext;

  constructor(private readonly host: HTMLElement) {}

  /** Hands `context` to the element showing now and to every one placed later. */
  provide(context: AuthContext) {
    this.context = context;
    const current = this.current;
    if (current) {
      current.context = context;
      markLanguage(current, context);
      // A screen past SIGN_IN shown before its language's text (a resumed step, a change of `lang`).
      if (pastSignIn(current.step)) void loadWholeText(context).then(() => current.requestUpdate());
    }
  }

  /**
   * Readies, while the person types on the first screen, what the screens after it need: the rest of the language's
   * text (nothing for English, whose code and signed-in screens travel with the first), and the plural rules and
   * number format that write the code screen's counts (built on first use by the text lookup, tens of milliseconds on
   * a slow phone). A failure changes nothing: the next screen loads its text again.
   */
  prepareNext() {
    const context = this.context;
    if (!context) return;
    void loadWholeText(context);
    // The SMS code screen's count, once: writing it builds the plural rules and the number format.
    context.t('hint.codeLength', { count: SMS_MFA_CODE_LENGTH });
  }

  /**
   * Puts `step`'s element in place (loading it first) and returns it. `reuse`: an element already showing this
   * step stays (the first screen, shown while startup ran, keeps what was typed into it).
   */
  async place(step: Step, reuse = false): Promise<AuthStepElement> {
    // The language's text past SIGN_IN loads with the first screen that needs it, with that screen's element.
    const context = this.context;
    const [tag] = await Promise.all([
      defineStepElement(step),
      context && pastSignIn(step) ? loadWholeText(context) : undefined,
    ]);
    const current = this.current;
    if (reuse && current?.step === step) return current;
    const element = document.createElement(tag) as AuthStepElement;
    element.step = step;
    element.context = this.context;
    if (this.context) markLanguage(element, this.context);
    current?.remove();
    this.host.append(element);
    this.current = element;
    return element;
  }
}
