/**
 * `<auth-account>`'s passkeys and devices sections against the local server through real Amplify in Chromium (issue
 * 21): add a passkey, then sign in with it; remove it, then the passkey sign-in is refused; remember a device, forget
 * it, then the next sign-in asks for MFA again. Every section audited with axe.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { poolPath, POOL_PASSWORD } from '../support/pools.js';
import { axeViolations } from './axe.js';
import { PASSWORD, totpCode, useE2E, type PageOptions, type Widget } from './harness.js';

const e2e = useE2E();
const PASSKEY_USER = 'passkey@example.com';
const PASSKEY_SIGN_IN: PageOptions = { 'auth-flow-type': 'USER_AUTH', 'preferred-challenge': 'WEB_AUTHN' };

const accountChanges = (page: Page) =>
  page.evaluate(() =>
    ((window as any).accountEvents as { type: string; detail: unknown }[])
      .filter((event) => event.type === 'auth-account-change')
      .map((event) => event.detail),
  );

/** The rows of a list section, as their text reads. */
const rows = (page: Page, section: string) =>
  page.$$eval(`auth-account [step=${section}] li`, (items) =>
    items.map((item) => item.querySelector('.auth-row-text')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );

/** Waits until the section's status says `text`. */
async function statusSays(page: Page, section: string, text: string) {
  await page.waitForFunction(
    (s: string, t: string) =>
      document.querySelector(`auth-account [step=${s}] form > [role=status]`)?.textContent?.includes(t),
    { timeout: 15_000 },
    section,
    text,
  );
}

/** Waits for the section's list (or its "none" text) to show, nothing loading. */
async function listed(page: Page, section: string) {
  await page.waitForSelector(`auth-account [step=${section}] form:is(:has(li), :has(p.auth-hint + p.auth-hint))`, {
    timeout: 15_000,
  });
}

/** Signs in on `w`'s page (which holds `<auth-account>`) after loading it with `options`. */
async function reopen(w: Widget, options: PageOptions) {
  await w.page.goto(e2e.url(options));
  await w.ready();
}

describe('<auth-account> passkeys with the local server', () => {
  it('adds a passkey, then signs in with it; removes it (after a confirmation), then the passkey sign-in is refused', async () => {
    const w = await e2e.open({ account: 'passkeys' });
    const authenticator = await w.addAuthenticator();
    await w.signIn(PASSKEY_USER, PASSWORD);
    await w.expectSignedIn(PASSKEY_USER, [PASSWORD]);
    await listed(w.page, 'passkeys');
    assert.deepEqual(await rows(w.page, 'passkeys'), []);
    assert.match(await w.page.$eval('auth-account [step=passkeys] form', (f) => f.textContent!), /haven’t added/);

    await w.page.click('auth-account [step=passkeys] button[type=submit]');
    await statusSays(w.page, 'passkeys', 'Passkey added');
    assert.equal((await w.credentials(authenticator)).length, 1, 'the authenticator holds it');
    const added = await rows(w.page, 'passkeys');
    assert.equal(added.length, 1);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());
    assert.equal(added[0], `Passkey 1 Added ${today}`);
    assert.deepEqual(await accountChanges(w.page), [{ section: 'passkeys', action: 'passkeyAdded' }]);

    // Signed out, the passkey signs in with no password.
    await w.action('sign-out');
    await w.waitForStep('SIGN_IN');
    await reopen(w, { ...PASSKEY_SIGN_IN, account: 'passkeys' });
    await w.signIn(PASSKEY_USER);
    await w.expectSignedIn(PASSKEY_USER);
    assert.deepEqual(
      (await w.events('auth-step-change')).map((e) => e.detail.step),
      ['SIGN_IN', 'DONE'],
      'straight in with the passkey',
    );

    // Remove asks first; "Keep it" keeps it.
    await listed(w.page, 'passkeys');
    await w.page.click('auth-account [step=passkeys] [data-action=remove-passkey]');
    await w.page.waitForSelector('auth-account [data-action=confirm-remove]:focus', { timeout: 5000 });
    await w.page.click('auth-account [step=passkeys] [data-action=cancel]');
    await w.page.waitForSelector('auth-account [data-action=remove-passkey]:focus', { timeout: 5000 });
    assert.equal((await rows(w.page, 'passkeys')).length, 1);
    await w.page.click('auth-account [step=passkeys] [data-action=remove-passkey]');
    await w.page.click('auth-account [data-action=confirm-remove]');
    await statusSays(w.page, 'passkeys', 'Passkey removed');
    assert.deepEqual(await rows(w.page, 'passkeys'), []);
    assert.deepEqual((await accountChanges(w.page)).slice(-1), [{ section: 'passkeys', action: 'passkeyDeleted' }]);

    // The authenticator still holds the credential, but Cognito no longer offers the passkey.
    await w.action('sign-out');
    await w.waitForStep('SIGN_IN');
    await w.signIn(PASSKEY_USER);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    assert.equal(await w.has('button[name=choice][value=WEB_AUTHN]'), false, 'no passkey sign-in');
    assert.equal((await w.credentials(authenticator)).length, 1);
  });

  it('a cancelled passkey shows at the section, adds nothing, and the section works again', async () => {
    const w = await e2e.open({ account: 'passkeys' });
    const authenticator = await w.addAuthenticator();
    await w.signIn(PASSKEY_USER, PASSWORD);
    await w.expectSignedIn(PASSKEY_USER, [PASSWORD]);
    await listed(w.page, 'passkeys');
    await w.setUserVerified(authenticator, false);
    await w.page.click('auth-account [step=passkeys] button[type=submit]');
    await w.page.waitForFunction(
      () => document.querySelector('auth-account [step=passkeys] [role=alert]')?.textContent?.includes('passkey'),
      { timeout: 15_000 },
    );
    assert.deepEqual(await accountChanges(w.page), []);
    await w.setUserVerified(authenticator, true);
    await w.page.click('auth-account [step=passkeys] button[type=submit]');
    await statusSays(w.page, 'passkeys', 'Passkey added');
    assert.equal((await rows(w.page, 'passkeys')).length, 1);
  });
});

