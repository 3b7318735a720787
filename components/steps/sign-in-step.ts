import { html, nothing, type TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { signIn } from '../../src/messages/en/sign-in.js';

/**
 * `SIGN_IN`: username and password (username only for `CUSTOM_WITHOUT_SRP` and passwordless `USER_AUTH`),
 * "forgot password", "Create account" (unless `hide-sign-up`), and a button per social provider when the configuration has OAuth settings.
 */
export class AuthStepSignIn extends AuthStepElement {
  static override messages = signIn;

  protected override renderStep(): TemplateResult {
    const { needsPassword, socialProviders: providers } = this.view;
    const wrongPassword = this.state.error?.messageId === 'error.notAuthorized' && needsPassword;
    return this.renderForm(this.t('step.SIGN_IN.title'), {
      body: html`
        ${this.field({
          name: 'username',
          label: this.t('field.username'),
          autocomplete: needsPassword ? 'username' : 'username webauthn',
          value: this.state.username,
          invalid: wrongPassword,
        })}
        ${
          needsPassword
            ? this.field({
                name: 'password',
                label: this.t('field.password'),
                type: 'password',
                autocomplete: 'current-password',
              })
            : nothing
        }
      `,
      submitLabel: this.t('action.signIn'),
      actions: html`
        ${needsPassword ? this.action('forgot-password', this.t('action.forgotPassword'), this.forgotPassword) : nothing}
        ${this.view.offerSignUp ? this.action('sign-up', this.t('action.createAccount'), this.createAccount) : nothing}
        ${
          providers.length
            ? html`<p class="auth-separator">${this.t('social.or')}</p>
                ${providers.map(
                  (provider) =>
                    html`<button
                      type="button"
                      data-provider=${provider}
                      @click=${() => this.flow.signInWithProvider(provider)}
                    >
                      ${this.message('social.signInWith', { provider })}
                    </button>`,
                )}`
            : nothing
        }
      `,
    });
  }

  protected override fieldNames() {
    return this.view.needsPassword ? ['username', 'password'] : ['username'];
  }

  private typedUsername = () =>
    this.querySelector<HTMLInputElement>('input[name=username]')?.value ?? this.state.username;

  private forgotPassword = () => this.flow.forgotPassword(this.typedUsername());

  private createAccount = () => this.flow.goToSignUp(this.typedUsername());
}
