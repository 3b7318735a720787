import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { code } from '../../src/messages/en/code.js';

/** Steps whose code comes from an authenticator app: always 6 digits. */
const TOTP_LENGTH = 6;

/**
 * A one-time code: `CONFIRM_SIGN_IN_WITH_SMS_CODE`, `…_EMAIL_CODE`, `…_TOTP_CODE` and `CONFIRM_SIGN_UP`.
 * Says where the code went (linked to the field), and offers a new one where the flow can send it, with a
 * countdown while the flow's cooldown runs.
 */
export class AuthStepCode extends AuthStepElement {
  static override messages = code;

  /** Seconds left before a new code can be asked for; ticks while the cooldown runs. */
  @state() private waitSeconds = 0;
  private ticker?: ReturnType<typeof setInterval>;
  private lastResendAt?: number;

  protected override renderStep(): TemplateResult {
    const totp = this.step === 'CONFIRM_SIGN_IN_WITH_TOTP_CODE';
    return this.renderForm(this.t(`step.${this.step}.title`), {
      body: html`${this.codeField(this.renderHint(), totp ? TOTP_LENGTH : undefined)} ${this.renderRemember()}`,
      submitLabel: this.t('action.confirm'),
      actions: html`${this.renderResend()} ${this.backToSignIn()}`,
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

  /**
   * "Send a new code" where the flow can send one, disabled while the cooldown runs (`labelId` names what is sent;
   * the countdown shows in the label of a code only).
   */
  protected renderResend(labelId = 'action.resendCode') {
    if (!this.view.canResend) return nothing;
    const waiting = this.waitSeconds > 0;
    const countdown = waiting && labelId === 'action.resendCode';
    return html`<button
      type="button"
      class="auth-link"
      data-action="resend-code"
      ?disabled=${waiting}
      @click=${() => this.flow.resendCode()}
    >
      ${countdown ? this.t('action.resendCodeIn', { count: this.waitSeconds }) : this.t(labelId)}
    </button>`;
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

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const { resendAt } = this.state;
    if (resendAt === this.lastResendAt) return;
    this.lastResendAt = resendAt;
    if (resendAt === undefined) return;
    // A new code was sent: the old one is no use, so the field is cleared for the new one.
    const code = this.querySelector<HTMLInputElement>('input[name=code]');
    if (code) {
      code.value = '';
      code.focus();
    }
    this.startCountdown();
  }

  private startCountdown() {
    clearInterval(this.ticker);
    const tick = () => {
      this.waitSeconds = Math.ceil(this.view.resendWaitMs / 1000);
      if (this.waitSeconds === 0) clearInterval(this.ticker);
    };
    tick();
    this.ticker = setInterval(tick, 1000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }
}