describe('<auth-account> axe audit, every section', () => {
  it('account@example.com (a seeded passkey and device): all sections, then a removal waiting for its answer', async () => {
    const w = await e2e.open({ account: '' });
    await w.signIn('account@example.com', PASSWORD);
    await w.expectSignedIn('account@example.com', [PASSWORD]);
    await listed(w.page, 'passkeys');
    await listed(w.page, 'devices');
    assert.deepEqual(
      await w.page.$$eval('auth-account > [step]', (sections) => sections.map((s) => s.getAttribute('step'))),
      ['profile', 'password', 'mfa', 'passkeys', 'devices', 'sessions', 'delete'],
    );
    assert.match((await rows(w.page, 'passkeys'))[0], /^MacBook Touch ID Added /);
    assert.match((await rows(w.page, 'devices'))[0], /^Firefox on Windows Last used /);
    const violations = await axeViolations(w.page, 'auth-account', 'all sections');
    await w.page.click('auth-account [step=passkeys] [data-action=remove-passkey]');
    await w.page.waitForSelector('auth-account [data-action=confirm-remove]:focus', { timeout: 5000 });
    violations.push(...(await axeViolations(w.page, 'auth-account', 'passkey removal')));
    assert.deepEqual(violations, []);
  });
});

describe('<auth-account> devices on a pool with device tracking', () => {
  before(() => e2e.usePool({ pool: poolPath('devices-on-prompt') }));

  it('remembers this device, forgets it in the account element, and the next sign-in asks for MFA again', async () => {
    const w = await e2e.open({ 'remember-device': 'ask', account: 'devices' });
    await w.signIn('totp@example.com', POOL_PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await w.page.click('auth-sign-in input[type=checkbox][name=rememberDevice]');
    await w.enterCode(totpCode());
    await w.expectSignedIn('totp@example.com');
    await w.page.waitForSelector('auth-account [step=devices] li', { timeout: 15_000 });
    const [device] = await rows(w.page, 'devices');
    assert.match(device, /This device Last used /);
    assert.equal(
      await w.page.$eval('auth-account [data-action=forget-device]', (b) => b.textContent!.trim()),
      'Forget this device',
    );
    const violations = await axeViolations(w.page, 'auth-account', 'devices');
    assert.deepEqual(violations, []);

    // Remembered: the next sign-in skips MFA.
    await w.action('sign-out');
    await w.signIn('totp@example.com', POOL_PASSWORD);
    await w.waitForStep('DONE');
    assert.deepEqual(
      (await w.events('auth-step-change')).slice(-2).map((e) => e.detail.step),
      ['SIGN_IN', 'DONE'],
    );

    await w.page.waitForSelector('auth-account [step=devices] li', { timeout: 15_000 });
    await w.page.click('auth-account [data-action=forget-device]');
    await statusSays(w.page, 'devices', 'This device was forgotten');
    assert.deepEqual(await rows(w.page, 'devices'), []);
    assert.deepEqual((await accountChanges(w.page)).slice(-1), [{ section: 'devices', action: 'deviceForgotten' }]);

    await w.action('sign-out');
    await w.signIn('totp@example.com', POOL_PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  });
});
