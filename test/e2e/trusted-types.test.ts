/**
 * The widget under the strictest policy a site may send (`trustedTypesCsp` in harness.ts): Trusted Types
 * required with only Lit's policy, no `data:` images, connections only to Cognito. SMS, TOTP setup (the QR code
 * shows), reset password and a passkey sign-in, each with no violation (the harness fails a test on any).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PASSWORD, totpCode, useE2E } from './harness.js';

const e2e = useE2E();
const strict = () => e2e.strictOrigin;

describe('under Trusted Types and a strict CSP', () => {
  it('the page really enforces Trusted Types (a raw innerHTML is refused)', async () => {
    const w = await e2e.open({}, strict());
    const refused = await w.page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(refused, true);
    // The harness saw the planted refusal as a violation (so it would see the widget's); then it is forgiven.
    for (let i = 0; i < 50 && !e2e.problems.some((problem) => problem.includes('trusted-types')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(
      e2e.problems.some((problem) => problem.includes('trusted-types')),
      e2e.problems.join('\n'),
    );
    e2e.problems = [];
  });

  it('SMS code', async () => {
    const w = await e2e.open({}, strict());
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await w.enterCode(await e2e.latestCode('+15555550100'));
    await w.expectSignedIn('sms@example.com');
  });

  it('TOTP setup: the QR code shows', async () => {
    const w = await e2e.open({}, strict());
    await w.signIn('setup-totp@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
    await w.page.waitForSelector('auth-sign-in svg.auth-qr', { timeout: 10_000 });
    const secret = (await w.text('[data-totp-secret]')).replace(/\s+/g, '');
    await w.enterCode(totpCode(secret));
    await w.expectSignedIn('setup-totp@example.com');
  });

  it('reset password', async () => {
    const w = await e2e.open({}, strict());
    await w.action('forgot-password');
    await w.waitForStep('RESET_PASSWORD');
    await w.type('username', 'alice@example.com');
    await w.submit();
    await w.waitForStep('CONFIRM_RESET_PASSWORD');
    await w.type('code', await e2e.latestCode('alice@example.com'));
    await w.type('newPassword', 'N3w-Passw0rd!');
    await w.type('confirmPassword', 'N3w-Passw0rd!');
    await w.submit();
    await w.expectSignedIn('alice@example.com');
  });

  it('a passkey: created after a password sign-in, then used to sign in', async () => {
    const w = await e2e.open({ 'passkey-prompt': 'after-sign-in' }, strict());
    await w.addAuthenticator();
    await w.signIn('passkey@example.com', PASSWORD);
    await w.waitForStep('PASSKEY_PROMPT');
    await w.submit();
    await w.waitForStep('DONE');
    await w.action('sign-out');
    await w.waitForStep('SIGN_IN');
    await w.page.goto(e2e.url({ 'auth-flow-type': 'USER_AUTH', 'preferred-challenge': 'WEB_AUTHN' }, strict()));
    await w.ready();
    await w.signIn('passkey@example.com');
    await w.expectSignedIn('passkey@example.com');
  });
});
