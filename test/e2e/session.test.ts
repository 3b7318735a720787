/**
 * A signed-in state that stays true (issue 21): a refresh that fails on a 500 or a dropped connection keeps `DONE`
 * (and after a reload); a refresh token Cognito refuses ends on `SIGN_IN` with `auth-signed-out` and a notice; tabs
 * of one browser agree on sign-out and sign-in. Amplify refreshes only tokens it believes expired: a test makes them
 * look expired by moving Amplify's stored clock drift a day ahead, then sends `online`, on which the widget asks.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { PASSWORD, useE2E, Widget } from './harness.js';

const e2e = useE2E();
const USER = 'alice@example.com';
const REFRESH = 'GetTokensFromRefreshToken';

async function signedIn(): Promise<Widget> {
  const w = await e2e.open();
  await w.signIn(USER, PASSWORD);
  await w.expectSignedIn(USER, [PASSWORD]);
  return w;
}

/** One of Amplify's stored values for the signed-in user (`refreshToken`, `accessToken`, …). */
const stored = (page: Page, name: string) =>
  page.evaluate((suffix: string) => {
    const key = Object.keys(localStorage).find(
      (k) => k.startsWith('CognitoIdentityServiceProvider.') && k.endsWith(suffix),
    );
    return key ? localStorage.getItem(key) : null;
  }, `.${name}`);

/** Makes Amplify take its tokens for expired (its clock drift a day ahead), then tells the page it is back online. */
async function refreshOnline(page: Page) {
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find(
      (k) => k.startsWith('CognitoIdentityServiceProvider.') && k.endsWith('.clockDrift'),
    );
    if (!key) throw new Error('Amplify holds no tokens');
    localStorage.setItem(key, String(86_400_000));
    window.dispatchEvent(new Event('online'));
  });
}

/** A Cognito call from outside the browser (as another device would make it). */
const cognito = (operation: string, body: Record<string, unknown>) => e2e.cognitoCall(operation, body);

const refreshCalls = async () => (await e2e.requests()).filter((r) => r === REFRESH).length;

