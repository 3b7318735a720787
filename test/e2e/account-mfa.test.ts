/**
 * `<auth-account>`'s two-step verification against the local server through real Amplify (issue 21): turn on an
 * authenticator app in the account element, then the next sign-in asks for its code; a wrong first code stays at
 * the field with the setup; turning it off ends the TOTP step. axe finds nothing in each state of the section in light,
 * dark, forced colours and 320 px.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { axeViolations } from './axe.js';
import { PASSWORD, useE2E, type Widget } from './harness.js';
import { nextTotpCode, otherCode, totpCode } from '../support/codes.js';

const e2e = useE2E();
const USER = 'alice@example.com';

/** Signed in on a page that also holds `<auth-account sections="mfa">`, the section loaded. */
async function signedInWithMfa(): Promise<Widget> {
  const w = await e2e.open({ account: 'mfa', 'totp-issuer': 'Acme Corp' });
  await w.signIn(USER, PASSWORD);
  await w.expectSignedIn(USER, [PASSWORD]);
  await w.page.waitForSelector('auth-account [step=mfa] button[value="enable:TOTP"]', { timeout: 15_000 });
  return w;
}

const accountEvents = async (page: Page) =>
  (await page.evaluate(() => (window as any).accountEvents as { type: string; detail: unknown }[])).slice(1);

/** Waits for the method list to show the app on; the section's text then. */
async function appTurnedOn(page: Page): Promise<string> {
  await page.waitForSelector('auth-account [step=mfa] button[value="disable:TOTP"]', { timeout: 15_000 });
  return page.$eval('auth-account [step=mfa]', (el) => el.textContent?.replace(/\s+/g, ' ') ?? '');
}

/** Starts the setup in the account element; the secret it shows. */
async function startSetup(page: Page): Promise<string> {
  await page.click('auth-account [step=mfa] button[value="enable:TOTP"]');
  const secret = await page.waitForSelector('auth-account [data-totp-secret]', { timeout: 15_000 });
  await page.waitForSelector('auth-account [step=mfa] svg.auth-qr[role=img]', { timeout: 15_000 });
  return (await secret!.evaluate((node) => node.textContent ?? '')).replace(/\s/g, '');
}

async function enterFirstCode(page: Page, code: string) {
  const field = await page.waitForSelector('auth-account [step=mfa] input[name=code]', { timeout: 5000 });
  await field!.click({ count: 3 });
  await field!.type(code);
  await page.click('auth-account [step=mfa] button[type=submit]:not([name])');
}

describe('<auth-account> two-step verification with the local server', () => {
  it('turns on an authenticator app; the next sign-in asks for its code', async () => {
    const w = await signedInWithMfa();
    const violations = await axeViolations(w.page, 'auth-account [step=mfa]', 'methods, all off');
    const secret = await startSetup(w.page);
    violations.push(...(await axeViolations(w.page, 'auth-account [step=mfa]', 'authenticator app setup')));
    const link = await w.page.$eval('auth-account [step=mfa] a[href^="otpauth://"]', (a) => a.getAttribute('href'));
    assert.equal(link, `otpauth://totp/Acme%20Corp:${encodeURIComponent(USER)}?secret=${secret}&issuer=Acme%20Corp`);

    // A wrong first code: at the field, the setup still there, nothing turned on.
    await enterFirstCode(w.page, otherCode(totpCode(secret)));
    await w.page.waitForFunction(
      () => document.querySelector('auth-account input[name=code]')?.getAttribute('aria-invalid') === 'true',
      { timeout: 15_000 },
    );
    assert.ok(await w.page.$('auth-account [data-totp-secret]'));
    violations.push(...(await axeViolations(w.page, 'auth-account [step=mfa]', 'a wrong first code')));

    await enterFirstCode(w.page, totpCode(secret));
    const text = await appTurnedOn(w.page);
    assert.match(text, /Your authenticator app is on\./);
    assert.match(text, /Authenticator app ?On, used first/);
    assert.equal(await w.page.$('auth-account [data-totp-secret]'), null);
    const events = await accountEvents(w.page);
    assert.deepEqual(events.at(-1), { type: 'auth-account-change', detail: { section: 'mfa', action: 'totpEnabled' } });
    assert.ok(!JSON.stringify(events).includes(secret), 'no event carries the secret');
    violations.push(...(await axeViolations(w.page, 'auth-account [step=mfa]', 'the app on, with its notice')));
    assert.deepEqual(violations, []);

    await w.action('sign-out');
    await w.signIn(USER, PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await w.enterCode(nextTotpCode(secret));
    await w.expectSignedIn(USER, [PASSWORD, secret]);
  });

  it('turns the app off again; the next sign-in asks only for the password', async () => {
    const w = await signedInWithMfa();
    const secret = await startSetup(w.page);
    await enterFirstCode(w.page, totpCode(secret));
    await appTurnedOn(w.page);
    await w.page.click('auth-account [step=mfa] button[value="disable:TOTP"]');
    await w.page.waitForSelector('auth-account [step=mfa] button[value="enable:TOTP"]', { timeout: 15_000 });
    assert.deepEqual(
      (await accountEvents(w.page)).map((event) => (event.detail as { action: string }).action),
      ['totpEnabled', 'mfaDisabled'],
    );
    await w.action('sign-out');
    await w.signIn(USER, PASSWORD);
    await w.expectSignedIn(USER, [PASSWORD]);
  });
});
