import { html, type TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { adoptLightDomStyles } from '../shared/light-dom-styles.js';
import { rulesAndChoicesStyles } from '../shared/rules-and-choices-styles.js';
import { choice } from '../../src/messages/en/choice.js';

/**
 * A choice, one submit button per option, valued with the exact `challengeResponse`:
 * `CONTINUE_SIGN_IN_WITH_MFA_SELECTION`, `…_MFA_SETUP_SELECTION` (`SMS`, `TOTP`, `EMAIL`) and
 * `…_FIRST_FACTOR_SELECTION` (`PASSWORD_SRP` or `PASSWORD`, `EMAIL_OTP`, `SMS_OTP`, `WEB_AUTHN`).
 */
export class AuthStepChoice extends AuthStepElement {
  static override messages = choice;

  override connectedCallback() {
    super.connectedCallback();
    adoptLightDomStyles(this, rulesAndChoicesStyles);
  }

  private get choices(): string[] {
    const { data } = this.state;
    return (
      (this.step === 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION'
        ? data.availableChallenges
        : data.allowedMFATypes) ?? []
    );
  }

  protected override renderStep(): TemplateResult {
    const { busy, pressed } = this.state;
    return this.renderForm(this.t(`step.${this.step}.title`), {
      body: html`<div class="auth-choices">
        ${this.choices.map(
          (choice) =>
            html`<button
              type="submit"
              name="choice"
              value=${choice}
              aria-busy=${busy && pressed === choice ? 'true' : 'false'}
              ?disabled=${busy && pressed !== choice}
            >
              ${this.t(`choice.${choice}`)}
            </button>`,
        )}
      </div>`,
      actions: this.backToSignIn(),
    });
  }
}

/** What `step-elements.ts` loads for the `choice` screen. */
export default AuthStepChoice;
