import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { AmplifyConfiguration } from '../../src/amplify/configuration.js';
import type { AuthService } from '../../src/auth-service.js';
import { resolveConfiguration } from '../../src/config.js';
import type { AuthEventDetails, AuthEventName } from '../../src/events.js';
import {
  createTranslator,
  directionOf,
  loadCatalog,
  textLanguage,
  type MessageOverrides,
  type Translate,
} from '../../src/i18n.js';
import { authEvent } from '../events.js';

/** The network coming back (the session watch asks again then); returns the unsubscribe function. */
export const onOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  return () => window.removeEventListener('online', listener);
};

/**
 * What every element of the package shares: the configuration attributes (in the README's order: `config`,
 * `config-src`, the pool ids, the app's Amplify), the language and its direction, the page's `messages`, the auth
 * service and the events. `<auth-sign-in>` and `<auth-account>` extend it.
 */
export abstract class AuthConfiguredElement extends LitElement {
  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    configSrc: { attribute: 'config-src' },
    userPoolId: { attribute: 'user-pool-id' },
    userPoolClientId: { attribute: 'user-pool-client-id' },
    userPoolEndpoint: { attribute: 'user-pool-endpoint' },
    lang: { reflect: true },
    messages: { attribute: false },
    authService: { attribute: false },
  };

  /**
   * An `amplify_outputs.json` object or an Amplify `ResourcesConfig` (what `Amplify.configure` takes). Wins over every
   * attribute. Only its Auth settings are used: the app's other categories (API, Storage) are kept.
   */
  config?: AmplifyConfiguration;
  /** URL of an `amplify_outputs.json`, fetched by the widget. */
  configSrc?: string;
  /** Cognito user pool id (region comes from it), for pages without a JSON file. */
  userPoolId?: string;
  /** Cognito app client id, with `user-pool-id`. */
  userPoolClientId?: string;
  /** A user-pool endpoint other than AWS's, such as the local server. */
  userPoolEndpoint?: string;
  /**
   * UI language; the nearest `lang` up the tree, then `en`. Reflected, so a framework's `el.lang = 'ja'` is what
   * screen readers read too.
   */
  override lang!: string;
  /** `{ [lang]: { [messageId]: string } }`, merged over the built-in catalogs. */
  messages: MessageOverrides = {};
  /** The auth service; Amplify's by default. Tests hand in a fake. */
  authService?: AuthService;

  /** The `dir` this element set itself (a page's own `dir` is left alone). */
  private ownDir?: string;

  /** Starts the element once it has rendered: configuration, the service, who is signed in. */
  protected abstract startup(): Promise<void>;
  /** Whether startup has got far enough for a change of language to show. */
  protected abstract get languageReady(): boolean;
  /** Shows the language and the page's strings now in effect. */
  protected abstract updateLanguage(): Promise<void>;
  /**
   * Whether the first screen needs the language's whole catalog; `false`: only what `SIGN_IN` shows, the rest
   * loading when a later screen or an error needs it.
   */
  protected readonly wholeText: boolean = false;
  /** Stops what startup started (listeners, the flow). */
  protected abstract dispose(): void;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.dispose();
  }

  protected override firstUpdated() {
    void this.startup();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.languageReady && (changed.has('lang') || changed.has('messages'))) void this.updateLanguage();
  }

  /** The auth service, configured. Amplify loads only when no service was handed in (tests hand in a fake). */
  protected async loadService(): Promise<AuthService> {
    const service = (this.authService ??= new (await import('../../src/amplify/service.js')).AmplifyAuthService());
    await service.configure(await resolveConfiguration(this));
    return service;
  }

  /**
   * The language in effect, its direction applied to the element, the text lookup for it, and the language the text
   * is in (`textLang`: `en` where the page's language has no text, see `textLanguage`).
   */
  protected async translator(): Promise<{ lang: string; textLang: string; t: Translate }> {
    const lang = this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || 'en';
    // The writing direction follows the language, unless the page set `dir` on the element.
    const current = this.getAttribute('dir');
    if (current === null || current === this.ownDir) {
      this.ownDir = directionOf(lang);
      this.setAttribute('dir', this.ownDir);
    }
    const textLang = textLanguage(lang, this.messages);
    // English fallback text is read, counted and written as English (its plural forms, its digits).
    const catalog = await loadCatalog(textLang, this.wholeText).catch(() => ({}));
    return { lang, textLang, t: createTranslator(textLang, catalog, this.messages) };
  }

  protected emit<K extends AuthEventName>(type: K, detail: AuthEventDetails[K], cancelable = false): boolean {
    return this.dispatchEvent(authEvent(type, detail, { cancelable }));
  }
}
