import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { adoptLightDomStyles } from '../shared/light-dom-styles.js';
import { qrSvg } from '../shared/qr-svg.js';
import { totpSetup } from '../../src/messages/en/totp-setup.js';

/** The numbered steps, the key and the QR code: loaded with this screen, not with the first one. */
const totpStyles = css`
  auth-sign-in .auth-steps {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: auth-step;
    display: grid;
    gap: var(--_space-m);
  }
  auth-sign-in .auth-steps > li {
    counter-increment: auth-step;
    display: grid;
    grid-template-columns: 1.75rem minmax(0, 1fr);
    gap: var(--_space-s);
    align-items: start;
  }
  auth-sign-in .auth-steps > li > * {
    grid-column: 2;
  }
  auth-sign-in .auth-steps > li::before {
    content: counter(auth-step);
    grid-area: 1 / 1;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    display: grid;
    place-items: center;
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_color-on-primary);
    background: var(--_color-primary);
  }
  auth-sign-in .auth-secret {
    font-family: ui-monospace, monospace;
    user-select: all;
  }
  /* A group of four never splits; groups wrap between each other. */
  auth-sign-in .auth-secret span {
    white-space: nowrap;
    display: inline-block;
  }
  auth-sign-in .auth-actions-start {
    justify-content: flex-start;
  }
  auth-sign-in .auth-qr {
    width: 11rem;
    height: 11rem;
    justify-self: start;
  }
`;

/** The setup key in groups of four, as people read it out and type it (each group kept whole on a line). */
const grouped = (secret: string) => secret.match(/.{1,4}/g) ?? [];

/**
 * `CONTINUE_SIGN_IN_WITH_TOTP_SETUP` as three numbered steps: open an authenticator app; scan the QR code (inline
 * SVG, drawn by the ES-module encoder `qr`, loaded only here) or copy the setup key (groups of four that never split;
 * "Copied" is shown and announced), or open the `otpauth://` link on a phone; enter the first code from the app. The key and the QR code come before the field, so focus starts on the heading.
 */
export class AuthStepTotpSetup extends AuthStepElement {
  static override messages = totpSetup;

  /** How long "Copied" shows before the button reads "Copy setup key" again. */
  static copiedMs = 3000;
  static override properties: PropertyDeclarations = {
    qrCode: { state: true },
    qrFailed: { state: true },
    copied: { state: true },
  };

  private qrCode?: TemplateResult;
  private qrFailed = false;
  private copied = false;
  private copiedTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback() {
    super.connectedCallback();
    adoptLightDomStyles(this, totpStyles);
    void this.drawQrCode();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  private async drawQrCode() {
    await this.updateComplete;
    const uri = this.state.totp?.uri;
    if (!uri) return;
    this.qrCode = await qrSvg(uri, this.t('hint.totpQrAlt'));
    this.qrFailed = !this.qrCode;
  }

  override focusFirst() {
    this.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override fieldNames() {
    return ['code'];
  }

  protected override renderStep(): TemplateResult {
    const { secret = '', uri = '' } = this.state.totp ?? {};
    const copied = this.copied ? this.t('hint.totpCopied') : '';
    // The setup key is read right after its label: a `code` element takes no name of its own (ARIA prohibits it).
    return this.renderForm(this.t('step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title'), {
      body: html`
        <ol class="auth-steps">
          <li><p>${this.t('hint.totpStepApp')}</p></li>
          <li>
            <p>${this.t('hint.totpStepScan')}</p>
            ${this.qrCode ?? nothing}
            ${this.qrFailed ? html`<p class="auth-hint" role="status">${this.t('error.qrCode')}</p>` : nothing}
            <p>
              <span class="auth-hint">${this.t('hint.totpSecret')}</span><br />
              <code class="auth-secret" data-totp-secret
                >${grouped(secret).map((group, index) => html`${index ? ' ' : ''}<span>${group}</span>`)}</code
              >
            </p>
            <div class="auth-actions auth-actions-start">
              <button type="button" class="auth-link" @click=${this.copySecret}>
                ${this.copied ? this.t('hint.totpCopied') : this.t('action.copySetupKey')}
              </button>
              <a class="auth-link" href=${uri}>${this.t('action.openAuthenticator')}</a>
            </div>
            <span class="auth-sr" role="status">${copied}</span>
          </li>
          <li>${this.codeField(this.t('hint.totpStepCode'), 6)}</li>
        </ol>
      `,
      submitLabel: this.t('action.confirm'),
      actions: this.backToSignIn(),
    });
  }

  private copySecret = () => {
    // The clipboard may ask the browser for permission: the button answers at once either way.
    void navigator.clipboard?.writeText(this.state.totp?.secret ?? '').catch(() => undefined);
    this.copied = true;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copied = false), AuthStepTotpSetup.copiedMs);
  };
}
