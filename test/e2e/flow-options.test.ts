/** The other flows and attributes: USER_PASSWORD_AUTH, CUSTOM_WITH_SRP, USER_AUTH password paths, attribute changes, step-change contract. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CUSTOM_ANSWER, PASSWORD, PHONE, useE2E } from './harness.js';

const e2e = useE2E();

describe('auth-flow-type', () => {
  it('USER_PASSWORD_AUTH: alice → DONE, the password goes in InitiateAuth', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'USER_PASSWORD_AUTH' });
    await w.signIn('alice@example.com', PASSWORD);
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
    assert.deepEqual(await e2e.requests(), ['InitiateAuth']);
  });

  it('CUSTOM_WITH_SRP: password, then the custom challenge', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'CUSTOM_WITH_SRP' });
    await w.signIn('custom@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    await w.type('answer', CUSTOM_ANSWER);
    await w.submit();
    await w.expectSignedIn('custom@example.com', [PASSWORD]);
  });

  it('USER_AUTH with preferred-challenge="PASSWORD_SRP" asks for the password on SIGN_IN', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'USER_AUTH', 'preferred-challenge': 'PASSWORD_SRP' });
    assert.ok(await w.field('password'));
    await w.signIn('alice@example.com', PASSWORD);
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
  });

  it('USER_AUTH password from the first-factor choice, then SMS MFA', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'USER_AUTH' });
    await w.signIn('sms@example.com');
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    await w.choose('PASSWORD_SRP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_PASSWORD');
    await w.type('password', PASSWORD);
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    // After the first-factor choice, a password: this is SMS MFA, whose code has 6 digits.
    const code = await w.code(PHONE);
    assert.match(code, /^\d{6}$/);
    assert.deepEqual(await w.codeField(), {
      hint: 'We texted a code to +*******0100. The code has 6 digits.',
      minLength: 6,
      maxLength: 6,
    });
    await w.enterCode(code);
    await w.expectSignedIn('sms@example.com', [PASSWORD]);
  });

  it('USER_AUTH wrong password on CONFIRM_SIGN_IN_WITH_PASSWORD says so', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'USER_AUTH' });
    await w.signIn('passwordless@example.com');
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    await w.choose('PASSWORD_SRP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_PASSWORD');
    await w.type('password', 'Wrong-Passw0rd!');
    await w.submit();
    assert.match(await w.waitForAlert(), /Incorrect username or password/);
  });

  it('preferred-challenge="WEB_AUTHN" for a user without a passkey falls back to the choice', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'USER_AUTH', 'preferred-challenge': 'WEB_AUTHN' });
    await w.signIn('passwordless@example.com');
    // Cognito answers an unavailable preference with SELECT_CHALLENGE (no error): the choice, without WEB_AUTHN.
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    assert.equal(await w.has('button[name=choice][value=WEB_AUTHN]'), false);
    await w.choose('EMAIL_OTP');
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    await w.enterCode(await w.code('passwordless@example.com'));
    await w.expectSignedIn('passwordless@example.com');
  });
});

describe('attributes change at any time', () => {
  it('auth-flow-type set after startup: the next SIGN_IN follows it', async () => {
    const w = await e2e.open();
    assert.ok(await w.field('password'));
    await w.page.$eval('auth-sign-in', (el) => el.setAttribute('auth-flow-type', 'CUSTOM_WITHOUT_SRP'));
    await w.type('username', 'custom@example.com');
    await w.action('forgot-password');
    await w.waitForStep('RESET_PASSWORD');
    await w.action('back-to-sign-in');
    await w.waitForStep('SIGN_IN');
    assert.equal(await w.field('password'), null, 'username only now');
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
  });
});

describe('focus on load', () => {
  it('a widget below 3,000 px of page neither takes focus nor scrolls the reader on load', async () => {
    const w = await e2e.open({ spacer: '3000' });
    assert.equal(await w.page.evaluate(() => document.activeElement?.tagName), 'BODY');
    assert.equal(await w.page.evaluate(() => window.scrollY), 0, 'the reader stays at the top');
    // Once the user acts, focus follows the sign-in.
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal(await w.page.evaluate(() => document.activeElement?.getAttribute('name')), 'code');
  });

  it('with `autofocus`, the first field is focused on load (and scrolled to)', async () => {
    const w = await e2e.open({ spacer: '3000', autofocus: '' });
    assert.equal(await w.page.evaluate(() => document.activeElement?.getAttribute('name')), 'username');
    assert.ok((await w.page.evaluate(() => window.scrollY)) > 2000, 'the page asked for it');
  });
});

describe('auth-step-change', () => {
  it('fires after the step is reflected, its form is in place and focus is on its first field', async () => {
    const w = await e2e.open();
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await w.enterCode(await w.code(PHONE));
    await w.expectSignedIn('sms@example.com');
    const changes = await w.events('auth-step-change');
    assert.deepEqual(
      changes.map((e) => [e.detail.previousStep, e.detail.step]),
      [
        [null, 'SIGN_IN'],
        ['SIGN_IN', 'CONFIRM_SIGN_IN_WITH_SMS_CODE'],
        ['CONFIRM_SIGN_IN_WITH_SMS_CODE', 'DONE'],
      ],
    );
    for (const { detail, at } of changes as any[]) {
      assert.equal(at.attribute, detail.step, 'step attribute reflected');
      assert.equal(at.property, detail.step, 'step property');
      assert.ok(at.form, `form of ${detail.step} in the DOM`);
      // The first screen leaves focus to the page; every screen the user moved to takes it.
      if (detail.previousStep) assert.ok(at.focusInForm, `focus in the form of ${detail.step}`);
    }
    assert.deepEqual(
      changes.map((e: any) => e.at.focused),
      ['body', 'code', 'h2'],
    );
    const order = (await w.events()).map((e) => e.type).filter((t) => t !== 'auth-error');
    assert.ok(
      order.lastIndexOf('auth-signed-in') < order.lastIndexOf('auth-step-change'),
      'auth-signed-in before DONE',
    );
  });

  it('fields are in the light DOM with the form markup of the README', async () => {
    const w = await e2e.open();
    const found = await w.page.evaluate(() => ({
      username: Boolean(document.querySelector('auth-sign-in input[name=username][autocomplete=username]')),
      password: Boolean(
        document.querySelector('auth-sign-in input[type=password][name=password][autocomplete=current-password]'),
      ),
      forgot: Boolean(document.querySelector('auth-sign-in button[data-action=forgot-password]')),
    }));
    assert.deepEqual(found, { username: true, password: true, forgot: true });
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.ok(await w.has('input[name=code][autocomplete=one-time-code][inputmode=numeric]'));
  });
});
