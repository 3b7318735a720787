/**
 * Shared harness of the end-to-end tests: the local Cognito server in-process, a static server for
 * `dist/` and `test/e2e/pages/` (every response under a strict CSP), Chromium through puppeteer-core,
 * a fresh incognito context per test, and the steps a user takes on `<auth-sign-in>`.
 *
 * A file calls `useE2E()` once at top level; it registers the hooks and returns the handle its tests use.
 * Every test fails on a CSP violation ("Refused to …" console message or `securitypolicyviolation`)
 * or an uncaught page error.
 *
 * Run: `npm run build && node --import tsx --test --test-concurrency=1 test/e2e/*.test.ts` (Chromium from CHROME_PATH or
 * /usr/bin/chromium). The static server serves a copy of dist/cdn taken at start, so a concurrent build cannot break a run.
 */
import { after, afterEach, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from '../../scripts/browsers.mjs';

import { startCognitoServer, type CognitoServerOptions, type RunningCognitoServer } from 'local-cognito';
import { startStaticServer } from '../../scripts/static-server.js';
import { adminHeaders } from '../support/admin-auth.js';
import { PASSWORD, PHONE } from '../support/seed.js';

export * from '../support/seed.js';
export * from '../support/codes.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = join(ROOT, 'test/e2e/pages');
export const CSP = "script-src 'self'; style-src 'self'";

/** The strictest policy a site may send: Trusted Types on, only Lit's policy, nothing from elsewhere but Cognito. */
export const trustedTypesCsp = (cognito: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' ${cognito}; ` +
  `require-trusted-types-for 'script'; trusted-types lit-html`;
/** Longest wait for one step; Amplify retries (with back-off) fit in it. */
const STEP_TIMEOUT = 15_000;

export type { OutboxEntry } from 'local-cognito';
import type { OutboxEntry } from 'local-cognito';

// ---- static server -------------------------------------------------------------------------------------

/**
 * Serves a snapshot of `dist/cdn` taken at start (another `npm run build` cleans and rewrites `dist/cdn`
 * with new chunk hashes) under `/dist/cdn/`, and the test pages at `/`, every answer with the strict CSP.
 */
async function startPageServer(
  csp = CSP,
  existing?: string,
): Promise<{ server: { close(): Promise<void> }; origin: string; snapshot: string }> {
  const cdn = join(ROOT, 'dist/cdn');
  // Another engineer's build may be rewriting dist/cdn right now: give it a moment.
  for (let i = 0; i < 60 && !existsSync(join(cdn, 'auth-sign-in.js')); i++)
    await new Promise((r) => setTimeout(r, 1000));
  if (!existsSync(join(cdn, 'auth-sign-in.js')))
    throw new Error('dist/cdn/auth-sign-in.js is missing: run `npm run build` first');
  const snapshot = existing ?? mkdtempSync(join(tmpdir(), 'auth-e2e-'));
  if (!existing) {
    cpSync(PAGES, snapshot, { recursive: true });
    cpSync(cdn, join(snapshot, 'dist/cdn'), { recursive: true });
  }
  const server = await startStaticServer({
    root: snapshot,
    serve: [...readdirSync(PAGES), 'dist'],
    index: '/index.html',
    headers: { 'content-security-policy': csp, 'cache-control': 'no-store' },
  });
  return { server, origin: `http://localhost:${server.port}`, snapshot };
}

// ---- the widget on a page ------------------------------------------------------------------------------

export interface WidgetEvent {
  type: string;
  detail: any;
}

/** Query options of `test/e2e/pages/page.js`. */
export interface PageOptions {
  'auth-flow-type'?: string;
  'preferred-challenge'?: string;
  'passkey-prompt'?: string;
  lang?: string;
  'totp-issuer'?: string;
  'remember-device'?: string;
  'social-providers'?: string;
  /** OAuth settings for the hosted UI at this domain (`localhost:PORT`), returning to the page. */
  'oauth-domain'?: string;
  /** The HTML `autofocus` attribute on the element (any value). */
  autofocus?: string;
  /** Comma-separated `username_attributes` of an amplify_outputs.json the page hands the widget as `config`. */
  'username-attributes'?: string;
  /** `email`, `phone` or `username`: what the pool signs in with (the page has pool ids only). */
  'login-mechanism'?: string;
  /** Pixels of page content above the widget. */
  spacer?: string;
  'hide-sign-up'?: string;
  'initial-step'?: string;
  'verify-contact'?: string;
  /** The widget's `config` (an amplify_outputs.json or a ResourcesConfig), as JSON. */
  config?: string;
  /** Any value: the page adds its own sign-up fields (`custom:company`, a required `terms` checkbox). */
  'sign-up-fields'?: string;
  /** Any value: the page's own plain element `<e2e-challenge>` (pages/page-element.js) in the custom-challenge slot. */
  'page-element'?: string;
  /** An `<auth-account>` beside the widget; the value is its `sections` (empty: all). */
  account?: string;
  /** The `client-metadata` attribute (JSON). */
  'client-metadata'?: string;
}

/** One page with `<auth-sign-in>`, driven as a user would. */
export class Widget {
  constructor(
    readonly page: Page,
    private readonly e2e: E2E,
  ) {}

  /** Resolves once startup has ended (the `step` attribute is set and its form is in place). */
  async ready(): Promise<string> {
    await this.page.waitForFunction(
      () => {
        const el = document.querySelector('auth-sign-in');
        const step = el?.getAttribute('step');
        return Boolean(step && el!.querySelector(`[step="${step}"] form`));
      },
      { timeout: STEP_TIMEOUT },
    );
    return this.step();
  }

  step(): Promise<string> {
    return this.page.$eval('auth-sign-in', (el) => el.getAttribute('step') ?? '');
  }

  /** Waits until the widget shows `step`, idle, with the step's form rendered. */
  async waitForStep(step: string, timeout = STEP_TIMEOUT): Promise<void> {
    try {
      await this.page.waitForFunction(
        (s: string) => {
          const el = document.querySelector('auth-sign-in');
          return (
            el?.getAttribute('step') === s &&
            Boolean(el.querySelector(`[step="${s}"] form`)) &&
            !el.querySelector('[aria-busy=true]')
          );
        },
        { timeout },
        step,
      );
    } catch (error) {
      const now = await this.step().catch(() => '?');
      const alert = await this.alertText().catch(() => '?');
      throw new Error(`expected step ${step}, still on ${now} (alert: "${alert}")`, { cause: error });
    }
  }

  /** Waits until no call is under way. */
  async idle(): Promise<void> {
    await this.page.waitForFunction(() => !document.querySelector('auth-sign-in [aria-busy=true]'), {
      timeout: STEP_TIMEOUT,
    });
  }

  field(name: string) {
    return this.page.$(`auth-sign-in input[name="${name}"]`);
  }

  /** Replaces the value of `input[name=…]` by typing `value`. */
  async type(name: string, value: string): Promise<void> {
    const input = await this.page.waitForSelector(`auth-sign-in input[name="${name}"]`, { timeout: 5000 });
    assert.ok(input, `field ${name}`);
    await input.evaluate((node) => {
      (node as HTMLInputElement).value = '';
    });
    await input.type(value);
  }

  value(name: string): Promise<string> {
    return this.page.$eval(`auth-sign-in input[name="${name}"]`, (node) => (node as HTMLInputElement).value);
  }

  /** Clicks the primary submit button. */
  async submit(): Promise<void> {
    await this.page.click('auth-sign-in form button[type=submit]:not([name])');
  }

  /** Clicks a choice button (`button[name=choice][value=…]`). */
  async choose(value: string): Promise<void> {
    await this.page.waitForSelector(`auth-sign-in button[type=submit][name=choice][value="${value}"]`, {
      timeout: 5000,
    });
    await this.page.click(`auth-sign-in button[type=submit][name=choice][value="${value}"]`);
  }

  /** Clicks a secondary action (`[data-action=…]`). */
  async action(name: string): Promise<void> {
    await this.page.click(`auth-sign-in [data-action="${name}"]`);
  }

  has(selector: string): Promise<boolean> {
    return this.page.$(`auth-sign-in ${selector}`).then((node) => node !== null);
  }

  text(selector: string): Promise<string> {
    return this.page.$eval(`auth-sign-in ${selector}`, (node) => node.textContent?.trim() ?? '');
  }

  /**
   * The text of every non-empty `role=alert` and field error (read as the focused field's description) inside the
   * widget, without the "Error:" prefix each error carries.
   */
  alertText(): Promise<string> {
    return this.page.$$eval('auth-sign-in [role=alert], auth-sign-in .auth-field-error', (nodes) =>
      nodes
        .map((node) => {
          const copy = node.cloneNode(true) as Element;
          copy.querySelector('.auth-error-prefix')?.remove();
          return copy.textContent?.trim();
        })
        .filter(Boolean)
        .join(' | '),
    );
  }

  /** Waits for an alert and returns its text. */
  async waitForAlert(timeout = STEP_TIMEOUT): Promise<string> {
    await this.page.waitForFunction(
      () =>
        [...document.querySelectorAll('auth-sign-in [role=alert], auth-sign-in .auth-field-error')].some((node) =>
          node.textContent?.trim(),
        ),
      { timeout },
    );
    return this.alertText();
  }

  /** The code field's hint (its description, less any error) and its length limits, as users and browsers meet them. */
  codeField(): Promise<{ hint: string; minLength: number; maxLength: number }> {
    return this.page.$eval('auth-sign-in input[name="code"]', (node) => {
      const input = node as HTMLInputElement;
      const hint = (input.getAttribute('aria-describedby')?.split(' ') ?? [])
        .map((id) => document.getElementById(id))
        .filter((n) => n?.classList.contains('auth-hint'))
        .map((n) => n!.textContent!.trim())
        .join(' ');
      return { hint, minLength: input.minLength, maxLength: input.maxLength };
    });
  }

  /** The error shown at a field (linked with `aria-describedby`), or ''. */
  fieldError(name: string): Promise<string> {
    return this.page.$eval(`auth-sign-in input[name="${name}"]`, (input) => {
      const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids
        .map((id) => document.getElementById(id))
        .filter((n) => n?.classList.contains('auth-field-error'))
        .map((n) => {
          const copy = n!.cloneNode(true) as Element;
          copy.querySelector('.auth-error-prefix')?.remove();
          return copy.textContent!.trim();
        })
        .join(' ');
    });
  }

  events(type?: string): Promise<WidgetEvent[]> {
    return this.page.evaluate(
      (t?: string) => (window as any).events.filter((e: WidgetEvent) => !t || e.type === t),
      type,
    );
  }

  /** Events of every page load in this tab (a social sign-in leaves the page and comes back). */
  eventsOfTab(type?: string): Promise<WidgetEvent[]> {
    return this.page.evaluate(
      (t?: string) =>
        (JSON.parse(sessionStorage.getItem('e2e:events') ?? '[]') as WidgetEvent[]).filter((e) => !t || e.type === t),
      type,
    );
  }

  /** Waits until `type` has fired at least `count` times on this page load; returns those events. */
  async waitForEvent(type: string, count = 1): Promise<WidgetEvent[]> {
    await this.page.waitForFunction(
      (t: string, n: number) => (window as any).events.filter((e: WidgetEvent) => e.type === t).length >= n,
      { timeout: STEP_TIMEOUT },
      type,
      count,
    );
    return this.events(type);
  }

  // ---- composite steps ---------------------------------------------------------------------------------

  /** Username (and password, when given) on SIGN_IN, then submit. */
  async signIn(username: string, password?: string): Promise<void> {
    await this.waitForStep('SIGN_IN');
    await this.type('username', username);
    if (password !== undefined) await this.type('password', password);
    await this.submit();
  }

  /** Types `code` into the code field and submits. */
  async enterCode(code: string): Promise<void> {
    await this.type('code', code);
    await this.submit();
  }

  /** Signs in with the password, then the SMS code from the outbox, through to DONE; the code. */
  async signInWithSmsCode(username: string): Promise<string> {
    await this.signIn(username, PASSWORD);
    await this.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const code = await this.code(PHONE);
    await this.enterCode(code);
    await this.expectSignedIn(username, [PASSWORD, code]);
    return code;
  }

  /** Waits for DONE and checks the `auth-signed-in` event: the typed login id, no secret in it. */
  async expectSignedIn(loginId: string, secrets: string[] = []): Promise<WidgetEvent> {
    await this.waitForStep('DONE');
    const [signedIn] = await this.waitForEvent('auth-signed-in');
    assertSignedInDetail(signedIn.detail, loginId, secrets);
    return signedIn;
  }

  // ---- WebAuthn ----------------------------------------------------------------------------------------

  private cdp?: Awaited<ReturnType<Page['createCDPSession']>>;

  /** A virtual platform authenticator (resident keys, user verification) on this page; returns its id. */
  async addAuthenticator(): Promise<string> {
    this.cdp ??= await this.page.createCDPSession();
    await this.cdp.send('WebAuthn.enable');
    const { authenticatorId } = await this.cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    return authenticatorId;
  }

  async setUserVerified(authenticatorId: string, isUserVerified: boolean): Promise<void> {
    await this.cdp!.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified });
  }

  async removeAuthenticator(authenticatorId: string): Promise<void> {
    await this.cdp!.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
  }

  async credentials(authenticatorId: string) {
    const { credentials } = await this.cdp!.send('WebAuthn.getCredentials', { authenticatorId });
    return credentials;
  }

  // ---- server --------------------------------------------------------------------------------------------

  /** The latest code sent to `to`. */
  code(to: string) {
    return this.e2e.latestCode(to);
  }
}

