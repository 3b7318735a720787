import { html, type TemplateResult } from 'lit';
import { attributes } from '../../src/messages/en/attributes.js';
import { code } from '../../src/messages/en/code.js';
import { passkeyPrompt } from '../../src/messages/en/passkey-prompt.js';
import { verifyContact } from '../../src/messages/en/verify-contact.js';
import { AuthStepCode } from './code-step.js';
import { adoptLightDomStyles } from '../shared/light-dom-styles.js';
import { rulesAndChoicesStyles } from '../shared/rules-and-choices-styles.js';
import { codeLength } from '../../src/flow/code-length.js';

/**
 * `VERIFY_CONTACT`, after a sign-in: the pool uses an email or phone number for recovery that the user has not
 * verified. First a button per such contact (`name=choice`, value `email` / `phone_number`) sends a code there;
 * then the code, with a new one after the cooldown. "Not now" (`data-action=skip`) goes on without.
 */
export class AuthStepVerifyContact extends AuthStepCode {
  static override messages = { ...code, ...attributes, ...verifyContact, 'action.skip': passkeyPrompt['action.skip'] };

  override connectedCallback() {
    super.connectedCallback();
    adoptLightDomStyles(this, rulesAndChoicesStyles);
  }

  protected override renderStep(): TemplateResult {
    const { contacts = [], contactAttribute } = this.state.data;
    const skip = this.action('skip', this.t('action.skip'), () => this.flow.skip());
    if (!contactAttribute) {
      return this.renderForm(this.t('step.VERIFY_CONTACT.title'), {
        body: html`<p class="auth-hint">${this.t('hint.verifyContact')}</p>
          <div class="auth-choices">
            ${contacts.map(
              (contact) =>
                html`<button type="submit" name="choice" value=${contact}>
                  ${this.t(`action.verifyContact.${contact}`)}
                </button>`,
            )}
          </div>`,
        actions: skip,
      });
    }
    return this.renderForm(this.t('step.VERIFY_CONTACT.title'), {
      body: this.codeField(this.renderHint(), codeLength(this.step, this.state.data)),
      submitLabel: this.t('action.confirm'),
      actions: html`${this.resend.render()} ${skip}`,
    });
  }
}

/** What `step-elements.ts` loads for the `verify-contact` screen. */
export default AuthStepVerifyContact;
