import { html, nothing, type TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { ResendController } from '../shared/resend-controller.js';
import { code } from '../../src/messages/en/code.js';
import { codeLength } from '../../src/flow/code-length.js';

/**
 * A one-time code: `CONFIRM_SIGN_IN_WITH_SMS_CODE`, `…_EMAIL_CODE`, `…_TOTP_CODE` and `CONFIRM_SIGN_UP`.
 * Says where the code went (linked to the field), and offers a new one where the flow can send it (the shared
 * `ResendController`, with its countdown).
 */
export class AuthStepCode extends AuthStepElement {
  static override messages = code;
  /** "Send a new code", with its countdown. */
  protected readonly resend = new ResendController(this);

  protected override renderStep(): TemplateResult {
    const totp = this.step === 'CONFIRM_SIGN_IN_WITH_TOTP_CODE';
    return this.renderForm(this.t(`step.${this.step}.title`), {
      // The authenticator's hint says "6-digit" itself.
      body: html`${this.codeField(this.renderHint(), codeLength(this.step, this.state.data), !totp)}
      ${this.renderRemember()}`,
      submitLabel: this.t('action.confirm'),
      actions: html`${this.resend.render()} ${this.backToSignIn()}`,
    });
  }

  protected override fieldNames() {
    return ['code'];
  }

  /** "Remember this device" (`remember-device="ask"`), on the MFA code steps. */
  private renderRemember() {
    if (!this.view.offerRememberDevice) return nothing;
    return html`<label class="auth-check">
      <input type="checkbox" name="rememberDevice" />
      <span>${this.t('field.rememberDevice')}</span>
    </label>`;
  }

  protected renderHint() {
    if (this.step === 'CONFIRM_SIGN_IN_WITH_TOTP_CODE') return this.t('hint.totpCode');
    const { destination, deliveryMedium } = this.state.data.codeDelivery ?? {};
    if (this.step === 'CONFIRM_SIGN_UP') {
      return destination
        ? this.message('hint.confirmSignUp', { destination })
        : this.t('hint.confirmSignUpNoDestination');
    }
    if (!destination) return undefined;
    const id =
      deliveryMedium === 'SMS' || deliveryMedium === 'EMAIL' ? `hint.codeSentBy.${deliveryMedium}` : 'hint.codeSent';
    return this.message(id, { destination });
  }
}

/** What `step-elements.ts` loads for the `code` screen. */
export default AuthStepCode;
