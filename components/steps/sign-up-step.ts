import { html, nothing, type TemplateResult } from 'lit';
import { identifierField, type IdentifierField } from '../../src/flow/sign-up.js';
import { attributes } from '../../src/messages/en/attributes.js';
import { newPasswordField } from '../../src/messages/en/new-password-field.js';
import { signIn } from '../../src/messages/en/sign-in.js';
import { signUp } from '../../src/messages/en/sign-up.js';
import { attributeInput } from '../shared/attribute-inputs.js';
import { AuthNewPasswordElement } from '../shared/new-password-element.js';
import { PageFields } from '../shared/page-fields.js';

/** The slot a page fills with its own sign-up fields (terms checkbox, `custom:company`, …). */
export const SIGN_UP_FIELDS_SLOT = 'sign-up-fields';

/**
 * `SIGN_UP`: the identifier as the pool names it (email, phone number or username, `autocomplete=username`
 * whatever its type, for password managers), the pool's required attributes, the new password with the pool's
 * rules (none on a passwordless pool), the page's `sign-up-fields`, and the way back to sign in.
 */
export class AuthStepSignUp extends AuthNewPasswordElement {
  static override messages = { ...signIn, ...newPasswordField, ...attributes, ...signUp };

  /** The page's own fields, shown in the form while this step shows. */
  private readonly pageFields = new PageFields(this, SIGN_UP_FIELDS_SLOT, '.auth-page-fields');

  private get identifier(): IdentifierField {
    return identifierField(this.view.identifier);
  }

  /** The pool's required attributes besides the identifier, in the configuration's order. */
  private get attributeNames(): string[] {
    const identifier = this.identifier;
    return this.flow.service.signUpSettings().requiredAttributes.filter((name) => name !== identifier);
  }

  protected override renderStep(): TemplateResult {
    const { signUpNeedsPassword } = this.view;
    return this.renderForm(this.t('step.SIGN_UP.title'), {
      body: html`
        ${this.identifierInput()}
        ${this.attributeNames.map((name) =>
          this.field({ ...attributeInput(name, (id) => this.t(id)), hint: this.phoneHint(name) }),
        )}
        ${signUpNeedsPassword ? this.newPasswordFields() : html`<p class="auth-hint">${this.t('hint.signUpNoPassword')}</p>`}
        <div class="auth-page-fields"></div>
      `,
      submitLabel: this.t('action.createAccount'),
      actions: html`${this.forgotPasswordWhenTaken()}
      ${this.action('back-to-sign-in', this.t('action.haveAccount'), () => this.flow.restart())}`,
    });
  }

  /** The identifier: prefilled with what was typed on `SIGN_IN`. */
  private identifierInput(): TemplateResult {
    const name = this.identifier;
    const input =
      name === 'username' ? { name, label: this.t('field.username') } : attributeInput(name, (id) => this.t(id));
    return this.field({ ...input, autocomplete: 'username', value: this.state.username, hint: this.phoneHint(name) });
  }

  private phoneHint(name: string) {
    return name === 'phone_number' ? this.t('hint.phoneNumber') : undefined;
  }

  /** An account that exists already: the way to its password, with what was typed. */
  private forgotPasswordWhenTaken() {
    if (this.state.error?.name !== 'UsernameExistsException') return nothing;
    return this.action('forgot-password', this.t('action.forgotPassword'), () =>
      this.flow.forgotPassword(this.querySelector<HTMLInputElement>(`input[name=${this.identifier}]`)?.value),
    );
  }

  protected override fieldNames() {
    const password = this.view.signUpNeedsPassword ? ['newPassword', 'confirmPassword'] : [];
    return [this.identifier, ...this.attributeNames, ...password];
  }

  /** The page's fields first pass the browser's constraint validation (a required terms checkbox, a pattern). */
  protected override submit(values: Record<string, string>) {
    if (this.pageFields.reportValidity()) super.submit(values);
  }
}

/** What `step-elements.ts` loads for the `sign-up` screen. */
export default AuthStepSignUp;
