/**
 * `<auth-account>` against the local server through real Amplify (issue 21): change the password, then sign in with
 * the new one; "Sign out of every device" ends another browser's session at its next refresh; delete the account, then
 * its sign-in fails as an unknown user's does.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { PASSWORD, useE2E, type Widget } from './harness.js';

const e2e = useE2E();
const USER = 'alice@example.com';
const NEW_PASSWORD = 'N3w-Passw0rd!';

/** Signed in on a page that also holds `<auth-account>`, its sections shown. */
async function signedInWithAccount(sections = ''): Promise<Widget> {
  const w = await e2e.open({ account: sections });
  await w.signIn(USER, PASSWORD);
  await w.expectSignedIn(USER, [PASSWORD]);
  await w.page.waitForSelector('auth-account [step] form', { timeout: 15_000 });
  assert.deepEqual(await allAccountEvents(w.page), [{ type: 'auth-signed-out', detail: {} }]);
  return w;
}

/** `<auth-account>`'s events since the sign-in (before it, nobody was signed in: it said so with `auth-signed-out`). */
const accountEvents = async (page: Page) => (await allAccountEvents(page)).slice(1);
const allAccountEvents = (page: Page) =>
  page.evaluate(() => (window as any).accountEvents as { type: string; detail: unknown }[]);

async function typeIn(page: Page, selector: string, value: string) {
  const input = await page.waitForSelector(selector, { timeout: 5000 });
  await input!.type(value);
}

describe('<auth-account> with the local server', () => {
  it('changes the password; the next sign-in takes the new one and refuses the old', async () => {
    const w = await signedInWithAccount('password');
    await typeIn(w.page, 'auth-account input[name=password]', PASSWORD);
    await typeIn(w.page, 'auth-account input[name=newPassword]', NEW_PASSWORD);
    await typeIn(w.page, 'auth-account input[name=confirmPassword]', NEW_PASSWORD);
    await w.page.click('auth-account [step=password] button[type=submit]');
    await w.page.waitForFunction(
      () => document.querySelector('auth-account [step=password] [role=status]')?.textContent?.includes('changed'),
      { timeout: 15_000 },
    );
    assert.deepEqual(await accountEvents(w.page), [
      { type: 'auth-account-change', detail: { section: 'password', action: 'passwordChanged' } },
    ]);

    await w.action('sign-out');
    await w.signIn(USER, PASSWORD);
    assert.match(await w.waitForAlert(), /Incorrect username or password/);
    await w.idle();
    await w.type('password', NEW_PASSWORD);
    await w.submit();
    await w.expectSignedIn(USER, [NEW_PASSWORD]);
  });

  it('a wrong current password shows at its field and changes nothing', async () => {
    const w = await signedInWithAccount('password');
    await typeIn(w.page, 'auth-account input[name=password]', 'Wr0ng-password!');
    await typeIn(w.page, 'auth-account input[name=newPassword]', NEW_PASSWORD);
    await typeIn(w.page, 'auth-account input[name=confirmPassword]', NEW_PASSWORD);
    await w.page.click('auth-account [step=password] button[type=submit]');
    await w.page.waitForFunction(
      () => document.querySelector('auth-account input[name=password]')?.getAttribute('aria-invalid') === 'true',
      { timeout: 15_000 },
    );
    const [error] = await accountEvents(w.page);
    assert.deepEqual(error, {
      type: 'auth-error',
      detail: { step: 'password', name: 'NotAuthorizedException', message: 'Incorrect username or password.' },
    });
    await w.action('sign-out');
    await w.signIn(USER, PASSWORD);
    await w.expectSignedIn(USER, [PASSWORD]);
  });

  it('"Sign out of every device" signs this page out and ends another browser’s session at its next refresh', async () => {
    const other = await e2e.open();
    await other.signIn(USER, PASSWORD);
    await other.expectSignedIn(USER, [PASSWORD]);

    const w = await signedInWithAccount('sessions');
    await w.page.click('auth-account [step=sessions] button[type=submit]');
    await w.waitForStep('SIGN_IN');
    await w.page.waitForFunction(() => !document.querySelector('auth-account form'), { timeout: 15_000 });
    const events = await accountEvents(w.page);
    assert.deepEqual(
      events.map((e) => e.type),
      ['auth-account-change', 'auth-signed-out'],
    );

    // The other browser still shows DONE until its tokens need a refresh; then Cognito refuses the refresh token.
    assert.equal(await other.step(), 'DONE');
    await other.page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.endsWith('.clockDrift'))!;
      localStorage.setItem(key, String(86_400_000));
      window.dispatchEvent(new Event('online'));
    });
    await other.waitForStep('SIGN_IN');
    assert.equal(await other.text('form [role=status]'), 'Your session has ended. Sign in again to continue.');
  });

  it('deletes the account after the typed word; the page ends signed out and the sign-in fails as for an unknown user', async () => {
    const w = await signedInWithAccount('delete');
    await typeIn(w.page, 'auth-account input[name=confirmDelete]', 'delet');
    await w.page.click('auth-account [step=delete] button[type=submit]');
    await w.page.waitForFunction(
      () => document.querySelector('auth-account input[name=confirmDelete]')?.getAttribute('aria-invalid') === 'true',
      { timeout: 15_000 },
    );
    assert.deepEqual(await accountEvents(w.page), [
      { type: 'auth-error', detail: { step: 'delete', name: 'InvalidInput', message: 'account.delete.mismatch' } },
    ]);
    assert.equal(await w.step(), 'DONE');

    await typeIn(w.page, 'auth-account input[name=confirmDelete]', 'e');
    await w.page.click('auth-account [step=delete] button[type=submit]');
    await w.waitForStep('SIGN_IN');
    await w.page.waitForFunction(() => !document.querySelector('auth-account form'), { timeout: 15_000 });
    assert.deepEqual((await accountEvents(w.page)).slice(1), [
      { type: 'auth-account-change', detail: { section: 'delete', action: 'accountDeleted' } },
      { type: 'auth-signed-out', detail: {} },
    ]);
    assert.match(
      await w.page.$eval('auth-account [role=status]', (node) => node.textContent ?? ''),
      /Your account was deleted\./,
    );

    const refusal = async (username: string) => {
      await w.signIn(username, PASSWORD);
      await w.waitForAlert();
      const shown = await w.page.$$eval('auth-sign-in [role=alert]', (nodes) =>
        nodes.map((node) => node.textContent?.trim()).filter(Boolean),
      );
      await w.idle();
      assert.equal(await w.step(), 'SIGN_IN');
      return shown;
    };
    const deleted = await refusal(USER);
    await w.page.reload();
    await w.waitForStep('SIGN_IN');
    assert.deepEqual(await refusal('nobody-ever@example.com'), deleted);
  });
});
