import type { TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { emailSetup } from '../../src/messages/en/email-setup.js';

/** `CONTINUE_SIGN_IN_WITH_EMAIL_SETUP`: the address that will receive sign-in codes. */
export class AuthStepEmailSetup extends AuthStepElement {
  static override messages = emailSetup;

  protected override renderStep(): TemplateResult {
    return this.renderForm(this.t('step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title'), {
      body: this.field({
        name: 'email',
        label: this.t('field.email'),
        type: 'email',
        autocomplete: 'email',
        hint: this.t('hint.emailSetup'),
        value: this.state.username.includes('@') ? this.state.username : '',
      }),
      submitLabel: this.t('action.continue'),
      actions: this.backToSignIn(),
    });
  }

  protected override fieldNames() {
    return ['email'];
  }
}

/** What `step-elements.ts` loads for the `email-setup` screen. */
export default AuthStepEmailSetup;
