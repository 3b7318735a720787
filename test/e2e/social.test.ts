/**
 * Social and enterprise sign-in end to end: the widget's buttons go through the local hosted UI (HTTPS) to the
 * stand-in provider's page and back, as a person would click; every page under its CSP, the provider page
 * checked with axe.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';

import { axeViolations } from './axe.js';
import { PASSWORD, useE2E, type Widget } from './harness.js';

const e2e = useE2E();

const openWith = (providers: string) =>
  e2e.open({ 'social-providers': providers, 'oauth-domain': e2e.cognito.oauthDomain });

/** Clicks and waits for the page it leads to (through any redirects) to have loaded. */
async function clickThrough(page: Page, selector: string) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

/** Presses the provider's button in the widget; resolves on the stand-in provider's page. */
async function goToProvider(widget: Widget, provider: string, title: string) {
  await widget.waitForStep('SIGN_IN');
  await clickThrough(widget.page, `auth-sign-in button[data-provider="${provider}"]`);
  assert.equal(await widget.page.title(), title);
  assert.equal(new URL(widget.page.url()).host, e2e.cognito.oauthDomain);
}

/** The address a person would copy: no code, state or error left in it. */
function assertCleanAddress(page: Page) {
  const query = new URL(page.url()).searchParams;
  for (const name of ['code', 'state', 'error', 'error_description']) assert.equal(query.get(name), null, name);
}

/** axe on the whole page (the shared runner: light, dark, forced colours, 320 px). */
async function assertAccessible(page: Page) {
  assert.deepEqual(await axeViolations(page, 'html', 'the provider page'), []);
}

/** After a social sign-in that did not happen: one message, nothing in the address, and a password sign-in works. */
async function assertUsableAfter(widget: Widget, message: string, where: 'alert' | 'status' = 'alert') {
  await widget.waitForStep('SIGN_IN');
  if (where === 'alert') {
    const alert = await widget.waitForAlert();
    assert.ok(alert.endsWith(message), `"${alert}" says "${message}"`);
  } else {
    await widget.page.waitForFunction(() => document.querySelector('auth-sign-in [role=status]')?.textContent?.trim());
    const status = await widget.text('form > [role=status]');
    assert.equal(status, message, 'an information, not an error: no "Error:"');
    assert.equal(await widget.alertText(), '');
  }
  assert.equal((await widget.events('auth-error')).length, 1, 'one message');
  assertCleanAddress(widget.page);
  await widget.signIn('alice@example.com', PASSWORD);
  await widget.expectSignedIn('alice@example.com');
}

describe('social sign-in through the hosted UI', () => {
  it('Google: pick an identity, come back signed in, named by the email', async () => {
    const widget = await openWith('google apple');
    assert.ok(await widget.has('button[data-provider="Apple"]'));
    await goToProvider(widget, 'Google', 'Sign in with Google');
    await assertAccessible(widget.page);
    await clickThrough(widget.page, 'button[value="jane.doe@example.com"]');
    const signedIn = await widget.expectSignedIn('jane.doe@example.com');
    assert.match(signedIn.detail.username, /^google_1\d{20}$/);
    assertCleanAddress(widget.page);
    assert.ok((await e2e.requests()).includes('oauth2/token'));
  });

  it('Cancel at the provider: back on SIGN_IN with the message, widget usable', async () => {
    const widget = await openWith('google apple');
    await goToProvider(widget, 'Apple', 'Sign in with Apple');
    await clickThrough(widget.page, 'button[name="cancel"]');
    await assertUsableAfter(widget, 'The sign-in with that provider was cancelled.', 'status');
  });

  it('a custom OIDC provider by name, with a typed email', async () => {
    const widget = await openWith('AcmeSSO');
    await goToProvider(widget, 'AcmeSSO', 'Sign in with AcmeSSO');
    await widget.page.type('input[name="email"]', 'sam@acme.example');
    await clickThrough(widget.page, 'form:has(input[name="email"]) button[type="submit"]');
    const signedIn = await widget.expectSignedIn('sam@acme.example');
    assert.match(signedIn.detail.username, /^acmesso_[0-9a-f]{32}$/);
  });

  it('signing out of a social session goes through /logout and back to SIGN_IN with auth-signed-out', async () => {
    const widget = await openWith('google');
    await goToProvider(widget, 'Google', 'Sign in with Google');
    await clickThrough(widget.page, 'button[value="ravi.kumar@example.org"]');
    await widget.expectSignedIn('ravi.kumar@example.org');
    await clickThrough(widget.page, 'auth-sign-in [data-action="sign-out"]');
    await widget.waitForStep('SIGN_IN');
    assert.equal((await widget.eventsOfTab('auth-signed-out')).length, 1);
    assert.ok((await e2e.requests()).includes('logout'));
    assertCleanAddress(widget.page);
    // The hosted UI's session ended too: the next sign-in asks the provider again.
    await goToProvider(widget, 'Google', 'Sign in with Google');
  });
});

describe('social sign-in: returns that sign nobody in', () => {
  it('a return with a stale state: one message, a clean address, widget usable', async () => {
    const widget = await openWith('google');
    await goToProvider(widget, 'Google', 'Sign in with Google');
    const stale = new URL('/index.html?code=0123456789abcdef&state=not-the-one-sent', e2e.origin);
    await widget.page.goto(stale.href);
    await assertUsableAfter(widget, 'Signing in with that provider didn’t work. Try again or use another way.');
  });

  it('an old return address opened again: one message, a clean address', async () => {
    const widget = await openWith('google');
    const old = new URL(widget.page.url());
    old.searchParams.set('code', '0123456789abcdef');
    old.searchParams.set('state', 'from-last-week');
    await widget.page.goto(old.href);
    await assertUsableAfter(widget, 'Signing in with that provider didn’t work. Try again or use another way.');
  });

  it('back from the provider page without choosing: the cancel message', async () => {
    const widget = await openWith('google');
    await goToProvider(widget, 'Google', 'Sign in with Google');
    await widget.page.goBack({ waitUntil: 'load' });
    await assertUsableAfter(widget, 'The sign-in with that provider was cancelled.', 'status');
  });

  it('a reload while the code is being exchanged still signs the person in', async () => {
    const widget = await openWith('google');
    await goToProvider(widget, 'Google', 'Sign in with Google');
    await e2e.fault({ operation: 'oauth2/token', delayMs: 4000 });
    const exchange = widget.page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/oauth2/token'));
    await clickThrough(widget.page, 'button[value="aiko.tanaka@example.net"]');
    await exchange;
    await widget.page.reload({ waitUntil: 'load' });
    await widget.expectSignedIn('aiko.tanaka@example.net');
    assertCleanAddress(widget.page);
  });
});
