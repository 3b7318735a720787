/**
 * USER_AUTH first factors (EMAIL_OTP, SMS_OTP, WEB_AUTHN, password fallback) and passkeys, with Chromium's
 * virtual authenticator over CDP. Pages on http://localhost are a secure context.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, PHONE, useE2E, type PageOptions, type Widget } from './harness.js';

const e2e = useE2E();
const PASSKEY_USER = 'passkey@example.com';
const USER_AUTH: PageOptions = { 'auth-flow-type': 'USER_AUTH' };

async function passkeysOf(username: string): Promise<number> {
  const users = await e2e.call('GET', '_users');
  return users.find((u: any) => u.username === username).passkeys;
}

/** Loads another configuration of the page in the same tab (the virtual authenticator stays). */
async function reopen(w: Widget, options: PageOptions): Promise<void> {
  await w.page.goto(e2e.url(options));
  await w.ready();
}

/**
 * Password sign-in with passkey-prompt="after-sign-in" → PASSKEY_PROMPT → register → DONE, then sign out.
 * Returns the widget (on SIGN_IN) and the authenticator id.
 */
async function registerPasskey(): Promise<{ w: Widget; authenticator: string }> {
  const w = await e2e.open({ 'passkey-prompt': 'after-sign-in' });
  const authenticator = await w.addAuthenticator();
  await w.signIn(PASSKEY_USER, PASSWORD);
  await w.waitForStep('PASSKEY_PROMPT');
  const [signedIn] = await w.events('auth-signed-in');
  assert.equal(signedIn.detail.loginId, PASSKEY_USER, 'auth-signed-in comes before the prompt');
  await w.submit();
  await w.waitForStep('DONE');
  assert.equal((await w.events('auth-passkey-registered')).length, 1);
  assert.equal((await w.credentials(authenticator)).length, 1, 'the authenticator holds the passkey');
  assert.equal(await passkeysOf(PASSKEY_USER), 1, 'the server holds the passkey');
  const steps = (await w.events('auth-step-change')).map((e) => e.detail.step);
  assert.deepEqual(steps.slice(-2), ['PASSKEY_PROMPT', 'DONE']);
  await w.action('sign-out');
  await w.waitForStep('SIGN_IN');
  return { w, authenticator };
}