/** `auth-signed-in` detail: `{ username, userId, loginId }` (the person's email, phone or name, else what was typed), nothing secret. */
export function assertSignedInDetail(detail: any, loginId: string, secrets: string[] = []) {
  assert.equal(detail.loginId, loginId, 'auth-signed-in loginId names the person (ID token, else what was typed)');
  assert.ok(detail.username, 'auth-signed-in has the Cognito username');
  assert.match(detail.userId, /^[0-9a-f-]{36}$/, 'auth-signed-in userId is the sub');
  assert.deepEqual(
    Object.keys(detail).sort(),
    ['loginId', 'userId', 'username'],
    'auth-signed-in detail has only the keys the README names',
  );
  const json = JSON.stringify(detail);
  for (const secret of secrets) assert.ok(!json.includes(secret), `auth-signed-in detail must not hold ${secret}`);
  assert.doesNotMatch(json, /eyJ[\w-]+\.[\w-]+/, 'no token in auth-signed-in');
}

// ---- the harness ---------------------------------------------------------------------------------------

/** Preferences Firefox is launched with: what Chromium emulates per page (`emulateMediaFeatures`) is set here. */
export type FirefoxPrefs = Record<string, string | number | boolean>;

export class E2E {
  /** Set: the tests run in Firefox ESR (WebDriver BiDi, no CDP) launched with these preferences; unset: Chromium. */
  firefoxPrefs?: FirefoxPrefs;
  cognito!: RunningCognitoServer;
  origin!: string;
  browser!: Browser;
  private staticServer?: { close(): Promise<void> };
  private strictServer?: { close(): Promise<void> };
  /** The origin serving the test pages under {@link trustedTypesCsp}. */
  strictOrigin!: string;
  private snapshot!: string;
  private contexts: BrowserContext[] = [];
  /** CSP violations, "Refused to" console messages and page errors of the current test. */
  problems: string[] = [];

