import { html, type TemplateResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { mayStartBeyondSignIn } from '../src/amplify/startup-hint.js';
import type { AuthFlowType, ClientMetadata, FirstFactor } from '../src/auth-service.js';
import { deferredAuthService } from '../src/deferred-auth-service.js';
import { FlowController, type FlowSink } from '../src/flow/controller.js';
import type { AuthHooks } from '../src/flow/hooks.js';
import type { FlowOptions } from '../src/flow/options.js';
import { PageLock } from '../src/flow/page-lock.js';
import type { Step } from '../src/flow/steps.js';
import { authContext } from '../src/auth-context.js';
import type { AuthContext } from './context.js';
import type { AuthContextProvider, ContextRequest } from './context-provider.js';
import { AuthConfiguredElement, onOnline } from './shared/configured-element.js';
import { adoptLightDomStyles } from './shared/light-dom-styles.js';
import { cardStyles } from './shared/card-styles.js';
import { tokens } from './shared/tokens.js';
import { StepOutlet } from './step-outlet.js';

/** Browser storage, where the page allows it (a sandboxed frame or privacy settings may not). */
const storage = (name: 'sessionStorage' | 'localStorage'): Storage | undefined => {
  try {
    return window[name];
  } catch {
    return undefined;
  }
};

/** One lock per page, shared by every widget on it, two copies of the widget included. */
const pageLock = (): PageLock => {
  const key = Symbol.for('auth-sign-in.page-lock');
  const page = window as unknown as Record<symbol, PageLock | undefined>;
  return (page[key] ??= new PageLock());
};

/**
 * The complete Amplify / Cognito sign-in. Shows one step at a time; each step's form lives in the light DOM.
 *
 * @summary Sign-in widget for AWS Amplify / Cognito.
 *
 * @attr {Step} step - The current step, reflected by the widget (read-only: set by the widget, never read from the page).
 * @attr {boolean} defer-hydration - While present, the element starts nothing and writes nothing into the page; remove it once the page has hydrated (server-rendered apps).
 * @attr {boolean} autofocus - Focus the first screen on load (by default focus moves only once the user acts).
 *
 * @fires {CustomEvent<AuthBeforeStepChangeDetail>} auth-before-step-change - Before the step changes from `step` to `nextStep`; cancelable: `preventDefault()` keeps the current step (not for the first step after startup, nor for a sign-out or an ended session). `detail: { step, nextStep }`.
 * @fires {CustomEvent<AuthStepChangeDetail>} auth-step-change - Every change of step, once the new form is in place and focused (the first screen only with `autofocus`). `detail: { step, previousStep }`.
 * @fires {CustomEvent<AuthSignedInDetail>} auth-signed-in - Sign-in completed, or startup found a signed-in user. `detail: { username, userId, loginId }`.
 * @fires {CustomEvent} auth-signed-out - After `signOut()`, the sign-out button, or Amplify Hub `signedOut`.
 * @fires {CustomEvent<AuthErrorDetail>} auth-error - A failed call or rejected input. `detail: { step, name, message }`.
 * @fires {CustomEvent} auth-passkey-registered - A passkey was registered.
 * @fires {CustomEvent<AuthSignedUpDetail>} auth-signed-up - `signUp` succeeded. `detail: { username, userId, loginId, confirmed }`.
 *
 * @slot header - Above every step (a logo, a title).
 * @slot footer - Below every step (links, legal text).
 * @slot signed-in - Replaces the default signed-in view of the `DONE` step.
 * @slot sign-up-fields - The page's own fields on `SIGN_UP` (moved into its form, checked by constraint validation; standard and `custom:` attribute names are sent).
 * @slot - The current step's element (managed by the widget).
 * @slot STEP_NAME - A slot named after any step (e.g. `CONFIRM_SIGN_IN_WITH_SMS_CODE`, or a future Amplify step) replaces that step's screen; the page's element there reads the step and answers it through `authContext` (`@consume`, or a `context-request` event).
 *
 * @csspart card - The box around everything.
 * @csspart header - The wrapper of the `header` slot.
 * @csspart body - The wrapper of the current step.
 * @csspart footer - The wrapper of the `footer` slot.
 *
 * @cssprop --auth-font-family - Font of the widget.
 * @cssprop --auth-font-size - Base font size (body text, fields, buttons).
 * @cssprop --auth-font-size-title - Size of each screen's heading (type scale: title).
 * @cssprop --auth-font-size-small - Hints, rules, field errors and the "or" divider (type scale: small).
 * @cssprop --auth-line-height - Line height of body text.
 * @cssprop --auth-color-background - Card background.
 * @cssprop --auth-color-surface - Field and secondary button background.
 * @cssprop --auth-color-text - Text color.
 * @cssprop --auth-color-text-muted - Hints and secondary text.
 * @cssprop --auth-color-border - Field and card borders.
 * @cssprop --auth-color-primary - Primary button and links.
 * @cssprop --auth-color-on-primary - Text on the primary button.
 * @cssprop --auth-color-error - Error messages and invalid fields.
 * @cssprop --auth-color-success - Success notices (icon and border) and met password rules.
 * @cssprop --auth-color-warning - Warning notices (icon and border).
 * @cssprop --auth-color-info - Information notices (icon and border), such as "You're signed out".
 * @cssprop --auth-color-focus - Focus ring.
 * @cssprop --auth-radius - Corner radius of card, fields and buttons.
 * @cssprop --auth-control-height - Height of fields and buttons (at least 44 px for touch).
 * @cssprop --auth-space-xs - Gap within a group (a label, its field and its hint).
 * @cssprop --auth-space-s - Small gap (between related controls, such as social buttons).
 * @cssprop --auth-space-m - Medium gap (between groups).
 * @cssprop --auth-space-l - Card padding.
 * @cssprop --auth-width - Maximum width of the card.
 * @cssprop --auth-shadow - Card shadow.
 */
export class AuthSignIn extends AuthConfiguredElement {
  static override styles = [tokens, cardStyles];

  static override properties: PropertyDeclarations = {
    authFlowType: { attribute: 'auth-flow-type' },
    preferredChallenge: { attribute: 'preferred-challenge' },
    socialProviders: { attribute: 'social-providers' },
    totpIssuer: { attribute: 'totp-issuer' },
    passkeyPrompt: { attribute: 'passkey-prompt' },
    rememberDevice: { attribute: 'remember-device' },
    hideSignUp: { attribute: 'hide-sign-up', type: Boolean },
    initialStep: { attribute: 'initial-step' },
    verifyContact: { attribute: 'verify-contact' },
    loginMechanism: { attribute: 'login-mechanism' },
    hooks: { attribute: false },
    clientMetadata: { attribute: 'client-metadata', type: Object },
  };

  /** `USER_SRP_AUTH`, `USER_PASSWORD_AUTH`, `USER_AUTH`, `CUSTOM_WITH_SRP` or `CUSTOM_WITHOUT_SRP`. */
  authFlowType: AuthFlowType = 'USER_SRP_AUTH';
  /** With `USER_AUTH`: `PASSWORD`, `PASSWORD_SRP`, `EMAIL_OTP`, `SMS_OTP` or `WEB_AUTHN`. */
  preferredChallenge?: FirstFactor;
  /** Space-separated: `google facebook apple amazon` and custom OIDC/SAML provider names. */
  socialProviders = '';
  /** The name authenticator apps show for the TOTP entry; the page's host name by default. */
  totpIssuer?: string;
  /** `after-sign-in` offers to register a passkey after a sign-in without one; `never`. */
  passkeyPrompt: 'after-sign-in' | 'never' = 'never';
  /**
   * `ask`: the MFA code steps show a "Remember this device" checkbox, and a ticked box remembers the device
   * (Amplify's `rememberDevice()`) once the sign-in completes; `always`: remember without asking; `never`.
   */
  rememberDevice: 'ask' | 'always' | 'never' = 'never';
  /** `SIGN_IN` offers no "Create account". */
  hideSignUp = false;
  /** The first step for a visitor with nothing to resume: `SIGN_IN` or `SIGN_UP` (a dedicated sign-up page). */
  initialStep: 'SIGN_IN' | 'SIGN_UP' = 'SIGN_IN';
  /** `ask`: after a sign-in, offer to verify an email or phone the pool verifies and the user has not; `never`. */
  verifyContact: 'ask' | 'never' = 'ask';
  /**
   * What the pool signs in with, when the configuration does not say (pool ids only): `email` (the field is
   * labelled "Email", `type=email`), `phone` (`type=tel`) or `username` (the default).
   */
  loginMechanism?: 'email' | 'phone' | 'username';
  /**
   * The page's hooks before every call: `{ validate, beforeSignIn, beforeSignUp, beforeConfirm, beforeResetPassword }`,
   * each `(step, values) => values | { values, clientMetadata } | Promise<…>`. Throw `{ field, message }` (or a list)
   * to show it at that field and make no call. See the README's "Hooks before every call".
   */
  hooks?: AuthHooks;
  /**
   * Cognito's `ClientMetadata` (strings by name, for the pool's Lambda triggers), sent as `options.clientMetadata`
   * on every Amplify call that takes it. The `client-metadata` attribute takes it as JSON; invalid JSON is ignored
   * with a console warning.
   */
  clientMetadata?: ClientMetadata;

  private context?: AuthContext;

  private flow?: FlowController;
  /** The step on screen: set once its element is in place and focused. */
  private shownStep?: Step;
  private stepQueue: Promise<void> = Promise.resolve();
  private readonly outlet = new StepOutlet(this);
  /** The provider of `authContext` to the page's own elements: loaded with the first request for it. */
  private contextProvider?: Promise<AuthContextProvider>;
  private readonly onContextRequest = (event: ContextRequest) => {
    if (event.context !== authContext) return;
    event.stopPropagation();
    const source = () => ({ flow: this.flow, context: this.context });
    this.contextProvider ??= import('./context-provider.js').then((m) => new m.AuthContextProvider(source));
    void this.contextProvider.then((provider) => provider.request(event));
  };
  /**
   * Someone typed into the step on screen: a sign-in in another tab leaves it alone. The first key on a screen readies
   * the next screens when the page is idle (`StepOutlet.prepareNext`; done once, on the first screen).
   */
  private touched = false;
  private readonly onInput = () => {
    if (!this.touched) (window.requestIdleCallback ?? setTimeout)(() => this.outlet.prepareNext());
    this.touched = true;
  };

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Lit reads the attribute as JSON, and as `null` when it is not.
    if (changed.has('clientMetadata') && this.clientMetadata === null && this.getAttribute('client-metadata'))
      console.warn('<auth-sign-in>: client-metadata is not valid JSON; it is ignored');
  }

  /** The current step, or `undefined` before startup ends. */
  get step(): Step | undefined {
    return this.shownStep;
  }

  /** Signs the user out; the widget goes back to `SIGN_IN`. Whatever was under way is dropped. */
  signOut(): Promise<void> {
    return this.flow?.signOut() ?? Promise.resolve();
  }

  /** Goes back to `SIGN_IN`. */
  restart() {
    this.flow?.restart();
  }

  static override get observedAttributes() {
    return [...super.observedAttributes, 'defer-hydration'];
  }

  /** With `defer-hydration`, nothing starts and nothing is written into the page until the attribute is removed. */
  override connectedCallback() {
    if (this.hasAttribute('defer-hydration')) return;
    super.connectedCallback();
    this.addEventListener('context-request', this.onContextRequest);
    // Consumers that asked before the element was defined ask again (`@lit/context`'s `ContextRoot` does).
    this.dispatchEvent(
      Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context: authContext }),
    );
    adoptLightDomStyles(this);
    this.addEventListener('input', this.onInput);
    this.slotWatch.observe(this, { attributeFilter: ['slot'], subtree: true, childList: true });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (name !== 'defer-hydration') return super.attributeChangedCallback(name, old, value);
    if (value === null && this.isConnected) this.connectedCallback();
  }

  protected override dispose() {
    this.slotWatch.disconnect();
    this.flow?.dispose();
  }

  protected override get languageReady() {
    return this.context !== undefined;
  }

  protected override async startup() {
    const ready = this.loadService();
    const sessionStore = storage('sessionStorage');
    const localStore = storage('localStorage');
    this.flow = new FlowController({
      service: deferredAuthService(ready),
      options: () => this.flowOptions(),
      sink: this.sink,
      sessionStore,
      localStore,
      pageLock: pageLock(),
      online: onOnline,
      formTouched: () => this.touched,
    });
    this.flow.subscribe(() => this.provideContext());
    await this.updateLanguage();
    // With no sign of a signed-in user or a pending sign-in, the first screen shows before Amplify has loaded.
    if (!mayStartBeyondSignIn({ sessionStore, localStore, search: location.search })) {
      void this.outlet.place(this.flow.firstStep);
    } else this.setAttribute('aria-busy', 'true'); // nothing to show until startup ends
    await this.flow.start(() => ready.then(() => undefined));
  }

  private flowOptions(): FlowOptions {
    return {
      authFlowType: this.authFlowType || 'USER_SRP_AUTH',
      preferredChallenge: this.preferredChallenge || undefined,
      totpIssuer: this.totpIssuer || location.hostname,
      passkeyPrompt: this.passkeyPrompt === 'after-sign-in' ? 'after-sign-in' : 'never',
      socialProviders: this.socialProviders.split(/\s+/).filter(Boolean),
      rememberDevice: this.rememberDevice === 'ask' || this.rememberDevice === 'always' ? this.rememberDevice : 'never',
      hideSignUp: this.hideSignUp,
      initialStep: this.initialStep === 'SIGN_UP' ? 'SIGN_UP' : 'SIGN_IN',
      verifyContact: this.verifyContact === 'never' ? 'never' : 'ask',
      loginMechanism: this.loginMechanism,
      config: this.config,
      hooks: this.hooks,
      clientMetadata: this.clientMetadata,
    };
  }

  protected override async updateLanguage() {
    this.context = { flow: this.flow!, ...(await this.translator()) };
    this.outlet.provide(this.context);
    this.provideContext();
  }

  /** The page's own elements get the context's new value. */
  private provideContext() {
    void this.contextProvider?.then((provider) => provider.update());
  }

  private readonly sink: FlowSink = {
    beforeStepChange: (step, nextStep) => {
      return this.emit('auth-before-step-change', { step, nextStep }, true);
    },
    stepChanged: (step, previous) => {
      this.stepQueue = this.stepQueue.then(() => this.showStep(step, previous)).catch((error) => console.error(error));
    },
    signedIn: (detail) => this.emit('auth-signed-in', detail),
    signedUp: (detail) => this.emit('auth-signed-up', detail),
    signedOut: () => this.emit('auth-signed-out', {}),
    error: (detail) => this.emit('auth-error', detail),
    passkeyRegistered: () => this.emit('auth-passkey-registered', {}),
  };

  /** Puts the step's element in place, reflects the step, focuses it, then announces the change. */
  private async showStep(step: Step, previousStep: Step | null) {
    const startupScreen = previousStep === null;
    const element = await this.outlet.place(step, startupScreen);
    const typing = this.contains(document.activeElement);
    this.shownStep = step;
    if (!startupScreen) this.touched = false;
    this.setAttribute('step', step);
    this.removeAttribute('aria-busy');
    this.requestUpdate();
    await this.updateComplete;
    await element.updateComplete;
    // The first screen takes focus only when the page asks (`autofocus`), and never from someone already typing
    // into it; every later screen follows something the user did, so focus moves to it.
    if (!startupScreen || (this.autofocus && !typing)) element.focusFirst();
    this.emit('auth-step-change', { step, previousStep });
  }

  /**
   * Whether the page put its own content in the slot named `name`. The step's element sits in the default slot
   * otherwise: never as the fallback of the named slot, which Chromium leaves unrendered (and unfocusable) until
   * something else changes.
   */
  private pageFills(name: string | undefined): name is string {
    return Boolean(name && [...this.children].some((child) => child.slot === name));
  }

  /** Children the page adds, removes or re-slots later choose the slot again (changes deeper in are not watched). */
  private readonly slotWatch = new MutationObserver((records) => {
    const concernsChildren = (record: MutationRecord) =>
      record.type === 'childList' ? record.target === this : record.target.parentNode === this;
    if (records.some(concernsChildren)) this.requestUpdate();
  });

  protected override render(): TemplateResult {
    const step = this.shownStep;
    const slotName = step === 'DONE' ? 'signed-in' : step;
    return html`
      <div part="card">
        <div part="header"><slot name="header"></slot></div>
        <div part="body">${this.pageFills(slotName) ? html`<slot name=${slotName}></slot>` : html`<slot></slot>`}</div>
        <div part="footer"><slot name="footer"></slot></div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-in': AuthSignIn;
  }
}
