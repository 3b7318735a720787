/** An in-progress sign-in across reloads, and its end: expired sessions, too many wrong codes, going back. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CUSTOM_ANSWER, otherCode, PASSWORD, PHONE, TOTP_SECRET, totpCode, useE2E } from './harness.js';

const e2e = useE2E();

describe('reload resumes the step', () => {
  it('MFA selection: the choices come back and TOTP signs in', async () => {
    const w = await e2e.open();
    await w.signIn('choose@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_MFA_SELECTION');
    await w.page.reload();
    assert.equal(await w.ready(), 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION');
    await w.choose('TOTP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await w.enterCode(totpCode(TOTP_SECRET));
    await w.expectSignedIn('choose@example.com');
  });

  it('first-factor selection: the choices come back and EMAIL_OTP signs in', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'USER_AUTH' });
    await w.signIn('passwordless@example.com');
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    await w.page.reload();
    assert.equal(await w.ready(), 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    await w.choose('EMAIL_OTP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    await w.enterCode(await w.code('passwordless@example.com'));
    await w.expectSignedIn('passwordless@example.com');
  });

  it('custom challenge: the prompt comes back and "4" signs in', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'CUSTOM_WITHOUT_SRP' });
    await w.signIn('custom@example.com');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    await w.page.reload();
    assert.equal(await w.ready(), 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    assert.match(await w.text('form'), /What is 2 \+ 2\?/);
    await w.type('answer', CUSTOM_ANSWER);
    await w.submit();
    await w.expectSignedIn('custom@example.com');
  });

  it('TOTP setup cannot resume: SIGN_IN with the username and a notice', async () => {
    const w = await e2e.open();
    await w.signIn('setup-totp@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
    await w.page.reload();
    assert.equal(await w.ready(), 'SIGN_IN');
    assert.equal(await w.value('username'), 'setup-totp@example.com');
    assert.match(await w.text('[role=status]'), /authenticator app/);
    assert.equal(await w.has('[data-totp-secret]'), false);
  });
});

describe('the end of a sign-in', () => {
  it('an expired session (server clock +4 min) goes back to SIGN_IN with the username and a message', async () => {
    const w = await e2e.open();
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const code = await w.code(PHONE);
    await e2e.call('POST', '_clock', { advanceMs: 4 * 60_000 });
    await w.enterCode(code);
    await w.waitForStep('SIGN_IN');
    assert.equal(await w.value('username'), 'sms@example.com');
    assert.match(await w.alertText(), /Sign in again/);
    await w.type('password', PASSWORD);
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
  });

  it('three wrong SMS codes go back to SIGN_IN with the username and a message', async () => {
    const w = await e2e.open();
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const wrong = otherCode(await w.code(PHONE));
    for (let i = 0; i < 2; i++) {
      await w.enterCode(wrong);
      await w.idle();
      await w.page.waitForFunction(
        (n: number) => (window as any).events.filter((e: any) => e.type === 'auth-error').length >= n,
        {},
        i + 1,
      );
      assert.equal(await w.step(), 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    }
    await w.enterCode(wrong);
    await w.waitForStep('SIGN_IN');
    assert.equal(await w.value('username'), 'sms@example.com');
    assert.ok(await w.alertText(), 'a message says why');
  });

  it('back to sign in from the SMS step keeps the username, and a new sign-in works', async () => {
    const w = await e2e.open();
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await w.action('back-to-sign-in');
    await w.waitForStep('SIGN_IN');
    assert.equal(await w.value('username'), 'sms@example.com');
    await w.page.reload();
    assert.equal(await w.ready(), 'SIGN_IN', 'nothing pending after going back');
    await w.signIn('alice@example.com', PASSWORD);
    await w.expectSignedIn('alice@example.com');
  });

  it('restart() from the page goes back to SIGN_IN', async () => {
    const w = await e2e.open();
    await w.signIn('email@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    await w.page.$eval('auth-sign-in', (el) => (el as any).restart());
    await w.waitForStep('SIGN_IN');
    assert.equal(await w.value('username'), 'email@example.com');
  });
});
