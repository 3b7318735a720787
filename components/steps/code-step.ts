import { html, nothing } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';

/**
 * A one-time code: `CONFIRM_SIGN_IN_WITH_SMS_CODE`, `…_EMAIL_CODE`, `…_TOTP_CODE` and `CONFIRM_SIGN_UP`.
 * Says where the code went, and offers a new one where the flow can send it.
 */
export class AuthStepCode extends AuthStepElement {
  protected override renderStep() {
    return this.renderForm(this.t(`step.${this.step}.title`), {
      body: html` ${this.renderHint()} ${this.codeField()} `,
      submitLabel: this.t('action.confirm'),
      actions: html`
        ${this.view.canResend ? this.action('resend-code', this.t('action.resendCode'), () => this.flow.resendCode()) : nothing}
        ${this.backToSignIn()}
      `,
    });
  }

  private renderHint() {
    if (this.step === 'CONFIRM_SIGN_IN_WITH_TOTP_CODE')
      return html`<p class="auth-hint">${this.t('hint.totpCode')}</p>`;
    const { destination, deliveryMedium } = this.state.data.codeDelivery ?? {};
    if (this.step === 'CONFIRM_SIGN_UP') {
      const id = destination ? 'hint.confirmSignUp' : 'hint.confirmSignUpNoDestination';
      return html`<p class="auth-hint">${this.t(id, { destination })}</p>`;
    }
    if (!destination) return nothing;
    const id =
      deliveryMedium === 'SMS' || deliveryMedium === 'EMAIL' ? `hint.codeSentBy.${deliveryMedium}` : 'hint.codeSent';
    return html`<p class="auth-hint">${this.t(id, { destination })}</p>`;
  }

  protected override fieldNames() {
    return ['code'];
  }
}
