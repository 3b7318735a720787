/**
 * The widget on each kind of pool (test/pools/): a seeded user signs in to DONE in Chromium; remembered devices
 * skip MFA at the second sign-in in the same browser; "forgot password" hides whether a user exists.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { poolPath, POOL_PASSWORD, type PoolName } from '../support/pools.js';
import { totpCode, useE2E, type Widget } from './harness.js';

const e2e = useE2E();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function onPool(name: PoolName) {
  before(() => e2e.usePool({ pool: poolPath(name) }));
}

async function stepsSeen(w: Widget): Promise<string[]> {
  return (await w.events('auth-step-change')).map((event) => event.detail.step);
}

describe('pool: Amplify Gen 2 default', () => {
  onPool('gen2-default');

  it('signs in by email; DONE and auth-signed-in name the person, not the UUID username', async () => {
    const w = await e2e.open();
    await w.signIn('Ada@Example.com', POOL_PASSWORD);
    const { detail } = await w.expectSignedIn('ada@example.com', [POOL_PASSWORD]);
    assert.match(detail.username, UUID);
    const done = await w.text('form');
    assert.match(done, /ada@example\.com/);
    assert.doesNotMatch(done, UUID);
  });

  it('"forgot password" for an unknown user shows the same "code sent" screen as for a real one', async () => {
    const screens: string[] = [];
    for (const username of ['ada@example.com', 'amy@example.com']) {
      const w = await e2e.open();
      await w.waitForStep('SIGN_IN');
      await w.type('username', username);
      await w.action('forgot-password');
      await w.waitForStep('RESET_PASSWORD');
      await w.submit();
      await w.waitForStep('CONFIRM_RESET_PASSWORD');
      assert.equal(await w.alertText(), '');
      screens.push(await w.text('form'));
    }
    assert.equal(screens[0], screens[1]);
    assert.deepEqual(
      (await e2e.outbox()).map((entry) => entry.to),
      ['ada@example.com'],
    );
  });
});

describe('pool: legacy usernames with an email alias', () => {
  onPool('legacy-email-alias');

  it('signs in by the verified email alias', async () => {
    const w = await e2e.open();
    await w.signIn('ada@example.com', POOL_PASSWORD);
    const { detail } = await w.expectSignedIn('ada@example.com');
    assert.equal(detail.username, 'ada');
  });
});

describe('pool: phone number as username', () => {
  onPool('phone-username');

  it('signs in by phone number', async () => {
    const w = await e2e.open();
    await w.signIn('+15555550123', POOL_PASSWORD);
    await w.expectSignedIn('pat@example.com');
  });
});

describe('pool: MFA required with SMS and TOTP', () => {
  onPool('mfa-required');

  it('a user with a phone number signs in with the SMS code', async () => {
    const w = await e2e.open();
    await w.signIn('sms@example.com', POOL_PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await w.enterCode(await e2e.latestCode('+15555550100'));
    await w.expectSignedIn('sms@example.com');
  });
});

describe('pool: device tracking, remembered on the user’s prompt', () => {
  onPool('devices-on-prompt');

  it('remember-device="ask": ticked on the TOTP step, the second sign-in in this browser skips MFA', async () => {
    const w = await e2e.open({ 'remember-device': 'ask' });
    await w.signIn('totp@example.com', POOL_PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    assert.equal(await w.text('label:has(input[name=rememberDevice])'), 'Remember this device');
    await w.page.click('auth-sign-in input[type=checkbox][name=rememberDevice]');
    await w.enterCode(totpCode());
    await w.expectSignedIn('totp@example.com');
    assert.ok((await e2e.requests()).includes('UpdateDeviceStatus'), 'the device is remembered');
    await w.action('sign-out');
    await w.signIn('totp@example.com', POOL_PASSWORD);
    await w.waitForStep('DONE');
    const steps = await stepsSeen(w);
    assert.deepEqual(steps.slice(-3), ['DONE', 'SIGN_IN', 'DONE'], 'no MFA step the second time');
  });

  it('unticked, the second sign-in asks for the TOTP code again', async () => {
    const w = await e2e.open({ 'remember-device': 'ask' });
    await w.signIn('totp@example.com', POOL_PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await w.enterCode(totpCode());
    await w.expectSignedIn('totp@example.com');
    await w.action('sign-out');
    await w.signIn('totp@example.com', POOL_PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  });
});

describe('pool: device tracking, always', () => {
  onPool('devices-always');

  it('the device of the first sign-in skips MFA at the second', async () => {
    const w = await e2e.open();
    await w.signIn('totp@example.com', POOL_PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    assert.equal(await w.has('input[name=rememberDevice]'), false, 'never (the default) asks nothing');
    await w.enterCode(totpCode());
    await w.expectSignedIn('totp@example.com');
    await w.action('sign-out');
    await w.signIn('totp@example.com', POOL_PASSWORD);
    await w.waitForStep('DONE');
    assert.deepEqual((await stepsSeen(w)).slice(-2), ['SIGN_IN', 'DONE']);
  });
});

describe('pool: USER_AUTH limited to email OTP and passkeys', () => {
  onPool('user-auth-passwordless');

  it('signs in with an email code', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'USER_AUTH', 'preferred-challenge': 'EMAIL_OTP' });
    await w.signIn('otp@example.com');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    await w.enterCode(await e2e.latestCode('otp@example.com'));
    await w.expectSignedIn('otp@example.com');
  });
});

describe('pool: a client that allows only USER_PASSWORD_AUTH', () => {
  onPool('client-password-only');

  it('SRP (the default) shows a configuration message; USER_PASSWORD_AUTH signs in', async () => {
    let w = await e2e.open();
    await w.signIn('ada@example.com', POOL_PASSWORD);
    assert.match(await w.waitForAlert(), /isn’t turned on for this app/);
    assert.equal(await w.step(), 'SIGN_IN');
    w = await e2e.open({ 'auth-flow-type': 'USER_PASSWORD_AUTH' });
    await w.signIn('ada@example.com', POOL_PASSWORD);
    await w.expectSignedIn('ada@example.com');
  });
});
