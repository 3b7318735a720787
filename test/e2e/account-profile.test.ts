/**
 * `<auth-account>`'s profile section against the local server through real Amplify (issue 21), on pools that
 * require verification before an update (`AttributesRequireVerificationBeforeUpdate`): a new email (on a pool that
 * signs in by email) or phone number (on a pool that signs in by phone) asks for the code sent to it and the page says
 * the old one still signs in, which it does (and the new one does not) until the code comes back; a wrong code stays
 * at its field; then the new value signs in, verified on the server, and the old one no longer does.
 * axe finds nothing in each state of the section in light, dark, forced colours and 320 px.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { poolFile, POOL_PASSWORD, type PoolName } from '../support/pools.js';
import { axeViolations } from './axe.js';
import { useE2E, type Widget } from './harness.js';

const e2e = useE2E();
const OLD = 'ada@example.com';
const NEW = 'augusta@example.com';
const OLD_PHONE = '+15555550123';
const NEW_PHONE = '+15555550199';
const SECTION = 'auth-account [step=profile]';

/** The pool file `name`, verifying a new value of `attribute` before it replaces the old one. */
function verifyingBeforeUpdate(name: PoolName, attribute: 'email' | 'phone_number') {
  const pool = poolFile(name);
  (pool.UserPool as any).UserAttributeUpdateSettings = { AttributesRequireVerificationBeforeUpdate: [attribute] };
  return pool;
}

/** How the pool of a describe block signs in: the page's `login-mechanism`. */
let mechanism: 'email' | 'phone' = 'email';

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
  const w = await e2e.open({ 'login-mechanism': mechanism });
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

/** Signed in as `username` (shown as `loginId`) with the profile section loaded beside the sign-in. */
async function signedInWithProfile(username = OLD, loginId = username): Promise<Widget> {
  const w = await e2e.open({ account: 'profile', 'login-mechanism': mechanism });
  await w.signIn(username, POOL_PASSWORD);
  await w.expectSignedIn(loginId, [POOL_PASSWORD]);
  await w.page.waitForSelector(`${SECTION} input[name=email]`, { timeout: 15_000 });
  return w;
}

const fieldValue = (page: Page, name: string) =>
  page.$eval(`${SECTION} input[name=${name}]`, (input) => (input as HTMLInputElement).value);

/** Submits the section's form with no choice: saves the fields, or confirms the code. */
const submit = (page: Page) => page.click(`${SECTION} button[type=submit]:not([name])`);

/** Types a wrong code and checks it stays at its field (marked invalid, what was typed kept). */
async function wrongCodeStays(page: Page) {
  await typeInto(page, 'code', '000000');
  await submit(page);
  await page.waitForFunction(
    (selector) => document.querySelector(`${selector} input[name=code]`)?.getAttribute('aria-invalid') === 'true',
    { timeout: 15_000 },
    SECTION,
  );
  assert.equal(await fieldValue(page, 'code'), '000000');
}

/** The user's attributes on the server (AdminGetUser). */
async function serverAttributes(username: string): Promise<Record<string, string>> {
  const user = await e2e.cognitoCall('AdminGetUser', { UserPoolId: e2e.cognito.poolId, Username: username });
  return Object.fromEntries((user.UserAttributes as { Name: string; Value: string }[]).map((a) => [a.Name, a.Value]));
}

