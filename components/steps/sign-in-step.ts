import { html, nothing, type TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { adoptLightDomStyles } from '../shared/light-dom-styles.js';
import { signIn } from '../../src/messages/en/sign-in.js';

type Logos = typeof import('../shared/provider-logos.js');
/** The provider logos: a lazy chunk, loaded the first time a social section shows. */
let logos: Logos | undefined;
let loadingLogos: Promise<Logos> | undefined;

/**
 * `SIGN_IN`: the identifier (labelled and typed as the pool names it) and password (identifier only for
 * `CUSTOM_WITHOUT_SRP` and passwordless `USER_AUTH`), "forgot password", and, when the configuration has OAuth
 * settings, an "or" divider and a full-width "Continue with …" button per social provider, each with its logo;
 * "Create account" unless `hide-sign-up`.
 */
export class AuthStepSignIn extends AuthStepElement {
  static override messages = signIn;

  protected override renderStep(): TemplateResult {
    const { needsPassword } = this.view;
    const wrongPassword = this.state.error?.messageId === 'error.notAuthorized' && needsPassword;
    return this.renderForm(this.t('step.SIGN_IN.title'), {
      body: html`
        ${this.identifierField({
          autocomplete: needsPassword ? 'username' : 'username webauthn',
          value: this.state.username,
          invalid: wrongPassword,
          // It says why, as the password does: "Incorrect username or password" is about both.
          describedBy: wrongPassword ? [this.fieldErrorId('password')] : undefined,
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
      actions: html`${needsPassword ? this.action('forgot-password', this.t('action.forgotPassword'), this.forgotPassword) : nothing}
      ${this.view.offerSignUp ? this.action('sign-up', this.t('action.createAccount'), this.createAccount) : nothing}`,
      after: this.socialSection(),
    });
  }

  /** "or" on its own row between two lines, then one full-width button per provider. */
  private socialSection() {
    const providers = this.view.socialProviders;
    if (!providers.length) return undefined;
    // The buttons are there at once (a page may look for them); each logo's place is kept until they arrive.
    // The lines either side of "or" come with them, adopted by the root this element is in.
    if (logos) adoptLightDomStyles(this, logos.dividerLines);
    else {
      void (loadingLogos ??= import('../shared/provider-logos.js')).then((loaded) => {
        logos = loaded;
        this.requestUpdate();
      });
    }
    return html`<div class="auth-social">
      <p class="auth-divider">${this.t('social.or')}</p>
      ${providers.map(
        (provider) =>
          html`<button
            type="button"
            class="auth-provider"
            data-provider=${provider}
            @click=${() => this.flow.signInWithProvider(provider)}
          >
            ${logos ? logos.providerLogo(provider) : html`<svg aria-hidden="true"></svg>`}
            <span>${this.message('social.continueWith', { provider })}</span>
          </button>`,
      )}
    </div>`;
  }

  protected override fieldNames() {
    return this.view.needsPassword ? ['username', 'password'] : ['username'];
  }

  private typedUsername = () =>
    this.querySelector<HTMLInputElement>('input[name=username]')?.value ?? this.state.username;

  private forgotPassword = () => this.flow.forgotPassword(this.typedUsername());

  private createAccount = () => this.flow.goToSignUp(this.typedUsername());
}

/** What `step-elements.ts` loads for the `sign-in` screen. */
export default AuthStepSignIn;