  async start() {
    const statics = await startPageServer();
    this.staticServer = statics.server;
    this.origin = statics.origin;
    this.snapshot = statics.snapshot;
    // The same pages on a second origin, under the Trusted Types policy (Cognito's port is not known yet).
    const strict = await startPageServer(trustedTypesCsp('http://localhost:*'), this.snapshot);
    this.strictServer = strict.server;
    this.strictOrigin = strict.origin;
    await this.usePool();
    this.browser = await this.launch();
  }

  private launch(): Promise<Browser> {
    if (this.firefoxPrefs) {
      const executablePath = firefoxPath();
      assert.ok(executablePath, 'Firefox ESR (firefox-esr, or FIREFOX_PATH) is needed');
      return puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: this.firefoxPrefs,
      });
    }
    return puppeteer.launch({
      executablePath: chromiumPath(),
      headless: true,
      // The hosted UI's certificate is self-signed.
      args: [...CHROMIUM_ARGS, '--ignore-certificate-errors'],
    });
  }

  /** Closes the browser and launches Firefox with `prefs` (a colour scheme, forced colours) for the next tests. */
  async relaunchFirefox(prefs: FirefoxPrefs) {
    if (this.browser && JSON.stringify(prefs) === JSON.stringify(this.firefoxPrefs)) return;
    await this.browser?.close().catch(() => undefined);
    this.firefoxPrefs = prefs;
    this.browser = await this.launch();
  }

  /** (Re)starts the local Cognito server with this pool (`{ pool }` or `{ outputs }`; none: the demo pool). */
  async usePool(options: Pick<CognitoServerOptions, 'pool' | 'outputs'> = {}) {
    await this.cognito?.close();
    this.cognito = await startCognitoServer({
      port: 0,
      allowedOrigins: [this.origin, this.strictOrigin],
      // The hosted UI returns to the test page, and offers a custom OIDC provider besides the four social ones.
      oauthClient: {
        CallbackURLs: [`${this.origin}/index.html`],
        LogoutURLs: [`${this.origin}/index.html`],
        SupportedIdentityProviders: ['COGNITO', 'Google', 'Facebook', 'SignInWithApple', 'LoginWithAmazon', 'AcmeSSO'],
      },
      identityProviders: [{ ProviderName: 'AcmeSSO', ProviderType: 'OIDC' }],
      ...options,
    });
  }

  async stop() {
    await this.browser?.close().catch(() => undefined);
    await this.cognito?.close().catch(() => undefined);
    await this.staticServer?.close();
    await this.strictServer?.close();
    if (this.snapshot) rmSync(this.snapshot, { recursive: true, force: true });
  }

  async beforeTest() {
    this.problems = [];
    await this.call('POST', '_reset');
  }

  async afterTest() {
    const contexts = this.contexts;
    this.contexts = [];
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    const problems = this.problems;
    this.problems = [];
    assert.deepEqual(problems, [], 'no CSP violation and no page error');
  }

  /** The page URL with the widget configured for the local server. */
  url(options: PageOptions = {}, origin = this.origin): string {
    const query = new URLSearchParams({
      'user-pool-id': this.cognito.poolId,
      'user-pool-client-id': this.cognito.clientId,
      'user-pool-endpoint': this.cognito.url,
      ...(options as Record<string, string>),
    });
    return `${origin}/index.html?${query}`;
  }

  /** A new incognito context with the widget page loaded and started. */
  open(options: PageOptions = {}, origin = this.origin): Promise<Widget> {
    return this.openUrl(this.url(options, origin));
  }

  /** A new incognito context with `url` (a page holding one `<auth-sign-in>`) loaded and started. */
  async openUrl(url: string): Promise<Widget> {
    const context = await this.browser.createBrowserContext();
    this.contexts.push(context);
    const page = await context.newPage();
    await this.watch(page);
    const widget = new Widget(page, this);
    await page.goto(url);
    await widget.ready();
    return widget;
  }

  /** Collects what fails a test: CSP violations (event and console) and uncaught errors. */
  private async watch(page: Page) {
    // Chromium reports CSP blocks through the Log domain (source "security"), not the console API; older
    // versions word them "Refused to …", newer ones "… violates the following Content Security Policy …".
    // Firefox has no CDP: its violations come through the event below.
    if (!this.firefoxPrefs) {
      const log = await page.createCDPSession();
      await log.send('Log.enable');
      log.on('Log.entryAdded', ({ entry }) => {
        if (/Refused to|Content Security Policy/.test(entry.text)) this.problems.push(`${entry.source}: ${entry.text}`);
      });
    }
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
      });
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/Refused to|CSP violation/.test(text)) this.problems.push(`console: ${text}`);
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${(error as Error).message ?? error}`));
  }

  // ---- local Cognito server test routes -----------------------------------------------------------------

  async call(method: string, route: string, body?: unknown): Promise<any> {
    const res = await fetch(`${this.cognito.url}${route}`, {
      method,
      ...(method === 'POST'
        ? { body: JSON.stringify(body ?? {}), headers: { 'content-type': 'application/json' } }
        : {}),
    });
    assert.ok(res.ok, `${method} /${route}: ${res.status}`);
    return res.json();
  }

  outbox(): Promise<OutboxEntry[]> {
    return this.call('GET', '_outbox');
  }

  requests(): Promise<string[]> {
    return this.call('GET', '_requests');
  }

  /** Cognito operations received, with the username and `ClientMetadata` as sent (`GET /_request-log`). */
  requestLog(): Promise<{ operation: string; username?: string; clientMetadata?: Record<string, string> }[]> {
    return this.call('GET', '_request-log');
  }

  /** A Cognito operation on the local server, as the AWS SDK (or another device) sends it; fails on an error answer. */
  async cognitoCall(operation: string, body: Record<string, unknown>): Promise<any> {
    const res = await fetch(this.cognito.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
        ...adminHeaders(operation),
      },
      body: JSON.stringify(body),
    });
    const answer = await res.json();
    assert.ok(res.ok, `${operation}: ${JSON.stringify(answer)}`);
    return answer;
  }

  fault(fault: { operation: string; status?: number; errorType?: string; delayMs?: number; times?: number }) {
    return this.call('POST', '_faults', fault);
  }

  /** The latest code sent to `to` (an email address or a phone number). */
  async latestCode(to: string): Promise<string> {
    const sent = (await this.outbox()).filter((entry) => entry.to === to);
    assert.ok(sent.length, `a code was sent to ${to}`);
    return sent[sent.length - 1].code;
  }

  /** Waits until `count` codes have been sent to `to`; returns the latest. */
  async waitForCodes(to: string, count: number): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const sent = (await this.outbox()).filter((entry) => entry.to === to);
      if (sent.length >= count) return sent[sent.length - 1].code;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`expected ${count} codes sent to ${to}`);
  }
}

/** Registers the hooks of one test file: one browser and servers per file, a reset and a fresh context per test. */
export function useE2E(options: { firefoxPrefs?: FirefoxPrefs } = {}): E2E {
  const e2e = new E2E();
  e2e.firefoxPrefs = options.firefoxPrefs;
  before(() => e2e.start());
  after(() => e2e.stop());
  beforeEach(() => e2e.beforeTest());
  afterEach(() => e2e.afterTest());
  return e2e;
}
