import { html, type TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { capText } from '../shared/message.js';
import { customChallenge } from '../../src/messages/en/custom-challenge.js';

/** Keys of `additionalInfo` that hold the question to show, in order of preference. */
const PROMPT_KEYS = ['question', 'prompt', 'message', 'challenge'];

/** `CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE`: the prompt from the challenge parameters, and the answer. */
export class AuthStepCustomChallenge extends AuthStepElement {
  static override messages = customChallenge;

  protected override renderStep(): TemplateResult {
    const info = this.state.data.additionalInfo ?? {};
    const found = PROMPT_KEYS.map((key) => (Object.hasOwn(info, key) ? info[key] : undefined)).find(Boolean);
    const prompt = found ? capText(found) : undefined;
    return this.renderForm(this.t('step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title'), {
      body: html`${this.field({
        name: 'answer',
        label: prompt ?? this.t('field.answer'),
        hint: prompt ? undefined : this.t('hint.customChallenge'),
      })}`,
      submitLabel: this.t('action.submit'),
      actions: this.backToSignIn(),
    });
  }

  protected override fieldNames() {
    return ['answer'];
  }
}

/** What `step-elements.ts` loads for the `custom-challenge` screen. */
export default AuthStepCustomChallenge;
