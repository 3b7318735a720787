import { html, type TemplateResult } from 'lit';
import { attributeInput } from '../shared/attribute-inputs.js';
import { AuthNewPasswordElement } from '../shared/new-password-element.js';
import { attributes } from '../../src/messages/en/attributes.js';
import { newPassword } from '../../src/messages/en/new-password.js';
import { newPasswordField } from '../../src/messages/en/new-password-field.js';

/** `CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED`: new password, confirmation, and each missing attribute. */
export class AuthStepNewPassword extends AuthNewPasswordElement {
  static override messages = { ...newPasswordField, ...newPassword, ...attributes };

  private get missing(): string[] {
    return this.state.data.missingAttributes ?? [];
  }

  protected override renderStep(): TemplateResult {
    const missing = this.missing;
    const introId = `${this.idPrefix}-intro`;
    return this.renderForm(this.t('step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title'), {
      body: html`
        <p class="auth-hint" id=${introId}>${this.t('hint.newPassword')}</p>
        ${this.usernameForPasswordManagers()} ${this.newPasswordFields(introId)}
        ${missing.length ? html`<p class="auth-hint">${this.t('hint.missingAttributes')}</p>` : ''}
        ${missing.map((name) => this.field(attributeInput(name, (id) => this.t(id))))}
      `,
      submitLabel: this.t('action.changePassword'),
      actions: this.backToSignIn(),
    });
  }

  protected override fieldNames() {
    return ['newPassword', 'confirmPassword', ...this.missing];
  }
}

/** What `step-elements.ts` loads for the `new-password` screen. */
export default AuthStepNewPassword;
