/**
 * `<auth-account>`'s profile section against the local server through real Amplify (issue 21), on a pool that
 * requires verification before an update (`AttributesRequireVerificationBeforeUpdate: ['email']`): a new email asks for
 * the code sent to it and the page says the old one still signs in, which it does (and the new one does not) until
 * the code comes back; a wrong code stays at its field; then the new email signs in and the old one no longer does.
 * axe finds nothing in each state of the section in light, dark, forced colours and 320 px.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { poolFile, POOL_PASSWORD } from '../support/pools.js';
import { axeViolations } from './axe.js';
import { useE2E, type Widget } from './harness.js';

const e2e = useE2E();
const OLD = 'ada@example.com';
const NEW = 'augusta@example.com';
const SECTION = 'auth-account [step=profile]';

const pool = poolFile('gen2-default');
(pool.UserPool as any).UserAttributeUpdateSettings = { AttributesRequireVerificationBeforeUpdate: ['email'] };

const accountEvents = async (page: Page) =>
  (await page.evaluate(() => (window as any).accountEvents as { type: string; detail: unknown }[])).filter(
    (event) => event.type === 'auth-account-change',
  );

const sectionText = (page: Page) => page.$eval(SECTION, (el) => el.textContent?.replace(/\s+/g, ' ') ?? '');

/** Types into a field of the section, replacing what is there. */
async function typeInto(page: Page, name: string, value: string) {
  const field = await page.waitForSelector(`${SECTION} input[name=${name}]`, { timeout: 15_000 });
  await field!.click({ count: 3 });
  await field!.type(value);
}

/** Signed in as `username` in a new context; `true` when it reached DONE, `false` when the sign-in was refused. */
async function signsIn(username: string): Promise<boolean> {
  const w = await e2e.open({ 'login-mechanism': 'email' });
  await w.signIn(username, POOL_PASSWORD);
  await w.page
    .waitForFunction(
      () => {
        const el = document.querySelector('auth-sign-in');
        // Refused: the error shows in the alert or at the field (Cognito's "Incorrect username or password").
        const refused =
          el?.querySelector('[role=alert]')?.textContent?.trim() || el?.querySelector('[aria-invalid=true]');
        return el?.getAttribute('step') === 'DONE' || Boolean(refused);
      },
      { timeout: 15_000 },
    )
    .catch(async (error: Error) => {
      throw new Error(`${error.message}: ${await w.page.$eval('auth-sign-in', (el) => el.textContent)}`);
    });
  const signedIn = (await w.step()) === 'DONE';
  await w.page.browserContext().close();
  return signedIn;
}

async function signedInWithProfile(): Promise<Widget> {
  const w = await e2e.open({ account: 'profile', 'login-mechanism': 'email' });
  await w.signIn(OLD, POOL_PASSWORD);
  await w.expectSignedIn(OLD, [POOL_PASSWORD]);
  await w.page.waitForSelector(`${SECTION} input[name=email]`, { timeout: 15_000 });
  return w;
}

describe('<auth-account> profile with the local server', () => {
  before(() => e2e.usePool({ pool }));

  it('changes the email with a code: the old one signs in until then, the new one after', async () => {
    const w = await signedInWithProfile();
    assert.equal(await w.page.$eval(`${SECTION} input[name=email]`, (input) => (input as HTMLInputElement).value), OLD);
    const violations = await axeViolations(w.page, SECTION, 'the profile fields');

    await typeInto(w.page, 'email', NEW);
    await w.page.click(`${SECTION} button[type=submit]:not([name])`);
    await w.page.waitForSelector(`${SECTION} input[name=code]`, { timeout: 15_000 });
    assert.match(await sectionText(w.page), new RegExp(`Until you enter the code, you still sign in with ${OLD}\\.`));
    violations.push(...(await axeViolations(w.page, SECTION, 'the code for the new email')));
    assert.deepEqual(await accountEvents(w.page), [], 'nothing changed yet');

    // Until the code comes back, the old email signs in and the new one is nobody's.
    assert.equal(await signsIn(OLD), true, 'the old email still signs in');
    assert.equal(await signsIn(NEW), false, 'the new email does not sign in yet');

    // A wrong code: at the field, what was typed kept, still waiting.
    await typeInto(w.page, 'code', '000000');
    await w.page.click(`${SECTION} button[type=submit]:not([name])`);
    await w.page.waitForFunction(
      (selector) => document.querySelector(`${selector} input[name=code]`)?.getAttribute('aria-invalid') === 'true',
      { timeout: 15_000 },
      SECTION,
    );
    assert.equal(
      await w.page.$eval(`${SECTION} input[name=code]`, (input) => (input as HTMLInputElement).value),
      '000000',
    );
    violations.push(...(await axeViolations(w.page, SECTION, 'a wrong code')));

    const code = await e2e.latestCode(NEW);
    await typeInto(w.page, 'code', code);
    await w.page.click(`${SECTION} button[type=submit]:not([name])`);
    await w.page.waitForSelector(`${SECTION} input[name=email]`, { timeout: 15_000 });
    assert.match(await sectionText(w.page), new RegExp(`Confirmed\\. You now sign in with ${NEW}\\.`));
    assert.equal(await w.page.$eval(`${SECTION} input[name=email]`, (input) => (input as HTMLInputElement).value), NEW);
    const events = await accountEvents(w.page);
    assert.deepEqual(events, [{ type: 'auth-account-change', detail: { section: 'profile', action: 'emailChanged' } }]);
    assert.ok(!JSON.stringify(events).includes(code), 'no event carries the code');
    violations.push(...(await axeViolations(w.page, SECTION, 'the new email confirmed')));
    assert.deepEqual(violations, []);

    assert.equal(await signsIn(NEW), true, 'the new email signs in');
    assert.equal(await signsIn(OLD), false, 'the old email no longer does');
  });

  it('a new name is saved at once and fires profileUpdated', async () => {
    const w = await signedInWithProfile();
    await typeInto(w.page, 'given_name', 'Augusta');
    await w.page.click(`${SECTION} button[type=submit]:not([name])`);
    await w.page.waitForFunction(
      (selector) =>
        document.querySelector(`${selector} [role=status]`)?.textContent?.includes('Your profile was saved.'),
      { timeout: 15_000 },
      SECTION,
    );
    assert.deepEqual(await accountEvents(w.page), [
      { type: 'auth-account-change', detail: { section: 'profile', action: 'profileUpdated' } },
    ]);
    const user = await e2e.cognitoCall('AdminGetUser', { UserPoolId: e2e.cognito.poolId, Username: OLD });
    const given = (user.UserAttributes as { Name: string; Value: string }[]).find((a) => a.Name === 'given_name');
    assert.equal(given?.Value, 'Augusta');
  });
});