describe('passkeys', () => {
  it('register after a password sign-in, then sign in with it from the first-factor choice', async () => {
    const { w } = await registerPasskey();
    await reopen(w, USER_AUTH);
    assert.equal(await w.field('password'), null, 'USER_AUTH asks for the username only');
    await w.signIn(PASSKEY_USER);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    await w.choose('WEB_AUTHN');
    await w.expectSignedIn(PASSKEY_USER);
  });

  it('a cancelled passkey shows the message, and the password fallback works', async () => {
    const { w, authenticator } = await registerPasskey();
    await reopen(w, USER_AUTH);
    await w.setUserVerified(authenticator, false);
    await w.signIn(PASSKEY_USER);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    await w.choose('WEB_AUTHN');
    assert.match(await w.waitForAlert(), /passkey request was cancelled/);
    await w.idle();
    assert.equal(await w.step(), 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    const [error] = await w.events('auth-error');
    assert.match(error.detail.name, /^Passkey/);
    await w.choose('PASSWORD_SRP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_PASSWORD');
    await w.type('password', PASSWORD);
    await w.submit();
    await w.expectSignedIn(PASSKEY_USER, [PASSWORD]);
  });

  it('preferred-challenge="WEB_AUTHN" signs in with the passkey without a choice', async () => {
    const { w } = await registerPasskey();
    await reopen(w, { ...USER_AUTH, 'preferred-challenge': 'WEB_AUTHN' });
    await w.signIn(PASSKEY_USER);
    await w.expectSignedIn(PASSKEY_USER);
    const steps = (await w.events('auth-step-change')).map((e) => e.detail.step);
    assert.deepEqual(steps, ['SIGN_IN', 'DONE']);
  });

  it('"Not now" on the prompt goes to DONE, and the prompt is not offered again', async () => {
    const w = await e2e.open({ 'passkey-prompt': 'after-sign-in' });
    await w.addAuthenticator();
    await w.signIn(PASSKEY_USER, PASSWORD);
    await w.waitForStep('PASSKEY_PROMPT');
    await w.action('skip');
    await w.waitForStep('DONE');
    assert.equal(await passkeysOf(PASSKEY_USER), 0);
    await w.action('sign-out');
    await w.waitForStep('SIGN_IN');
    const seen = (await w.events('auth-step-change')).length;
    await w.signIn(PASSKEY_USER, PASSWORD);
    await w.waitForStep('DONE');
    const steps = (await w.events('auth-step-change')).slice(seen).map((e) => e.detail.step);
    assert.deepEqual(steps, ['DONE'], 'straight to DONE');
  });
});

describe('passkey cancels and repeats', () => {
  it('preferred-challenge="WEB_AUTHN" cancelled: the message and the first-factor choice', async () => {
    const { w, authenticator } = await registerPasskey();
    await reopen(w, { ...USER_AUTH, 'preferred-challenge': 'WEB_AUTHN' });
    await w.setUserVerified(authenticator, false);
    await w.signIn(PASSKEY_USER);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    assert.match(await w.alertText(), /passkey request was cancelled/);
    await w.choose('PASSWORD_SRP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_PASSWORD');
    await w.type('password', PASSWORD);
    await w.submit();
    await w.expectSignedIn(PASSKEY_USER, [PASSWORD]);
  });

  it('a cancelled registration stays on PASSKEY_PROMPT with a message; a reload is signed in on DONE', async () => {
    const w = await e2e.open({ 'passkey-prompt': 'after-sign-in' });
    const authenticator = await w.addAuthenticator();
    await w.signIn(PASSKEY_USER, PASSWORD);
    await w.waitForStep('PASSKEY_PROMPT');
    await w.setUserVerified(authenticator, false);
    await w.submit();
    assert.match(await w.waitForAlert(), /passkey wasn’t created/);
    await w.idle();
    assert.equal(await w.step(), 'PASSKEY_PROMPT');
    assert.equal((await w.events('auth-passkey-registered')).length, 0);
    assert.equal(await passkeysOf(PASSKEY_USER), 0);
    await w.page.reload();
    assert.equal(await w.ready(), 'DONE');
  });

  it('a user who has a passkey is not prompted again', async () => {
    const { w } = await registerPasskey();
    const seen = (await w.events('auth-step-change')).length;
    await w.signIn(PASSKEY_USER, PASSWORD);
    await w.waitForStep('DONE');
    const steps = (await w.events('auth-step-change')).slice(seen).map((e) => e.detail.step);
    assert.deepEqual(steps, ['DONE']);
  });
});

describe('one-time codes as first factor', () => {
  it('EMAIL_OTP from the first-factor choice', async () => {
    const w = await e2e.open(USER_AUTH);
    await w.signIn('passwordless@example.com');
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    for (const choice of ['PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP'])
      assert.ok(await w.has(`button[name=choice][value=${choice}]`), choice);
    assert.equal(await w.has('button[name=choice][value=PASSWORD]'), false, 'PASSWORD and PASSWORD_SRP are one button');
    await w.choose('EMAIL_OTP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    const code = await w.code('passwordless@example.com');
    // Cognito's passwordless codes have 8 digits: the field says so and takes 8.
    assert.match(code, /^\d{8}$/);
    assert.deepEqual(await w.codeField(), {
      hint: 'We emailed a code to p***@e***. The code has 8 digits.',
      minLength: 8,
      maxLength: 8,
    });
    await w.enterCode(code);
    await w.expectSignedIn('passwordless@example.com', [code]);
  });

  it('SMS_OTP from the first-factor choice', async () => {
    const w = await e2e.open(USER_AUTH);
    await w.signIn('passwordless@example.com');
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    await w.choose('SMS_OTP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const code = await w.code(PHONE);
    assert.match(code, /^\d{8}$/);
    assert.match((await w.codeField()).hint, / The code has 8 digits\.$/);
    assert.equal((await w.codeField()).maxLength, 8);
    await w.enterCode(code);
    await w.expectSignedIn('passwordless@example.com', [code]);
  });

  it('preferred-challenge="EMAIL_OTP" skips the choice', async () => {
    const w = await e2e.open({ ...USER_AUTH, 'preferred-challenge': 'EMAIL_OTP' });
    await w.signIn('passwordless@example.com');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    const steps = (await w.events('auth-step-change')).map((e) => e.detail.step);
    assert.deepEqual(steps, ['SIGN_IN', 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE']);
    const code = await w.code('passwordless@example.com');
    await w.enterCode(code);
    await w.expectSignedIn('passwordless@example.com', [code]);
  });

  it('a resent EMAIL_OTP code replaces the first one: the first is refused, the new one signs in', async () => {
    const w = await e2e.open({ ...USER_AUTH, 'preferred-challenge': 'EMAIL_OTP' });
    await w.signIn('passwordless@example.com');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    const first = await w.code('passwordless@example.com');
    await w.action('resend-code');
    const code = await e2e.waitForCodes('passwordless@example.com', 2);
    assert.notEqual(code, first, 'two different codes were sent');
    await w.idle();
    await w.enterCode(first);
    await w.idle();
    await w.page.waitForFunction(
      () => document.querySelector('auth-sign-in input[name=code]')?.getAttribute('aria-invalid') === 'true',
    );
    assert.match(await w.fieldError('code'), /code isn’t right/);
    assert.equal(await w.step(), 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    await w.enterCode(code);
    await w.expectSignedIn('passwordless@example.com', [first, code]);
  });
});
