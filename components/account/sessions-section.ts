import { html, type TemplateResult } from 'lit';
import { account } from '../../src/messages/en/account.js';
import { AuthStepElement } from '../shared/auth-step-element.js';

/** `<auth-account>`'s sessions section: sign out of every device (Cognito ends every refresh token). */
export class AuthAccountSessions extends AuthStepElement {
  static override messages = account;

  protected override renderStep(): TemplateResult {
    return this.renderForm(this.t('account.sessions.title'), {
      body: html`<p class="auth-hint">${this.t('account.sessions.hint')}</p>`,
      submitLabel: this.t('account.sessions.submit'),
    });
  }
}
