/** Getting back in: forgot password, wrong reset codes, confirming an account, lockout. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { otherCode, PASSWORD, useE2E } from './harness.js';

const e2e = useE2E();
const NEW_PASSWORD = 'Fresh-Passw0rd!';

describe('forgot password', () => {
  it('from SIGN_IN with the typed username: wrong code refused, right code signs in with the new password', async () => {
    const w = await e2e.open();
    await w.waitForStep('SIGN_IN');
    await w.type('username', 'alice@example.com');
    await w.action('forgot-password');
    await w.waitForStep('RESET_PASSWORD');
    assert.equal(await w.value('username'), 'alice@example.com', 'username prefilled');
    await w.submit();
    await w.waitForStep('CONFIRM_RESET_PASSWORD');
    assert.match(await w.text('form'), /a\*+@e\S*/, 'says where the code went');
    const code = await w.code('alice@example.com');
    await w.type('code', otherCode(code));
    await w.type('newPassword', NEW_PASSWORD);
    await w.type('confirmPassword', NEW_PASSWORD);
    await w.submit();
    await w.idle();
    await w.page.waitForFunction(
      () => document.querySelector('auth-sign-in input[name=code]')?.getAttribute('aria-invalid') === 'true',
    );
    assert.match(await w.fieldError('code'), /code isn’t right/);
    assert.equal(await w.step(), 'CONFIRM_RESET_PASSWORD');
    await w.type('code', code);
    await w.type('newPassword', NEW_PASSWORD);
    await w.type('confirmPassword', NEW_PASSWORD);
    await w.submit();
    await w.expectSignedIn('alice@example.com', [NEW_PASSWORD, code]);
  });

  it('mismatched new passwords are refused before any call', async () => {
    const w = await e2e.open();
    await w.signIn('reset@example.com', PASSWORD);
    await w.waitForStep('RESET_PASSWORD');
    await w.submit();
    await w.waitForStep('CONFIRM_RESET_PASSWORD');
    const before = (await e2e.requests()).length;
    await w.type('code', await w.code('reset@example.com'));
    await w.type('newPassword', NEW_PASSWORD);
    await w.type('confirmPassword', `${NEW_PASSWORD}x`);
    await w.submit();
    assert.match(await w.waitForAlert(), /passwords don’t match/);
    assert.equal((await e2e.requests()).length, before, 'no call made');
  });

  it('a reload on CONFIRM_RESET_PASSWORD comes back on it, and the code still works', async () => {
    const w = await e2e.open();
    await w.signIn('reset@example.com', PASSWORD);
    await w.waitForStep('RESET_PASSWORD');
    await w.submit();
    await w.waitForStep('CONFIRM_RESET_PASSWORD');
    await w.page.reload();
    assert.equal(await w.ready(), 'CONFIRM_RESET_PASSWORD');
    await w.type('code', await w.code('reset@example.com'));
    await w.type('newPassword', NEW_PASSWORD);
    await w.type('confirmPassword', NEW_PASSWORD);
    await w.submit();
    await w.expectSignedIn('reset@example.com', [NEW_PASSWORD]);
  });

  it('back to sign in from RESET_PASSWORD keeps the username', async () => {
    const w = await e2e.open();
    await w.waitForStep('SIGN_IN');
    await w.type('username', 'alice@example.com');
    await w.action('forgot-password');
    await w.waitForStep('RESET_PASSWORD');
    await w.action('back-to-sign-in');
    await w.waitForStep('SIGN_IN');
    assert.equal(await w.value('username'), 'alice@example.com');
  });
});

describe('confirm sign-up', () => {
  it('a resent code replaces the old one', async () => {
    const w = await e2e.open();
    await w.signIn('unconfirmed@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_UP');
    const sent = (await e2e.outbox()).filter((m) => m.to === 'unconfirmed@example.com').length;
    const oldCode = await w.code('unconfirmed@example.com');
    await w.action('resend-code');
    const newCode = await e2e.waitForCodes('unconfirmed@example.com', sent + 1);
    await w.idle();
    if (oldCode !== newCode) {
      await w.enterCode(oldCode);
      await w.idle();
      await w.page.waitForFunction(
        () => document.querySelector('auth-sign-in input[name=code]')?.getAttribute('aria-invalid') === 'true',
      );
      assert.equal(await w.step(), 'CONFIRM_SIGN_UP');
    }
    await w.enterCode(newCode);
    await w.expectSignedIn('unconfirmed@example.com', [PASSWORD, newCode]);
  });

  it('after a reload, the code confirms the account and SIGN_IN asks for the password again', async () => {
    const w = await e2e.open();
    await w.signIn('unconfirmed@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_UP');
    await w.page.reload();
    assert.equal(await w.ready(), 'CONFIRM_SIGN_UP');
    await w.enterCode(await w.code('unconfirmed@example.com'));
    await w.waitForStep('SIGN_IN');
    assert.equal(await w.value('username'), 'unconfirmed@example.com');
    assert.match(await w.text('[role=status]'), /confirmed/);
    await w.type('password', PASSWORD);
    await w.submit();
    await w.expectSignedIn('unconfirmed@example.com', [PASSWORD]);
  });
});

describe('lockout', () => {
  it('wrong passwords lock the account with a clear message', async () => {
    const w = await e2e.open();
    await w.waitForStep('SIGN_IN');
    await w.type('username', 'alice@example.com');
    // Cognito locks for 2^(n−5) s from the fifth failure; the server clock moves past each lockout, so the
    // tenth failure locks for 32 s, well past the next submit.
    for (let i = 0; i < 10; i++) {
      await w.type('password', `Wrong-${i}`);
      await w.submit();
      await w.waitForAlert();
      await w.idle();
      if (i >= 4 && i < 9) await e2e.call('POST', '_clock', { advanceMs: 1000 * 2 ** (i - 4) });
    }
    await w.type('password', PASSWORD);
    await w.submit();
    await w.idle();
    await w.page.waitForFunction(() => (window as any).events.filter((e: any) => e.type === 'auth-error').length >= 11);
    assert.match(await w.alertText(), /Too many wrong passwords/);
    assert.equal(await w.step(), 'SIGN_IN');
  });
});
