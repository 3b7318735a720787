import { AuthStepElement } from '../shared/auth-step-element.js';
import { html, type TemplateResult } from 'lit';
import { passkeyPrompt } from '../../src/messages/en/passkey-prompt.js';

/** `PASSKEY_PROMPT`: after a sign-in without a passkey, offers to create one, or skip. */
export class AuthStepPasskeyPrompt extends AuthStepElement {
  static override messages = passkeyPrompt;

  protected override renderStep(): TemplateResult {
    return this.renderForm(this.t('step.PASSKEY_PROMPT.title'), {
      body: html`<p class="auth-hint">${this.t('hint.passkeyPrompt')}</p>`,
      submitLabel: this.t('action.registerPasskey'),
      actions: this.action('skip', this.t('action.skip'), () => this.flow.skipPasskey()),
    });
  }
}

/** What `step-elements.ts` loads for the `passkey-prompt` screen. */
export default AuthStepPasskeyPrompt;
