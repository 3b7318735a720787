import {
  css,
  html,
  nothing,
  render,
  unsafeCSS,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { deferredAuthService } from '../src/deferred-auth-service.js';
import { AccountController, sectionsOf, type AccountSection } from '../src/flow/account.js';
import { addEnglish, failureTextPending, loadFailureText, type Translate } from '../src/i18n.js';
import { account } from '../src/messages/en/account.js';
import type { AuthContext } from './context.js';
import { SectionFlow } from './account/section-flow.js';
import { AuthConfiguredElement } from './shared/configured-element.js';
import { adoptLightDomStyles, formStyles } from './shared/light-dom-styles.js';
import { cardStyles } from './shared/card-styles.js';
import { tokens } from './shared/tokens.js';

addEnglish(account);

/** The sign-in's form styles, written for `auth-sign-in`, with this element's name put in. */
const accountFormStyles = unsafeCSS(formStyles.cssText.replaceAll('auth-sign-in', 'auth-account'));

/**
 * `<auth-account>`: the signed-in person's account, beside `<auth-sign-in>` or alone on a settings page. It reads the
 * same configuration attributes; with nobody signed in it says so and fires `auth-signed-out`. Each section is a
 * form in the light DOM (password managers and page CSS reach its fields).
 *
 * @fires auth-account-change - `{ section, action }` after a section changed the account (never a secret).
 * @fires auth-signed-out - Nobody is signed in: at startup, after "Sign out of every device" or deleting the account, or signed out elsewhere.
 * @fires auth-error - `{ step, name, message }` for a failed call or rejected input; `step` is the section's name.
 *
 * @slot - The sections (managed by the element).
 * @csspart card - The box around everything.
 */
export class AuthAccount extends AuthConfiguredElement {
  static override styles = [
    tokens,
    cardStyles,
    css`
      [part='card'] {
        gap: calc(var(--_space-l) * 1.5);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    sections: {},
  };

  /** Space-separated: which sections show, in this order (`password sessions delete`); all of them by default. */
  sections?: string;

  private controller?: AccountController;
  private t?: Translate;
  private language = 'en';
  private readonly flows = new Map<AccountSection, SectionFlow>();

  /** Whether someone is signed in: `undefined` until startup ends. */
  get signedIn(): boolean | undefined {
    const user = this.controller?.state.user;
    return user === undefined ? undefined : user !== null;
  }

  override connectedCallback() {
    super.connectedCallback();
    adoptLightDomStyles(this, accountFormStyles);
  }

  protected override dispose() {
    this.controller?.dispose();
  }

  protected override get languageReady() {
    return this.controller !== undefined;
  }

  protected override async startup() {
    const ready = this.loadService();
    this.controller = new AccountController({
      service: deferredAuthService(ready),
      sink: {
        changed: (change) => this.emit('auth-account-change', change),
        signedOut: () => this.emit('auth-signed-out', {}),
        error: (section, error) => this.emit('auth-error', { step: section, name: error.name, message: error.message }),
      },
      online: (listener) => {
        window.addEventListener('online', listener);
        return () => window.removeEventListener('online', listener);
      },
    });
    this.controller.subscribe(() => this.requestUpdate());
    await this.updateLanguage();
    await this.controller.start(() => ready.then(() => undefined));
  }

  protected override async updateLanguage() {
    const { lang, t } = await this.translator();
    this.language = lang;
    this.t = t;
    this.requestUpdate();
  }

  private flowOf(section: AccountSection): SectionFlow {
    let flow = this.flows.get(section);
    if (!flow) this.flows.set(section, (flow = new SectionFlow(this.controller!, section)));
    return flow;
  }

  /** The sections (or why there are none), in the element's light DOM. */
  private lightDom(): TemplateResult | typeof nothing {
    const state = this.controller?.state;
    const t = this.t;
    if (!state || !t || state.user === undefined) return nothing;
    if (state.user === null) {
      const notice = state.signedOutNotice;
      if (notice && failureTextPending()) void loadFailureText().then(() => this.requestUpdate());
      return html`<p class="auth-notice" role="status">
        ${notice ? html`${t(notice.messageId)} ` : nothing}${t('account.signedOut')}
      </p>`;
    }
    return html`${sectionsOf(this.sections).map((section) => {
      const context: AuthContext = { flow: this.flowOf(section).asFlow(), t, lang: this.language };
      return sectionTemplate(section, context);
    })}`;
  }

  protected override render(): TemplateResult {
    return html`<div part="card" aria-busy=${this.signedIn === undefined ? 'true' : 'false'}><slot></slot></div>`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    render(this.lightDom(), this);
  }
}

function sectionTemplate(section: AccountSection, context: AuthContext): TemplateResult {
  switch (section) {
    case 'password':
      return html`<auth-account-password step="password" .context=${context}></auth-account-password>`;
    case 'sessions':
      return html`<auth-account-sessions step="sessions" .context=${context}></auth-account-sessions>`;
    case 'delete':
      return html`<auth-account-delete step="delete" .context=${context}></auth-account-delete>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-account': AuthAccount;
  }
}
