/**
 * The demo page (demo/, served as `npm start` serves it) talks only to a local Cognito server: an endpoint in its
 * URL that is not loopback is refused with a visible note, and nothing is sent there, a typed password least of all.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browsers.mjs';

import { startCognitoServer, type RunningCognitoServer } from 'local-cognito';
import { startStaticServer } from '../../scripts/static-server.js';
import { CAPTCHA_USER, PASSWORD } from '../support/seed.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('demo page', () => {
  let demo: Awaited<ReturnType<typeof startStaticServer>>;
  let cognito: RunningCognitoServer;
  let browser: Browser;
  let origin: string;
  before(async () => {
    demo = await startStaticServer({ root: ROOT });
    origin = `http://localhost:${demo.port}`;
    cognito = await startCognitoServer({ port: 0, allowedOrigins: [origin] });
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await cognito?.close();
    await demo?.close();
  });

  /** The demo at `query`; every request outside the demo and the local server is aborted and listed. */
  async function open(
    query: string,
  ): Promise<{ page: Page; elsewhere: string[]; local: string[]; postedElsewhere: Promise<string> }> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const elsewhere: string[] = [];
    const local: string[] = [];
    let posted: (url: string) => void;
    const postedElsewhere = new Promise<string>((resolvePosted) => (posted = resolvePosted));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith(`${origin}/`) || url.startsWith(cognito.url)) {
        if (url.startsWith(cognito.url)) local.push(url);
        void request.continue();
      } else {
        elsewhere.push(url);
        if (request.method() !== 'GET') posted(url); // the sign-in's POST, or its CORS preflight
        void request.abort();
      }
    });
    await page.goto(`${origin}/demo/${query}`);
    // Startup has ended: the step is reflected and its form is in place.
    await page.waitForSelector('auth-sign-in[step=SIGN_IN] [step=SIGN_IN] form input[name=username]', {
      timeout: 30_000,
    });
    return { page, elsewhere, local, postedElsewhere };
  }

  async function signIn(page: Page, username: string) {
    await page.type('auth-sign-in input[name=username]', username);
    await page.type('auth-sign-in input[name=password]', PASSWORD);
    await page.click('auth-sign-in form button[type=submit]:not([name])');
  }

  it('refuses ?cognito= on another host, says so, and sends the typed password nowhere but localhost', async () => {
    const { page, elsewhere, postedElsewhere } = await open(
      '?cognito=http://attacker.example/&auth-flow-type=USER_PASSWORD_AUTH',
    );
    const note = await page.$eval('#endpoint-note', (node) => ({
      hidden: (node as HTMLElement).hidden,
      text: node.textContent ?? '',
    }));
    assert.equal(note.hidden, false, 'the note is shown');
    assert.match(note.text, /Ignored \?cognito=http:\/\/attacker\.example\/.*local server/);
    const endpoint = await page.$eval('auth-sign-in', (el) => el.getAttribute('user-pool-endpoint'));
    assert.equal(endpoint, 'http://localhost:9229/');
    await signIn(page, 'alice@example.com');
    const signInRequest = await Promise.race([
      postedElsewhere,
      new Promise<string>((_, reject) => setTimeout(() => reject(new Error('no sign-in request in 15 s')), 15_000)),
    ]);
    assert.equal(new URL(signInRequest).origin, 'http://localhost:9229', 'the sign-in went to the default endpoint');
    const leaked = elsewhere.filter((url) => !url.startsWith('http://localhost:9229/'));
    assert.deepEqual(leaked, [], 'no request left for another host');
    assert.ok(!page.url().includes('attacker'), 'the refused endpoint is dropped from the address');
    await page.browserContext().close();
  });

  it('refuses other non-loopback forms and accepts loopback ones', async () => {
    const { page } = await open('');
    const verdicts = await page.evaluate(async () => {
      const { loopbackEndpoint } = await import('/demo/endpoint.js' as string);
      const values = [
        'http://localhost.attacker.example/',
        'http://user:pw@localhost:9229/',
        'javascript:alert(1)',
        'http://10.0.0.5:9229/',
        'not a url',
        'http://localhost:9300/',
        'http://127.0.0.1:9300/',
        'http://[::1]:9300/',
      ];
      return values.map((value) => [value, Boolean(loopbackEndpoint(value))]);
    });
    assert.deepEqual(
      verdicts.filter(([, accepted]) => accepted).map(([value]) => value),
      ['http://localhost:9300/', 'http://127.0.0.1:9300/', 'http://[::1]:9300/'],
    );
    await page.browserContext().close();
  });

  it('signs in against a local server named in ?cognito=, with no note', async () => {
    const { page, elsewhere, local } = await open(`?cognito=${encodeURIComponent(cognito.url)}`);
    assert.equal(await page.$eval('#endpoint-note', (node) => (node as HTMLElement).hidden), true);
    await signIn(page, 'alice@example.com');
    await page.waitForSelector('auth-sign-in[step=DONE]', { timeout: 30_000 });
    assert.ok(local.length > 0, 'the widget talked to the local server');
    assert.deepEqual(elsewhere, []);
    await page.browserContext().close();
  });

  it(`the CAPTCHA recipe: ${CAPTCHA_USER} answers the demo's own element in the custom-challenge slot`, async () => {
    const { page, elsewhere } = await open(
      `?cognito=${encodeURIComponent(cognito.url)}&auth-flow-type=CUSTOM_WITHOUT_SRP`,
    );
    await page.type('auth-sign-in input[name=username]', CAPTCHA_USER);
    await page.click('auth-sign-in [step=SIGN_IN] form button[type=submit]:not([name])');
    const captcha = `demo-captcha[slot=CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE]`;
    const puzzle = async () => {
      const text = await page.$eval(`${captcha} .demo-captcha-puzzle`, (node) => node.textContent ?? '');
      const [a, b] = text.split('+').map(Number);
      return a + b;
    };
    await page.waitForSelector(`${captcha} .demo-captcha-puzzle`, { visible: true, timeout: 30_000 });
    const answerWith = async (value: number) => {
      await page.$eval(`${captcha} input[name=answer]`, (input) => ((input as HTMLInputElement).value = ''));
      await page.type(`${captcha} input[name=answer]`, String(value));
      await page.click(`${captcha} button[type=submit]`);
    };
    // A wrong sum: the same puzzle again, the widget's message at the element's own field.
    const sum = await puzzle();
    await answerWith(sum + 1);
    await page.waitForSelector(`${captcha} input[name=answer][aria-invalid]`, { timeout: 30_000 });
    assert.match(await page.$eval(`${captcha} .demo-captcha-error`, (node) => node.textContent ?? ''), /isn’t right/);
    assert.equal(await puzzle(), sum);
    await answerWith(sum);
    await page.waitForSelector('auth-sign-in[step=DONE]', { timeout: 30_000 });
    assert.equal(await page.$eval('demo-captcha', (node) => node.slot), 'demo-captcha-waiting', 'out of sight again');
    assert.deepEqual(elsewhere, []);
    await page.browserContext().close();
  });

  it('custom@example.com still gets the built-in question screen (the element keeps out of it)', async () => {
    const { page } = await open(`?cognito=${encodeURIComponent(cognito.url)}&auth-flow-type=CUSTOM_WITHOUT_SRP`);
    await page.type('auth-sign-in input[name=username]', 'custom@example.com');
    await page.click('auth-sign-in [step=SIGN_IN] form button[type=submit]:not([name])');
    await page.waitForSelector('auth-sign-in [step=CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE] input[name=answer]', {
      visible: true,
      timeout: 30_000,
    });
    assert.equal(await page.$eval('demo-captcha', (node) => node.slot), 'demo-captcha-waiting');
    await page.browserContext().close();
  });
});
