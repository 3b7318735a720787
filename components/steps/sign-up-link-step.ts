import { html, type TemplateResult } from 'lit';
import { signUp } from '../../src/messages/en/sign-up.js';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { ResendController } from '../shared/resend-controller.js';

/**
 * `CONFIRM_SIGN_UP_WITH_LINK`: "Check your email". Says where the link went and offers a new one; nothing to type:
 * the flow waits for the link's click (Amplify's `autoSignIn`) and moves on by itself.
 */
export class AuthStepSignUpLink extends AuthStepElement {
  static override messages = signUp;
  /** "Send a new link", with the cooldown. */
  private readonly resend = new ResendController(this);

  protected override renderStep(): TemplateResult {
    const { destination } = this.state.data.codeDelivery ?? {};
    return this.renderForm(this.t('step.CONFIRM_SIGN_UP_WITH_LINK.title'), {
      body: html`<p class="auth-hint">
        ${destination ? this.message('hint.signUpLink', { destination }) : this.t('hint.signUpLinkNoDestination')}
      </p>`,
      actions: html`${this.resend.render('action.resendLink')} ${this.backToSignIn()}`,
    });
  }
}

/** What `step-elements.ts` loads for the `sign-up-link` screen. */
export default AuthStepSignUpLink;
