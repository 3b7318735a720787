/** Every seeded sign-in, from SIGN_IN to DONE, through real Amplify in Chromium against the local server. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CUSTOM_ANSWER, otherCode, PASSWORD, PHONE, TEMP_PASSWORD, TOTP_SECRET, totpCode, useE2E } from './harness.js';

const e2e = useE2E();

describe('password sign-in', () => {
  it('alice: straight to DONE', async () => {
    const w = await e2e.open();
    assert.equal(await w.step(), 'SIGN_IN');
    await w.signIn('alice@example.com', PASSWORD);
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
  });

  it('a wrong password stays on SIGN_IN with a message and the username kept', async () => {
    const w = await e2e.open();
    await w.signIn('alice@example.com', 'wrong-Passw0rd!');
    assert.match(await w.waitForAlert(), /Incorrect username or password/);
    assert.equal(await w.step(), 'SIGN_IN');
    assert.equal(await w.value('username'), 'alice@example.com');
    const [error] = await w.events('auth-error');
    assert.equal(error.detail.name, 'NotAuthorizedException');
  });
});

describe('MFA at sign-in', () => {
  it('sms: code from the outbox', async () => {
    const w = await e2e.open();
    await w.signInWithSmsCode('sms@example.com');
  });

  it('email: code from the outbox', async () => {
    const w = await e2e.open();
    await w.signIn('email@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    const code = await w.code('email@example.com');
    await w.enterCode(code);
    await w.expectSignedIn('email@example.com', [PASSWORD, code]);
  });

  it('sms: the code typed in Arabic-Indic digits («١٢٣٤٥٦») signs in', async () => {
    const w = await e2e.open();
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const code = await w.code(PHONE);
    const arabicIndic = [...code].map((digit) => String.fromCodePoint(0x660 + Number(digit))).join('');
    await w.enterCode(arabicIndic);
    await w.expectSignedIn('sms@example.com', [PASSWORD, code, arabicIndic]);
  });

  it('totp: a wrong code is refused at the field, the right one signs in', async () => {
    const w = await e2e.open();
    await w.signIn('totp@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const code = totpCode(TOTP_SECRET);
    await w.enterCode(otherCode(code));
    await w.idle();
    await w.page.waitForFunction(
      () => document.querySelector('auth-sign-in input[name=code]')?.getAttribute('aria-invalid') === 'true',
    );
    assert.match(await w.fieldError('code'), /code isn’t right/);
    assert.equal(await w.step(), 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await w.enterCode(totpCode(TOTP_SECRET));
    await w.expectSignedIn('totp@example.com', [PASSWORD, TOTP_SECRET]);
  });

  it('choose: MFA selection → TOTP', async () => {
    const w = await e2e.open();
    await w.signIn('choose@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_MFA_SELECTION');
    assert.ok(await w.has('button[name=choice][value=SMS]'));
    await w.choose('TOTP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await w.enterCode(totpCode(TOTP_SECRET));
    await w.expectSignedIn('choose@example.com', [PASSWORD, TOTP_SECRET]);
  });

  it('choose: MFA selection → SMS', async () => {
    const w = await e2e.open();
    await w.signIn('choose@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_MFA_SELECTION');
    await w.choose('SMS');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const code = await w.code(PHONE);
    await w.enterCode(code);
    await w.expectSignedIn('choose@example.com', [PASSWORD, code]);
  });
});

describe('account states', () => {
  it('new: new password and given_name → DONE', async () => {
    const w = await e2e.open();
    await w.signIn('new@example.com', TEMP_PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    const newPassword = 'N3w-Passw0rd!';
    await w.type('newPassword', newPassword);
    await w.type('confirmPassword', newPassword);
    await w.type('given_name', 'Nova');
    await w.submit();
    await w.expectSignedIn('new@example.com', [TEMP_PASSWORD, newPassword]);
    const users = await e2e.call('GET', '_users');
    const user = users.find((u: any) => u.username === 'new@example.com');
    assert.equal(user.status, 'CONFIRMED');
    assert.equal(user.attributes.given_name, 'Nova');
  });

  it('reset: RESET_PASSWORD → code → new password → DONE without typing it again', async () => {
    const w = await e2e.open();
    await w.signIn('reset@example.com', PASSWORD);
    await w.waitForStep('RESET_PASSWORD');
    assert.equal(await w.value('username'), 'reset@example.com');
    await w.submit();
    await w.waitForStep('CONFIRM_RESET_PASSWORD');
    const code = await w.code('reset@example.com');
    const newPassword = 'Res3t-Passw0rd!';
    await w.type('code', code);
    await w.type('newPassword', newPassword);
    await w.type('confirmPassword', newPassword);
    await w.submit();
    await w.expectSignedIn('reset@example.com', [newPassword, code]);
  });

  it('unconfirmed: CONFIRM_SIGN_UP with the code from the outbox → DONE by itself', async () => {
    const w = await e2e.open();
    await w.signIn('unconfirmed@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_UP');
    const code = await w.code('unconfirmed@example.com');
    await w.enterCode(code);
    await w.expectSignedIn('unconfirmed@example.com', [PASSWORD, code]);
  });
});

describe('custom challenge (CUSTOM_WITHOUT_SRP)', () => {
  it('shows the prompt; a wrong answer stays with a message; "4" signs in', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'CUSTOM_WITHOUT_SRP' });
    assert.equal(await w.field('password'), null, 'username only');
    await w.signIn('custom@example.com');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    assert.match(await w.page.$eval('auth-sign-in form', (f) => f.textContent ?? ''), /What is 2 \+ 2\?/);
    await w.type('answer', '5');
    await w.submit();
    await w.idle();
    assert.equal(await w.step(), 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    assert.match(await w.fieldError('answer'), /answer isn’t right/);
    await w.type('answer', CUSTOM_ANSWER);
    await w.submit();
    await w.expectSignedIn('custom@example.com');
  });

  it('the third wrong answer goes back to SIGN_IN with the username kept and a message', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'CUSTOM_WITHOUT_SRP' });
    await w.signIn('custom@example.com');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    for (const answer of ['1', '2']) {
      await w.type('answer', answer);
      await w.submit();
      await w.idle();
      assert.equal(await w.step(), 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    }
    await w.type('answer', '3');
    await w.submit();
    await w.waitForStep('SIGN_IN');
    assert.equal(await w.value('username'), 'custom@example.com');
    assert.ok(await w.alertText(), 'a message says why');
  });
});
