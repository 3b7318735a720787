/** What goes wrong on the way: a reload mid-step, server errors and delays, a resent code, impatient clicks. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, PHONE, useE2E } from './harness.js';

const e2e = useE2E();

const hint = (text: string) => text.replace(/\s+/g, ' ');

describe('reload', () => {
  it('in the middle of the SMS step comes back on it, with the destination, and the code signs in', async () => {
    const w = await e2e.open();
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const before = hint(await w.text('form'));
    const destination = /\+\S*0100/.exec(before)?.[0];
    assert.ok(destination, `the step names the destination: ${before}`);
    await w.page.reload();
    assert.equal(await w.ready(), 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const [first] = await w.events('auth-step-change');
    assert.deepEqual(first.detail, { step: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', previousStep: null });
    assert.ok(hint(await w.text('form')).includes(destination), 'destination still shown after the reload');
    await w.enterCode(await w.code(PHONE));
    await w.expectSignedIn('sms@example.com', [PASSWORD]);
  });
});

describe('server faults', () => {
  it('a 500 (after Amplify’s retries) shows an alert, keeps the username, and the next try works', async () => {
    const w = await e2e.open();
    await e2e.fault({ operation: 'InitiateAuth', status: 500, times: 3 });
    await w.signIn('alice@example.com', PASSWORD);
    assert.ok(await w.waitForAlert(), 'an alert is shown');
    await w.idle();
    assert.equal(await w.step(), 'SIGN_IN');
    assert.equal(await w.value('username'), 'alice@example.com');
    const errors = await w.events('auth-error');
    assert.equal(errors.length, 1);
    assert.equal((await e2e.requests()).filter((r) => r === 'InitiateAuth').length, 3, 'Amplify tried 3 times');
    await w.type('password', PASSWORD);
    await w.submit();
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
  });

  it('a slow gateway timeout (delay + 504) shows an alert, keeps the username, and the next try works', async () => {
    const w = await e2e.open();
    await e2e.fault({ operation: 'InitiateAuth', status: 504, delayMs: 600, times: 3 });
    await w.signIn('alice@example.com', PASSWORD);
    assert.ok(await w.waitForAlert(), 'an alert is shown');
    await w.idle();
    assert.equal(await w.step(), 'SIGN_IN');
    assert.equal(await w.value('username'), 'alice@example.com');
    await w.type('password', PASSWORD);
    await w.submit();
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
  });

  it('an unreachable service (network error) says so, and the next try works', async () => {
    const w = await e2e.open();
    const endpoint = e2e.cognito.url;
    let down = true;
    await w.page.setRequestInterception(true);
    w.page.on('request', (request) => {
      if (down && request.url().startsWith(endpoint) && request.method() === 'POST')
        void request.abort('connectionrefused');
      else void request.continue();
    });
    await w.signIn('alice@example.com', PASSWORD);
    assert.match(await w.waitForAlert(), /couldn’t reach/);
    await w.idle();
    assert.equal(await w.value('username'), 'alice@example.com');
    down = false;
    await w.type('password', PASSWORD);
    await w.submit();
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
  });

  it('a delayed code check still ends on DONE', async () => {
    const w = await e2e.open();
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await e2e.fault({ operation: 'RespondToAuthChallenge', delayMs: 1000 });
    await w.enterCode(await w.code(PHONE));
    await w.expectSignedIn('sms@example.com');
  });
});

describe('resend', () => {
  it('on the SMS step: the old code is refused at the code field, the new one accepted', async () => {
    const w = await e2e.open();
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const oldCode = await w.code(PHONE);
    await w.action('resend-code');
    const newCode = await e2e.waitForCodes(PHONE, 2);
    await w.idle();
    assert.equal(await w.step(), 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.match(await w.text('[role=status]'), /new code/i, 'says a new code is on its way');
    if (oldCode !== newCode) {
      await w.enterCode(oldCode);
      await w.idle();
      await w.page.waitForFunction(
        () => document.querySelector('auth-sign-in input[name=code]')?.getAttribute('aria-invalid') === 'true',
      );
      assert.match(await w.fieldError('code'), /code isn’t right/);
      assert.equal(await w.step(), 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    }
    await w.enterCode(newCode);
    await w.expectSignedIn('sms@example.com', [PASSWORD, newCode]);
  });
});

describe('resend after a selection or a setup (the sign-in is replayed)', () => {
  it('MFA selection → SMS → resend: the new code signs in', async () => {
    const w = await e2e.open();
    await w.signIn('choose@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_MFA_SELECTION');
    await w.choose('SMS');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await w.action('resend-code');
    const code = await e2e.waitForCodes(PHONE, 2);
    await w.idle();
    assert.equal(await w.step(), 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await w.enterCode(code);
    await w.expectSignedIn('choose@example.com', [code]);
  });

  it('email MFA setup → resend: stays on the code step, a code is really sent, and it signs in', async () => {
    const w = await e2e.open();
    await w.signIn('setup-email@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    await w.type('email', 'setup-email@example.com');
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    await w.action('resend-code');
    const code = await e2e.waitForCodes('setup-email@example.com', 2);
    await w.idle();
    assert.equal(await w.step(), 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', 'not back on the email setup step');
    await w.enterCode(code);
    await w.expectSignedIn('setup-email@example.com', [code]);
  });
});

describe('one call at a time', () => {
  it('double click and Enter while InitiateAuth is slow send exactly one InitiateAuth', async () => {
    const w = await e2e.open();
    await e2e.fault({ operation: 'InitiateAuth', delayMs: 1500 });
    await w.waitForStep('SIGN_IN');
    await w.type('username', 'alice@example.com');
    await w.type('password', PASSWORD);
    await w.page.click('auth-sign-in form button[type=submit]:not([name])', { count: 2 });
    await w.page.focus('auth-sign-in input[name=password]');
    await w.page.keyboard.press('Enter');
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
    const requests = await e2e.requests();
    assert.equal(requests.filter((r) => r === 'InitiateAuth').length, 1, requests.join(', '));
    assert.equal((await w.events('auth-signed-in')).length, 1);
  });
});
