import { html, type TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { password } from '../../src/messages/en/password.js';

/** `CONFIRM_SIGN_IN_WITH_PASSWORD`: the password, after choosing it as the first factor. */
export class AuthStepPassword extends AuthStepElement {
  static override messages = password;

  protected override renderStep(): TemplateResult {
    return this.renderForm(this.t('step.CONFIRM_SIGN_IN_WITH_PASSWORD.title'), {
      body: html`${this.usernameForPasswordManagers()}
      ${this.field({
        name: 'password',
        label: this.t('field.password'),
        type: 'password',
        autocomplete: 'current-password',
      })}`,
      submitLabel: this.t('action.signIn'),
      actions: this.backToSignIn(),
    });
  }

  protected override fieldNames() {
    return ['password'];
  }
}

/** What `step-elements.ts` loads for the `password` screen. */
export default AuthStepPassword;
