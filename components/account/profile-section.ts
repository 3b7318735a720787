import { html, type TemplateResult } from 'lit';
import type { ProfileAttribute, ProfileView } from '../../src/flow/account-profile.js';
import { account } from '../../src/messages/en/account.js';
import { accountProfile } from '../../src/messages/en/account-profile.js';
import { attributes } from '../../src/messages/en/attributes.js';
import { code } from '../../src/messages/en/code.js';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { ResendController } from '../shared/resend-controller.js';
import type { SectionFlow } from './section-flow.js';

/** How each attribute's field is typed and filled in. */
const INPUTS: Record<ProfileAttribute, { type: string; autocomplete: string }> = {
  email: { type: 'email', autocomplete: 'email' },
  phone_number: { type: 'tel', autocomplete: 'tel' },
  name: { type: 'text', autocomplete: 'name' },
  given_name: { type: 'text', autocomplete: 'given-name' },
  family_name: { type: 'text', autocomplete: 'family-name' },
};

/**
 * `<auth-account>`'s profile section: email, phone number and names, each a field filled with what Cognito has. A
 * new email or phone number asks for the code sent to it (with "Send a new code" after the cooldown), and says the old
 * one still signs in until then; `choice=cancel` goes back to the fields.
 */
export class AuthAccountProfile extends AuthStepElement {
  static override messages = { ...attributes, ...code, ...account, ...accountProfile };

  private readonly resend = new ResendController(this);

  private get section(): SectionFlow {
    return this.flow as unknown as SectionFlow;
  }

  private get profile(): ProfileView | undefined {
    return this.section.accountState.profile;
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.updateComplete.then(() => {
      if (!this.profile) void this.section.load();
    });
  }

  protected override fieldNames() {
    const profile = this.profile;
    return profile?.pending ? ['code'] : (profile?.fields ?? []);
  }

  protected override renderStep(): TemplateResult {
    const profile = this.profile;
    const title = this.t('account.profile.title');
    // Not loaded (or the load failed: the alert says why, and the button loads again).
    if (!profile) return this.renderForm(title, { body: html``, submitLabel: this.t('account.list.retry') });
    const pending = profile.pending;
    if (pending) {
      const attribute = pending.attributes[0];
      const destination = pending.destination ?? pending.values[attribute];
      return this.renderForm(title, {
        body: html`<p class="auth-hint">
            ${this.t('account.profile.pending', { old: profile.attributes[attribute] ?? '' })}
          </p>
          ${this.codeField(this.t('hint.codeSent', { destination }))}`,
        submitLabel: this.t('action.confirm'),
        actions: html`${this.resend.render()}
          <button type="submit" class="auth-link" name="choice" value="cancel" ?disabled=${this.state.busy}>
            ${this.t('account.profile.cancel')}
          </button>`,
      });
    }
    return this.renderForm(title, {
      body: profile.fields.map((name) =>
        this.field({ name, label: this.t(`attribute.${name}`), value: profile.attributes[name], ...INPUTS[name] }),
      ),
      submitLabel: this.t('account.profile.submit'),
    });
  }
}
