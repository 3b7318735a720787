import { html, type TemplateResult } from 'lit';
import { account } from '../../src/messages/en/account.js';
import { AuthStepElement } from '../shared/auth-step-element.js';

/**
 * `<auth-account>`'s delete section: the person types the word it shows (the catalog's, in the page's language),
 * then Cognito deletes the account and the element ends signed out. A word that does not match shows at the field.
 */
export class AuthAccountDelete extends AuthStepElement {
  static override messages = account;

  protected override renderStep(): TemplateResult {
    const word = this.t('account.delete.word');
    return this.renderForm(this.t('account.delete.title'), {
      body: html`<p class="auth-hint">${this.t('account.delete.hint')}</p>
        ${this.field({
          name: 'confirmDelete',
          label: this.t('account.delete.field', { word }),
          autocomplete: 'off',
        })}`,
      submitLabel: this.t('account.delete.submit'),
    });
  }

  /** The flow checks what was typed against the word shown here. */
  protected override submit(values: Record<string, string>) {
    super.submit({ ...values, word: this.t('account.delete.word') });
  }
}
