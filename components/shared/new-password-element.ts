import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { rulesOf } from '../../src/flow/password-policy.js';
import { AuthStepElement } from './auth-step-element.js';
import { adoptLightDomStyles } from './light-dom-styles.js';
import { rulesAndChoicesStyles } from './rules-and-choices-styles.js';

/** Base of the steps that set a password: the new password, its confirmation and the pool's rules. */
export abstract class AuthNewPasswordElement extends AuthStepElement {
  static override properties: PropertyDeclarations = {
    typedPassword: { state: true },
  };

  /** What is typed as the new password, for the rules checklist. */
  private typedPassword = '';

  override connectedCallback() {
    super.connectedCallback();
    adoptLightDomStyles(this, rulesAndChoicesStyles);
  }

  /**
   * New password and its confirmation, with the pool's rules shown before the user types and checked as they
   * type (each met or not, read out politely). `introId`: the text that explains the new password, which describes
   * it with the rules.
   */
  protected newPasswordFields(introId?: string): TemplateResult {
    const rules = rulesOf(this.flow.service.passwordPolicy());
    const rulesId = `${this.idPrefix}-rules`;
    const checklist = rules.length
      ? html`<div class="auth-rules" id=${rulesId}>
          <p>${this.t('password.rules')}</p>
          <ul aria-live="polite">
            ${rules.map((rule) => {
              const met = rule.met(this.typedPassword);
              const text = this.t(rule.id, rule.count ? { count: rule.count } : {});
              return html`<li class=${met ? 'auth-rule-met' : 'auth-rule'}>
                ${this.t(met ? 'password.ruleMet' : 'password.ruleUnmet', { rule: text })}
              </li>`;
            })}
          </ul>
        </div>`
      : nothing;
    return html`${checklist}
    ${this.field({
      name: 'newPassword',
      label: this.t('field.newPassword'),
      type: 'password',
      autocomplete: 'new-password',
      revealLabel: this.t('action.showNewPassword'),
      describedBy: [...(introId ? [introId] : []), ...(rules.length ? [rulesId] : [])],
      onInput: (event) => (this.typedPassword = (event.target as HTMLInputElement).value),
    })}
    ${this.field({
      name: 'confirmPassword',
      label: this.t('field.confirmPassword'),
      type: 'password',
      autocomplete: 'new-password',
      revealLabel: this.t('action.showConfirmation'),
    })}`;
  }
}
