import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { AuthStepElement } from '../shared/auth-step-element.js';

/**
 * `CONTINUE_SIGN_IN_WITH_TOTP_SETUP`: a QR code (drawn by `qrcode`, loaded only here), the secret as
 * selectable text, an `otpauth://` link for phones, and the first code from the app.
 */
export class AuthStepTotpSetup extends AuthStepElement {
  @state() private qrCode?: string;
  @state() private copied = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.drawQrCode();
  }

  private async drawQrCode() {
    await this.updateComplete;
    const uri = this.state.totp?.uri;
    if (!uri) return;
    const { default: qrcode } = await import('qrcode');
    this.qrCode = await qrcode.toDataURL(uri, { margin: 1, width: 192 });
  }

  protected override renderStep() {
    const { secret = '', uri = '' } = this.state.totp ?? {};
    return this.renderForm(this.t('step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title'), {
      body: html`
        <p class="auth-hint">${this.t('hint.totpSetup')}</p>
        ${this.qrCode ? html`<img class="auth-qr" src=${this.qrCode} alt=${this.t('hint.totpQrAlt')} />` : nothing}
        <p>
          ${this.t('hint.totpSecret')}:
          <code class="auth-secret" data-totp-secret>${secret}</code>
          <button type="button" class="auth-link" @click=${this.copySecret}>
            ${this.copied ? this.t('hint.totpCopied') : this.t('action.copySetupKey')}
          </button>
        </p>
        <a href=${uri}>${this.t('action.openAuthenticator')}</a>
        ${this.codeField()}
      `,
      submitLabel: this.t('action.confirm'),
      actions: this.backToSignIn(),
    });
  }

  private copySecret = async () => {
    await navigator.clipboard?.writeText(this.state.totp?.secret ?? '').catch(() => undefined);
    this.copied = true;
  };

  protected override fieldNames() {
    return ['code'];
  }
}
