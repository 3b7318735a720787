import { html, type TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { unknown } from '../../src/messages/en/unknown.js';

/**
 * A `signInStep` this version does not know (a future Amplify value): a clear message and a way back.
 * An app can show its own screen through the host's slot named after the step.
 */
export class AuthStepUnknown extends AuthStepElement {
  static override messages = unknown;

  protected override renderStep(): TemplateResult {
    return this.renderForm(this.t('step.UNKNOWN.title'), {
      body: html`<p class="auth-hint">${this.message('hint.unknownStep', { step: this.step })}</p>`,
      actions: this.backToSignIn(),
    });
  }
}

/** What `step-elements.ts` loads for the `unknown` screen. */
export default AuthStepUnknown;
