import type { PropertyValues, TemplateResult } from 'lit';
import { html } from 'lit';
import { account } from '../../src/messages/en/account.js';
import { newPasswordField } from '../../src/messages/en/new-password-field.js';
import { AuthNewPasswordElement } from '../shared/new-password-element.js';
import type { SectionFlow } from './section-flow.js';

/** `<auth-account>`'s password section: current password, new password with the pool's rules, confirmation. */
export class AuthAccountPassword extends AuthNewPasswordElement {
  static override messages = { ...newPasswordField, ...account };
  private doneSeen = 0;

  protected override fieldNames() {
    return ['password', 'newPassword', 'confirmPassword'];
  }

  protected override renderStep(): TemplateResult {
    return this.renderForm(this.t('account.password.title'), {
      body: html`${this.usernameForPasswordManagers()}
      ${this.field({
        name: 'password',
        label: this.t('account.field.currentPassword'),
        type: 'password',
        autocomplete: 'current-password',
      })}
      ${this.newPasswordFields()}`,
      submitLabel: this.t('account.password.submit'),
    });
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // A changed password empties the form: nothing secret stays on the page.
    const { done } = this.flow as unknown as SectionFlow;
    if (done !== this.doneSeen) {
      this.doneSeen = done;
      this.querySelector('form')?.reset();
    }
  }
}
