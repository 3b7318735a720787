/**
 * What an example that shows `<auth-account>` after sign-in must show and do, in the framework's own build (the
 * sections it must render: `account` in its `example.json`):
 * - each of those sections renders its form, and no other section does;
 * - a given name saved in the profile section reaches the server (`auth-account-change` reaches the page);
 * - "Sign out of every device" ends the session on the server (`GlobalSignOut`), the sign-in widget is back on
 *   SIGN_IN and the app's own markup no longer names the user (the `auth-signed-out` DOM event reached the framework)
 *   nor shows the account element.
 */
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import type { E2E } from '../e2e/harness.js';

const TIMEOUT = 15_000;

/** The sections `<auth-account>` shows, in order, once none is loading. */
async function shownSections(page: Page, expected: string[]): Promise<string[]> {
  await page
    .waitForFunction(
      (names: string[]) =>
        names.every((name) => document.querySelector(`auth-account [step="${name}"] form`)) &&
        !document.querySelector('auth-account [aria-busy=true]'),
      { timeout: TIMEOUT },
      expected,
    )
    .catch(async (error: Error) => {
      const shown = await page.$$eval('auth-account [step]', (nodes) => nodes.map((n) => n.getAttribute('step')));
      throw new Error(`expected the sections ${expected.join(', ')}; shown: ${shown.join(', ')}`, { cause: error });
    });
  return page.$$eval('auth-account [step]', (nodes) => nodes.map((node) => node.getAttribute('step') ?? ''));
}

/** Drives `<auth-account>` after the sign-in of `username`; `sections`: those the example must show, in order. */
export async function driveAccount(page: Page, server: E2E, username: string, sections: string[]): Promise<void> {
  assert.deepEqual(await shownSections(page, sections), sections, 'the sections the pool allows, in order');
  const changes: unknown[] = [];
  await page.exposeFunction('__accountChange', (detail: unknown) => changes.push(detail));
  await page.$eval('auth-account', (el) =>
    el.addEventListener('auth-account-change', (event) =>
      (window as unknown as { __accountChange(d: unknown): void }).__accountChange((event as CustomEvent).detail),
    ),
  );

  // Save a given name: on the server, and said on the page.
  const given = await page.waitForSelector('auth-account [step=profile] input[name=given_name]', { timeout: TIMEOUT });
  await given!.click({ count: 3 });
  await given!.type('Ada');
  await page.click('auth-account [step=profile] button[type=submit]:not([name])');
  await page.waitForFunction(
    () => document.querySelector('auth-account [step=profile] [role=status]')?.textContent?.includes('saved'),
    { timeout: TIMEOUT },
  );
  const user = await server.cognitoCall('AdminGetUser', { UserPoolId: server.cognito.poolId, Username: username });
  const attributes = user.UserAttributes as { Name: string; Value: string }[];
  assert.equal(attributes.find((a) => a.Name === 'given_name')?.Value, 'Ada', 'the name reached the server');

  // Sign out of every device: the app's own state follows.
  await page.click('auth-account [step=sessions] button[type=submit]');
  await page.waitForFunction(
    () =>
      document.querySelector('auth-sign-in')?.getAttribute('step') === 'SIGN_IN' &&
      !document.querySelector('[data-testid="signed-in-user"]') &&
      !document.querySelector('auth-account'),
    { timeout: TIMEOUT },
  );
  assert.ok((await server.requests()).includes('GlobalSignOut'), 'Cognito ended every session');
  assert.deepEqual(changes, [
    { section: 'profile', action: 'profileUpdated' },
    { section: 'sessions', action: 'signedOutEverywhere' },
  ]);
}
