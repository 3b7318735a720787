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
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccountService } from '../src/auth-service.js';
import { deferredAuthService } from '../src/deferred-auth-service.js';
import { AccountController, type AccountSection } from '../src/flow/account.js';
import type { AuthHooks } from '../src/flow/hooks.js';
import { addEnglish, directionOf, failureTextPending, loadFailureText, type Translate } from '../src/i18n.js';
import { account } from '../src/messages/en/account.js';
import type { AuthContext } from './context.js';
import { SectionFlow } from './account/section-flow.js';
import { AuthConfiguredElement, onOnline } from './shared/configured-element.js';
import { adoptLightDomStyles, formStyles } from './shared/light-dom-styles.js';
import { cardStyles } from './shared/card-styles.js';
import { noticeStyles } from './shared/notice-styles.js';
import { rulesAndChoicesStyles } from './shared/rules-and-choices-styles.js';
import { tokens } from './shared/tokens.js';

addEnglish(account);

/** The sign-in's form styles, written for `auth-sign-in`, with this element's name put in. */
const accountFormStyles = unsafeCSS(
  (formStyles.cssText + noticeStyles.cssText + rulesAndChoicesStyles.cssText).replaceAll(
    'auth-sign-in',
    'auth-account',
  ),
);

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
  /** The account sections are no sign-in screen: they need the language's whole catalog. */
  protected override readonly wholeText = true;
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
    totpIssuer: { attribute: 'totp-issuer' },
    hooks: { attribute: false },
  };

  /**
   * Space-separated: which sections show, in this order (`profile password mfa passkeys devices sessions delete`); all of them
   * by default. Two-step verification shows only where the pool has MFA, passkeys only where the browser and the pool allow them, devices only on pools that track them.
   */
  sections?: string;
  /**
   * The page's hooks: `validate(section, values)` runs before each section's call (`profile`, `password`, `passkeys`, …,
   * `delete`); throw `{ field, message }` to refuse. The `before…` hooks are `<auth-sign-in>`'s.
   */
  hooks?: AuthHooks;

  /** The name authenticator apps show for an app set up in the two-step verification section; the page's host by default. */
  totpIssuer?: string;

  /** The auth service with the account's calls (`AccountService`); Amplify's by default. Tests hand in a fake. */
  declare authService?: AccountService;

  private controller?: AccountController;
  private t?: Translate;
  private language = 'en';
  /** The language the text is in (`en` where the page's language has none). */
  private textLang = 'en';
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

  /** The account's calls travel in their own module, which a sign-in page never loads. */
  protected override async loadService(): Promise<AccountService> {
    this.authService ??= new (await import('../src/amplify/account-service.js')).AmplifyAccountService();
    return (await super.loadService()) as AccountService;
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
      totpIssuer: () => this.totpIssuer || location.hostname,
      hooks: () => this.hooks,
      online: onOnline,
    });
    this.controller.subscribe(() => this.requestUpdate());
    await this.updateLanguage();
    await this.controller.start(() => ready.then(() => undefined));
  }

  protected override async updateLanguage() {
    const { lang, textLang, t } = await this.translator();
    this.language = lang;
    this.textLang = textLang;
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
    // English fallback text on a page in another language is marked as English, left to right.
    const fallback = this.textLang === this.language ? undefined : this.textLang;
    const fallbackDir = fallback && directionOf(fallback);
    if (state.user === null) {
      const notice = state.signedOutNotice;
      if (notice && failureTextPending()) void loadFailureText().then(() => this.requestUpdate());
      return html`<p class="auth-notice" role="status" lang=${ifDefined(fallback)} dir=${ifDefined(fallbackDir)}>
        ${notice ? html`${t(notice.messageId)} ` : nothing}${t('account.signedOut')}
      </p>`;
    }
    return html`${this.controller!.shownSections(this.sections).map((section) => {
      const context: AuthContext = {
        flow: this.flowOf(section).asFlow(),
        t,
        lang: this.language,
        textLang: this.textLang,
      };
      return sectionTemplate(section, context, fallback);
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

/** A section's element; `fallback`: the language of fallback text, marked on it with that language's direction. */
function sectionTemplate(section: AccountSection, context: AuthContext, fallback?: string): TemplateResult {
  const lang = ifDefined(fallback);
  const dir = ifDefined(fallback && directionOf(fallback));
  switch (section) {
    case 'profile':
      return html`<auth-account-profile
        step=${section}
        lang=${lang}
        dir=${dir}
        .context=${context}
      ></auth-account-profile>`;
    case 'password':
      return html`<auth-account-password
        step=${section}
        lang=${lang}
        dir=${dir}
        .context=${context}
      ></auth-account-password>`;
    case 'mfa':
      return html`<auth-account-mfa step=${section} lang=${lang} dir=${dir} .context=${context}></auth-account-mfa>`;
    case 'passkeys':
      return html`<auth-account-passkeys
        step=${section}
        lang=${lang}
        dir=${dir}
        .context=${context}
      ></auth-account-passkeys>`;
    case 'devices':
      return html`<auth-account-devices
        step=${section}
        lang=${lang}
        dir=${dir}
        .context=${context}
      ></auth-account-devices>`;
    case 'sessions':
      return html`<auth-account-sessions
        step=${section}
        lang=${lang}
        dir=${dir}
        .context=${context}
      ></auth-account-sessions>`;
    case 'delete':
      return html`<auth-account-delete
        step=${section}
        lang=${lang}
        dir=${dir}
        .context=${context}
      ></auth-account-delete>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-account': AuthAccount;
  }
}
