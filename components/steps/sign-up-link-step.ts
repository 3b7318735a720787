import { html, type TemplateResult } from 'lit';
import { code } from '../../src/messages/en/code.js';
import { signUp } from '../../src/messages/en/sign-up.js';
import { AuthStepCode } from './code-step.js';

/**
 * `CONFIRM_SIGN_UP_WITH_LINK`: "Check your email". Says where the link went and offers a new one; nothing to type:
 * the flow waits for the link's click (Amplify's `autoSignIn`) and moves on by itself.
 */
export class AuthStepSignUpLink extends AuthStepCode {
  static override messages = { ...code, ...signUp };

  protected override renderStep(): TemplateResult {
    const { destination } = this.state.data.codeDelivery ?? {};
    return this.renderForm(this.t('step.CONFIRM_SIGN_UP_WITH_LINK.title'), {
      body: html`<p class="auth-hint">
        ${destination ? this.message('hint.signUpLink', { destination }) : this.t('hint.signUpLinkNoDestination')}
      </p>`,
      actions: html`${this.renderResend('action.resendLink')} ${this.backToSignIn()}`,
    });
  }

  protected override fieldNames() {
    return [];
  }
}
