import { html, type TemplateResult } from 'lit';
import { AuthNewPasswordElement } from '../shared/new-password-element.js';
import { newPassword } from '../../src/messages/en/new-password.js';
import { newPasswordField } from '../../src/messages/en/new-password-field.js';

/** `CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED`: new password, confirmation, and each missing attribute. */
export class AuthStepNewPassword extends AuthNewPasswordElement {
  static override messages = { ...newPasswordField, ...newPassword };

  private get missing(): string[] {
    return this.state.data.missingAttributes ?? [];
  }

  protected override renderStep(): TemplateResult {
    const missing = this.missing;
    return this.renderForm(this.t('step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title'), {
      body: html`
        <p class="auth-hint">${this.t('hint.newPassword')}</p>
        ${this.usernameForPasswordManagers()} ${this.newPasswordFields()}
        ${missing.length ? html`<p class="auth-hint">${this.t('hint.missingAttributes')}</p>` : ''}
        ${missing.map((name) => this.field({ name, label: this.attributeLabel(name), ...ATTRIBUTE_INPUTS[name] }))}
      `,
      submitLabel: this.t('action.changePassword'),
      actions: this.backToSignIn(),
    });
  }

  private attributeLabel(name: string) {
    const label = this.t(`attribute.${name}`);
    return label === `attribute.${name}` ? name.replace(/^custom:/, '').replace(/_/g, ' ') : label;
  }

  protected override fieldNames() {
    return ['newPassword', 'confirmPassword', ...this.missing];
  }
}

/** Input types and autocomplete tokens of the standard attributes, so browsers can fill them. */
const ATTRIBUTE_INPUTS: Record<string, { type?: string; autocomplete?: string; inputmode?: string }> = {
  given_name: { autocomplete: 'given-name' },
  family_name: { autocomplete: 'family-name' },
  middle_name: { autocomplete: 'additional-name' },
  name: { autocomplete: 'name' },
  nickname: { autocomplete: 'nickname' },
  preferred_username: { autocomplete: 'username' },
  email: { type: 'email', autocomplete: 'email' },
  phone_number: { type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  birthdate: { type: 'date', autocomplete: 'bday' },
  address: { autocomplete: 'street-address' },
  gender: { autocomplete: 'sex' },
  website: { type: 'url', autocomplete: 'url' },
  profile: { type: 'url', autocomplete: 'url' },
  picture: { type: 'url', autocomplete: 'photo' },
  locale: { autocomplete: 'language' },
};