describe('<auth-account> profile with the local server', () => {
  before(() => {
    mechanism = 'email';
    return e2e.usePool({ pool: verifyingBeforeUpdate('gen2-default', 'email') });
  });

  it('changes the email with a code: the old one signs in until then, the new one after', async () => {
    const w = await signedInWithProfile();
    assert.equal(await fieldValue(w.page, 'email'), OLD);
    const violations = await axeViolations(w.page, SECTION, 'the profile fields');

    await typeInto(w.page, 'email', NEW);
    await submit(w.page);
    await w.page.waitForSelector(`${SECTION} input[name=code]`, { timeout: 15_000 });
    assert.match(await sectionText(w.page), new RegExp(`Until you enter the code, you still sign in with ${OLD}\\.`));
    violations.push(...(await axeViolations(w.page, SECTION, 'the code for the new email')));
    assert.deepEqual(await accountEvents(w.page), [], 'nothing changed yet');

    // Until the code comes back, the old email signs in and the new one is nobody's.
    assert.equal(await signsIn(OLD), true, 'the old email still signs in');
    assert.equal(await signsIn(NEW), false, 'the new email does not sign in yet');

    // A wrong code: at the field, what was typed kept, still waiting.
    await wrongCodeStays(w.page);
    violations.push(...(await axeViolations(w.page, SECTION, 'a wrong code')));

    const code = await e2e.latestCode(NEW);
    await typeInto(w.page, 'code', code);
    await submit(w.page);
    await w.page.waitForSelector(`${SECTION} input[name=email]`, { timeout: 15_000 });
    assert.match(await sectionText(w.page), new RegExp(`Confirmed\\. You now sign in with ${NEW}\\.`));
    assert.equal(await fieldValue(w.page, 'email'), NEW);
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
    await submit(w.page);
    await w.page.waitForFunction(
      (selector) =>
        document.querySelector(`${selector} [role=status]`)?.textContent?.includes('Your profile was saved.'),
      { timeout: 15_000 },
      SECTION,
    );
    assert.deepEqual(await accountEvents(w.page), [
      { type: 'auth-account-change', detail: { section: 'profile', action: 'profileUpdated' } },
    ]);
    assert.equal((await serverAttributes(OLD)).given_name, 'Augusta');
  });
});

describe('<auth-account> profile on a pool that signs in by phone', () => {
  before(() => {
    mechanism = 'phone';
    return e2e.usePool({ pool: verifyingBeforeUpdate('phone-username', 'phone_number') });
  });

  it('changes the phone number with a code sent to it: the old one signs in until then, the new one after', async () => {
    const w = await signedInWithProfile(OLD_PHONE, 'pat@example.com');
    assert.equal(await fieldValue(w.page, 'phone_number'), OLD_PHONE);

    await typeInto(w.page, 'phone_number', NEW_PHONE);
    await submit(w.page);
    await w.page.waitForSelector(`${SECTION} input[name=code]`, { timeout: 15_000 });
    assert.match(
      await sectionText(w.page),
      new RegExp(`Until you enter the code, you still sign in with \\${OLD_PHONE}\\.`),
    );
    const sent = (await e2e.outbox()).map((entry) => entry.to);
    assert.deepEqual(sent, [NEW_PHONE], 'the code goes to the new phone number, and only there');
    assert.deepEqual(await accountEvents(w.page), [], 'nothing changed yet');
    const pending = await serverAttributes(OLD_PHONE);
    assert.equal(pending.phone_number, OLD_PHONE, 'the server keeps the old number until the code comes back');
    assert.equal(pending.phone_number_verified, 'true', 'and it stays verified');

    // Until the code comes back, the old number signs in and the new one is nobody's.
    assert.equal(await signsIn(OLD_PHONE), true, 'the old phone number still signs in');
    assert.equal(await signsIn(NEW_PHONE), false, 'the new phone number does not sign in yet');

    await wrongCodeStays(w.page);
    assert.equal((await serverAttributes(OLD_PHONE)).phone_number, OLD_PHONE, 'a wrong code changes nothing');

    const code = await e2e.latestCode(NEW_PHONE);
    await typeInto(w.page, 'code', code);
    await submit(w.page);
    await w.page.waitForSelector(`${SECTION} input[name=phone_number]`, { timeout: 15_000 });
    assert.match(await sectionText(w.page), new RegExp(`Confirmed\\. You now sign in with \\${NEW_PHONE}\\.`));
    assert.equal(await fieldValue(w.page, 'phone_number'), NEW_PHONE);
    const events = await accountEvents(w.page);
    assert.deepEqual(events, [{ type: 'auth-account-change', detail: { section: 'profile', action: 'phoneChanged' } }]);
    assert.ok(!JSON.stringify(events).includes(code), 'no event carries the code');
    const confirmed = await serverAttributes(NEW_PHONE);
    assert.equal(confirmed.phone_number, NEW_PHONE);
    assert.equal(confirmed.phone_number_verified, 'true', 'the new number is verified');

    assert.equal(await signsIn(NEW_PHONE), true, 'the new phone number signs in');
    assert.equal(await signsIn(OLD_PHONE), false, 'the old one no longer does');
  });
});
