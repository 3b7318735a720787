import { css, html, nothing, type TemplateResult } from 'lit';
import type { MfaType } from '../../src/auth-service.js';
import type { MfaView } from '../../src/flow/account-mfa.js';
import { account } from '../../src/messages/en/account.js';
import { accountMfa } from '../../src/messages/en/account-mfa.js';
import { choice } from '../../src/messages/en/choice.js';
import { totpSetup } from '../../src/messages/en/totp-setup.js';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { adoptLightDomStyles } from '../shared/light-dom-styles.js';
import { TotpSetupController, totpStyles } from '../shared/totp-setup-block.js';
import type { SectionFlow } from './section-flow.js';

const styles = totpStyles('auth-account');

/** The methods: one row each, its name and state, its buttons under them. */
const methodStyles = css`
  auth-account .auth-methods {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-m);
  }
  auth-account .auth-methods > li {
    display: grid;
    gap: var(--_space-s);
  }
`;

/**
 * `<auth-account>`'s two-step verification section: each method the pool offers, on or off, the preferred one
 * marked; turn one on (an authenticator app through the sign-in's own setup block: QR code, setup key, first code),
 * make one preferred, turn one off. Each action is a submit button named `choice` (`enable:TOTP`, `prefer:SMS`,
 * `disable:EMAIL`, `cancel`); the app's first code is the form's primary submit. Hidden where the pool has MFA off.
 */
export class AuthAccountMfa extends AuthStepElement {
  static override messages = { ...choice, ...totpSetup, ...account, ...accountMfa };

  private readonly setup = new TotpSetupController(this);

  private get section(): SectionFlow {
    return this.flow as unknown as SectionFlow;
  }

  private get mfa(): MfaView | undefined {
    return this.section.accountState.mfa;
  }

  override connectedCallback() {
    super.connectedCallback();
    adoptLightDomStyles(this, styles);
    adoptLightDomStyles(this, methodStyles);
    void this.updateComplete.then(() => {
      if (!this.mfa) void this.section.load();
    });
  }

  protected override fieldNames() {
    return this.mfa?.totp ? ['code'] : [];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    super.willUpdate(changed);
    void this.setup.draw(this.mfa?.totp?.uri, this.t('hint.totpQrAlt'));
  }

  protected override renderStep(): TemplateResult {
    const mfa = this.mfa;
    const title = this.t('account.mfa.title');
    // Not loaded (or the load failed: the alert says why, and the button loads again).
    if (!mfa) return this.renderForm(title, { body: html``, submitLabel: this.t('account.mfa.retry') });
    if (mfa.status === 'off') return html``;
    if (mfa.totp)
      return this.renderForm(title, {
        body: this.setup.steps(
          (id) => this.t(id),
          mfa.totp,
          (...field) => this.codeField(...field),
        ),
        submitLabel: this.t('action.confirm'),
        actions: this.button('cancel', this.t('account.mfa.cancel')),
      });
    return this.renderForm(title, {
      body: html`<p class="auth-hint">${this.t(mfa.enabled.length ? 'account.mfa.hint' : 'account.mfa.off')}</p>
        <ul class="auth-methods">
          ${mfa.offered.map((type) => this.method(mfa, type))}
        </ul>`,
    });
  }

  /** One method: its name and state, and what can be done with it. */
  private method(mfa: MfaView, type: MfaType): TemplateResult {
    const id = `${this.idPrefix}-${type}`;
    const on = mfa.enabled.includes(type);
    const preferred = on && (mfa.preferred === type || mfa.enabled.length === 1);
    const state = preferred ? 'account.mfa.preferred' : on ? 'account.mfa.on' : undefined;
    return html`<li>
      <span id=${id}
        ><strong>${this.t(`choice.${type}`)}</strong
        >${state ? html`<br /><span class="auth-hint">${this.t(state)}</span>` : nothing}</span
      >
      <span class="auth-actions auth-actions-start">
        ${
          on
            ? html`${preferred ? nothing : this.button(`prefer:${type}`, this.t('account.mfa.prefer'), id)}
              ${this.button(`disable:${type}`, this.t('account.mfa.turnOff'), id)}`
            : this.button(`enable:${type}`, this.t('account.mfa.turnOn'), id)
        }
      </span>
    </li>`;
  }

  private button(choice: string, label: string, describedBy?: string): TemplateResult {
    return html`<button
      type="submit"
      class="auth-link"
      name="choice"
      value=${choice}
      aria-describedby=${describedBy ?? nothing}
      ?disabled=${this.state.busy}
    >
      ${label}
    </button>`;
  }
}
