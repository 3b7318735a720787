import type { TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { adoptLightDomStyles } from '../shared/light-dom-styles.js';
import { TotpSetupController, totpStyles } from '../shared/totp-setup-block.js';
import { totpSetup } from '../../src/messages/en/totp-setup.js';

const styles = totpStyles('auth-sign-in');

/**
 * `CONTINUE_SIGN_IN_WITH_TOTP_SETUP` as three numbered steps (`totp-setup-block.ts`, shared with `<auth-account>`):
 * open an authenticator app; scan the QR code or copy the setup key, or open the `otpauth://` link on a phone; enter
 * the first code from the app. The key and the QR code come before the field, so focus starts on the heading.
 */
export class AuthStepTotpSetup extends AuthStepElement {
  static override messages = totpSetup;

  /** How long "Copied" shows before the button reads "Copy setup key" again. */
  static copiedMs = 3000;

  private readonly setup = new TotpSetupController(this, () => AuthStepTotpSetup.copiedMs);

  override connectedCallback() {
    super.connectedCallback();
    adoptLightDomStyles(this, styles);
    void this.updateComplete.then(() => this.setup.draw(this.state.totp?.uri, this.t('hint.totpQrAlt')));
  }

  override focusFirst() {
    this.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override fieldNames() {
    return ['code'];
  }

  protected override renderStep(): TemplateResult {
    const { secret = '', uri = '' } = this.state.totp ?? {};
    return this.renderForm(this.t('step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title'), {
      body: this.setup.steps(
        (id) => this.t(id),
        { secret, uri },
        (...field) => this.codeField(...field),
      ),
      submitLabel: this.t('action.confirm'),
      actions: this.backToSignIn(),
    });
  }
}

/** What `step-elements.ts` loads for the `totp-setup` screen. */
export default AuthStepTotpSetup;