/** Waits until the server has seen `count` refresh attempts. */
async function waitForRefreshes(count: number) {
  for (let i = 0; i < 150 && (await refreshCalls()) < count; i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok((await refreshCalls()) >= count, `${count} refresh attempts reached the server`);
}

const statusText = (w: Widget) => w.text('form [role=status]');

describe('a token refresh that fails', () => {
  it('with a 500 keeps DONE, with no auth-signed-out, and again after a reload', async () => {
    const w = await signedIn();
    await e2e.fault({ operation: REFRESH, status: 500, errorType: 'InternalErrorException', times: 100 });
    await refreshOnline(w.page);
    await waitForRefreshes(1);
    // A second round after the first has failed: by its answer the first failure has been handled.
    const first = await refreshCalls();
    await w.page.evaluate(() => window.dispatchEvent(new Event('online')));
    await waitForRefreshes(first + 1);
    await w.idle();
    assert.equal(await w.step(), 'DONE');
    assert.deepEqual(await w.events('auth-signed-out'), []);
    assert.ok(await stored(w.page, 'refreshToken'), 'Amplify kept the tokens');

    await w.page.reload();
    assert.equal(await w.ready(), 'DONE', 'still signed in after a reload while the refresh fails');
    const [again] = await w.events('auth-signed-in');
    assert.equal(again.detail.loginId, USER);

    await e2e.call('DELETE', '_faults');
    await w.page.evaluate(() => window.dispatchEvent(new Event('online')));
    for (let i = 0; i < 100 && (await stored(w.page, 'clockDrift')) === '86400000'; i++)
      await new Promise((r) => setTimeout(r, 100));
    assert.notEqual(await stored(w.page, 'clockDrift'), '86400000', 'back online, the refresh went through');
    assert.equal(await w.step(), 'DONE');
  });

  it('on a dropped connection keeps DONE', async () => {
    const w = await signedIn();
    let dropped = 0;
    await w.page.setRequestInterception(true);
    w.page.on('request', (request) => {
      if (request.headers()['x-amz-target']?.endsWith(REFRESH)) {
        dropped++;
        void request.abort('connectionreset');
      } else void request.continue();
    });
    await refreshOnline(w.page);
    await w.page.waitForFunction(() => true); // let the page run
    for (let i = 0; i < 100 && dropped < 1; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(dropped >= 1, 'the refresh was attempted');
    const before = dropped;
    await w.page.evaluate(() => window.dispatchEvent(new Event('online')));
    for (let i = 0; i < 100 && dropped <= before; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(dropped > before, 'asked again when back online');
    assert.equal(await w.step(), 'DONE');
    assert.deepEqual(await w.events('auth-signed-out'), []);

    await w.page.reload();
    assert.equal(await w.ready(), 'DONE', 'still signed in after a reload with the connection down');
  });

  it('because the refresh token was revoked ends on SIGN_IN with auth-signed-out and says the session ended', async () => {
    const w = await signedIn();
    const refreshToken = await stored(w.page, 'refreshToken');
    await cognito('RevokeToken', { ClientId: e2e.cognito.clientId, Token: refreshToken });
    await refreshOnline(w.page);
    await w.waitForStep('SIGN_IN');
    assert.deepEqual(await w.waitForEvent('auth-signed-out'), [{ type: 'auth-signed-out', detail: {} }]);
    assert.equal(await statusText(w), 'Your session has ended. Sign in again to continue.');
  });

  it('after "sign out of every device" on another device ends on SIGN_IN at the next refresh', async () => {
    const w = await signedIn();
    const other = await signedIn();
    await cognito('GlobalSignOut', { AccessToken: await stored(other.page, 'accessToken') });
    await refreshOnline(w.page);
    await w.waitForStep('SIGN_IN');
    assert.equal(await statusText(w), 'Your session has ended. Sign in again to continue.');
    assert.equal((await w.events('auth-signed-out')).length, 1);
  });
});

/**
 * A second tab of the same browser (same context, so the same local storage) with the widget page. Puppeteer waits
 * poll on animation frames, which a background tab does not run: a test brings the tab it drives to the front.
 */
async function secondTab(w: Widget): Promise<Widget> {
  const page = await w.page.browserContext().newPage();
  const tab = new Widget(page, e2e);
  await page.goto(w.page.url());
  await tab.ready();
  return tab;
}

describe('two tabs of one browser', () => {
  it('sign-out in one signs the other out within a second', async () => {
    const a = await signedIn();
    const b = await secondTab(a);
    assert.equal(await b.step(), 'DONE');
    await a.page.bringToFront();
    await a.action('sign-out');
    await a.waitForStep('SIGN_IN');
    await b.page.bringToFront();
    await b.waitForStep('SIGN_IN', 1000);
    assert.equal((await b.events('auth-signed-out')).length, 1);
  });

  it('sign-in in one takes the other’s untouched SIGN_IN to DONE', async () => {
    const a = await e2e.open();
    const b = await secondTab(a);
    assert.equal(await b.step(), 'SIGN_IN');
    await a.page.bringToFront();
    await a.signIn(USER, PASSWORD);
    await a.expectSignedIn(USER, [PASSWORD]);
    await b.page.bringToFront();
    await b.waitForStep('DONE', 2000);
    const [signedInB] = await b.waitForEvent('auth-signed-in');
    assert.equal(signedInB.detail.loginId, USER);
  });

  it('a half-filled form in the other is left alone, and its submit ends signed in, not in an error', async () => {
    const a = await e2e.open();
    const b = await secondTab(a);
    await b.type('username', USER);
    await a.page.bringToFront();
    await a.signIn(USER, PASSWORD);
    await a.expectSignedIn(USER, [PASSWORD]);
    await b.page.bringToFront();
    // Tab b has seen the sign-in once Amplify there holds the tokens too (same storage) and its Hub has spoken:
    // a round trip through the page after the storage event is queued.
    await b.page.waitForFunction(() =>
      Object.keys(localStorage).some(
        (k) => k.startsWith('CognitoIdentityServiceProvider.') && k.endsWith('.refreshToken'),
      ),
    );
    await b.page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    assert.equal(await b.step(), 'SIGN_IN');
    assert.equal(await b.value('username'), USER, 'what was typed is kept');
    await b.type('password', PASSWORD);
    await b.submit();
    await b.waitForStep('DONE');
    assert.deepEqual(await b.events('auth-error'), []);
    assert.equal((await b.events('auth-signed-in')).length, 1);
  });
});
