import { html, type TemplateResult } from 'lit';
import { AuthNewPasswordElement } from '../shared/new-password-element.js';
import { ResendController } from '../shared/resend-controller.js';
import { resetPassword } from '../../src/messages/en/reset-password.js';
import { newPasswordField } from '../../src/messages/en/new-password-field.js';

/**
 * `RESET_PASSWORD`: the username (prefilled) and a button that sends the code; then
 * `CONFIRM_RESET_PASSWORD`: the code and the new password.
 */
export class AuthStepResetPassword extends AuthNewPasswordElement {
  static override messages = { ...newPasswordField, ...resetPassword };
  /** "Send a new code", with its countdown. */
  private readonly resend = new ResendController(this);

  protected override renderStep(): TemplateResult {
    return this.step === 'CONFIRM_RESET_PASSWORD' ? this.renderConfirm() : this.renderRequest();
  }

  private renderRequest() {
    return this.renderForm(this.t('step.RESET_PASSWORD.title'), {
      body: html`
        <p class="auth-hint">${this.t('hint.resetPassword')}</p>
        ${this.identifierField({ autocomplete: 'username', value: this.state.username })}
      `,
      submitLabel: this.t('action.sendCode'),
      actions: this.backToSignIn(),
    });
  }

  private renderConfirm() {
    const destination = this.state.data.codeDelivery?.destination;
    return this.renderForm(this.t('step.CONFIRM_RESET_PASSWORD.title'), {
      body: html`
        ${this.usernameForPasswordManagers()}
        ${this.codeField(
          destination
            ? this.message('hint.confirmResetPassword', { destination })
            : this.t('hint.confirmResetPasswordNoDestination'),
          // `VERIFICATION_CODE_LENGTH` (src/flow/code-length.ts), not imported: this chunk would share a module.
          6,
        )}
        ${this.newPasswordFields()}
      `,
      submitLabel: this.t('action.changePassword'),
      actions: html`${this.resend.render()} ${this.backToSignIn()}`,
    });
  }

  protected override fieldNames() {
    return this.step === 'CONFIRM_RESET_PASSWORD' ? ['code', 'newPassword', 'confirmPassword'] : ['username'];
  }
}

/** What `step-elements.ts` loads for the `reset-password` screen. */
export default AuthStepResetPassword;
