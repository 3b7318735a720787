/**
 * Creating an account, as a person does it in Chromium with the real aws-amplify against the local server set up
 * like each kind of pool: "Create account" → SIGN_UP → the code (or the link) → signed in by Amplify's auto
 * sign-in, the fields each pool asks for, errors at their fields with nothing typed lost, a pool that refuses
 * sign-up, a passwordless pool, MFA after sign-up, verifying an unverified email after sign-in, and a reload.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { PoolFile } from '../../packages/local-cognito/src/index.js';
import { Admin } from '../support/admin.js';
import { poolFile } from '../support/pools.js';
import { totpCode, useE2E, type PageOptions, type Widget } from './harness.js';

const e2e = useE2E();
const PASSWORD = 'N3wPassw0rd!';
const EMAIL = 'dora@example.com';

/** An amplify_outputs.json of a Gen 2 pool; the server is started from it and the widget configured with it. */
function outputs(auth: Record<string, unknown> = {}) {
  return {
    version: '1.4',
    auth: {
      aws_region: 'us-east-1',
      user_pool_id: 'us-east-1_SignUpE2E',
      user_pool_client_id: 'signupe2eclient00000000000',
      username_attributes: ['email'],
      standard_required_attributes: ['email'],
      user_verification_types: ['email'],
      password_policy: { min_length: 8, require_numbers: true, require_lowercase: true },
      mfa_configuration: 'NONE',
      ...auth,
    },
  };
}

/** Starts the server from `config` and opens the widget configured with it. */
async function openWith(config: ReturnType<typeof outputs>, options: PageOptions = {}): Promise<Widget> {
  await e2e.usePool({ outputs: config });
  return e2e.open({ config: JSON.stringify(config), ...options });
}

/** The stored attributes of the user `username` names (email or username). */
async function attributesOf(username: string): Promise<Record<string, string>> {
  return (await admin().user(username)).attributes;
}

const admin = () => new Admin(e2e.cognito.url, e2e.cognito.poolId);

async function stepsSeen(w: Widget): Promise<string[]> {
  return (await w.events('auth-step-change')).map((event) => event.detail.step);
}

/** From SIGN_IN's "Create account" to SIGN_UP. */
async function goToSignUp(w: Widget): Promise<void> {
  await w.waitForStep('SIGN_IN');
  await w.action('sign-up');
  await w.waitForStep('SIGN_UP');
}

async function typePassword(w: Widget, password = PASSWORD): Promise<void> {
  await w.type('newPassword', password);
  await w.type('confirmPassword', password);
}

describe('sign-up on an email pool', () => {
  it('email → code → signed in by auto sign-in, the password typed once; auth-signed-up then auth-signed-in', async () => {
    const w = await openWith(outputs());
    await goToSignUp(w);
    assert.ok(await w.has('input[type=email][name=email][autocomplete=username]'), 'the identifier is an email field');
    assert.equal(await w.text('.auth-rules p'), 'Your password must have:', 'the rules show before typing');
    await w.type('email', EMAIL);
    await typePassword(w);
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_UP');
    assert.match(await w.text('form'), /d\*\*\*@e\*\*\*/);
    const [signedUp] = await w.waitForEvent('auth-signed-up');
    assert.equal(signedUp.detail.loginId, EMAIL);
    assert.equal(signedUp.detail.confirmed, false);
    assert.match(signedUp.detail.userId, /^[0-9a-f-]{36}$/);
    assert.ok(!JSON.stringify(signedUp.detail).includes(PASSWORD), 'no password in auth-signed-up');

    const code = await e2e.latestCode(EMAIL);
    await w.enterCode(code);
    await w.expectSignedIn(EMAIL, [PASSWORD, code]);
    assert.deepEqual(await stepsSeen(w), ['SIGN_IN', 'SIGN_UP', 'CONFIRM_SIGN_UP', 'DONE'], 'no second password entry');
    const order = (await w.events()).map((event) => event.type).filter((type) => type.startsWith('auth-signed'));
    assert.deepEqual(order, ['auth-signed-up', 'auth-signed-in']);
    assert.equal((await attributesOf(EMAIL)).email_verified, 'true');
  });

  it('"Already have an account? Sign in" goes back; hide-sign-up shows no "Create account"', async () => {
    const w = await openWith(outputs());
    await goToSignUp(w);
    await w.action('back-to-sign-in');
    await w.waitForStep('SIGN_IN');
    const hidden = await e2e.open({ config: JSON.stringify(outputs()), 'hide-sign-up': '' });
    await hidden.waitForStep('SIGN_IN');
    assert.equal(await hidden.has('[data-action=sign-up]'), false);
  });

  it('initial-step="SIGN_UP" opens on the sign-up form', async () => {
    const w = await openWith(outputs(), { 'initial-step': 'SIGN_UP' });
    await w.waitForStep('SIGN_UP');
    assert.ok(await w.has('input[name=email]'));
  });

  it('an email that has an account: the error at the email, a way to the password, everything typed kept', async () => {
    const config = outputs({ standard_required_attributes: ['email', 'name'] });
    await e2e.usePool({ outputs: config });
    await e2e.cognitoCall('SignUp', {
      ClientId: e2e.cognito.clientId,
      Username: EMAIL,
      Password: PASSWORD,
      UserAttributes: [{ Name: 'name', Value: 'Dora' }],
    });
    const w = await e2e.open({ config: JSON.stringify(config) });
    await goToSignUp(w);
    await w.type('email', EMAIL);
    await w.type('name', 'Dora Explorer');
    await typePassword(w);
    await w.submit();
    await w.idle();
    assert.equal(await w.step(), 'SIGN_UP');
    assert.match(await w.fieldError('email'), /already/i);
    assert.ok(await w.has('[data-action=forgot-password]'), 'a way to the forgotten password');
    assert.deepEqual(
      [await w.value('email'), await w.value('name'), await w.value('newPassword'), await w.value('confirmPassword')],
      [EMAIL, 'Dora Explorer', PASSWORD, PASSWORD],
    );
    await w.action('forgot-password');
    await w.waitForStep('RESET_PASSWORD');
    assert.equal(await w.value('username'), EMAIL);
  });

  it('a weak password: the error at the password, in the rule’s words, nothing typed lost', async () => {
    const w = await openWith(outputs());
    await goToSignUp(w);
    await w.type('email', EMAIL);
    await typePassword(w, 'nodigitshere');
    await w.submit();
    await w.idle();
    assert.equal(await w.step(), 'SIGN_UP');
    assert.match(await w.fieldError('newPassword'), /a digit from 0 to 9/i);
    assert.equal(await w.value('email'), EMAIL);
    assert.equal(await w.value('newPassword'), 'nodigitshere');
  });
});

describe('sign-up on a pool that requires a name and a phone number', () => {
  const config = outputs({ standard_required_attributes: ['email', 'name', 'phone_number'] });

  it('shows both fields and sends them, with the page’s own fields (a required terms box blocks the submit)', async () => {
    const w = await openWith(config, { 'sign-up-fields': '' });
    await goToSignUp(w);
    assert.ok(await w.has('input[name=name][autocomplete=name]'), 'a name field');
    assert.ok(await w.has('input[type=tel][name=phone_number][autocomplete=tel]'), 'a phone field');
    assert.ok(await w.has('form input[name="custom:company"]'), 'the page’s field is in the form');
    await w.type('email', EMAIL);
    await w.type('name', 'Dora Explorer');
    await w.type('phone_number', '+14255550100');
    await w.type('custom:company', 'Acme');
    await typePassword(w);
    await w.submit();
    // The terms box is required: the browser refuses the form, nothing is sent.
    await w.page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'terms');
    assert.equal(await w.step(), 'SIGN_UP');
    assert.ok(!(await e2e.requests()).includes('SignUp'), 'no SignUp while the terms box is not ticked');
    await w.page.click('auth-sign-in input[name=terms]');
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_UP');
    const stored = await attributesOf(EMAIL);
    assert.equal(stored.name, 'Dora Explorer');
    assert.equal(stored.phone_number, '+14255550100');
    assert.equal(stored['custom:company'], 'Acme');
    assert.equal(stored.terms, undefined, 'a name with no attribute meaning is not sent');
  });

  it('a phone number that is not E.164: a clear message at the phone field, everything typed kept', async () => {
    const w = await openWith(config);
    await goToSignUp(w);
    await w.type('email', EMAIL);
    await w.type('name', 'Dora Explorer');
    await w.type('phone_number', '425-555-0100');
    await typePassword(w);
    await w.submit();
    await w.idle();
    assert.equal(await w.step(), 'SIGN_UP');
    assert.match(await w.fieldError('phone_number'), /\+/);
    assert.deepEqual(
      [await w.value('email'), await w.value('name'), await w.value('phone_number'), await w.value('newPassword')],
      [EMAIL, 'Dora Explorer', '425-555-0100', PASSWORD],
    );
  });
});

describe('sign-up then MFA', () => {
  it('a pool that requires TOTP: sign-up → code → TOTP setup → DONE', async () => {
    const w = await openWith(outputs({ mfa_configuration: 'REQUIRED', mfa_methods: ['TOTP'] }));
    await goToSignUp(w);
    await w.type('email', EMAIL);
    await typePassword(w);
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_UP');
    await w.enterCode(await e2e.latestCode(EMAIL));
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
    const secret = await w.text('[data-totp-secret]');
    await w.enterCode(totpCode(secret.replace(/\s/g, '')));
    await w.expectSignedIn(EMAIL, [PASSWORD]);
    assert.ok(!(await stepsSeen(w)).slice(1).includes('SIGN_IN'), 'never back to SIGN_IN');
  });
});

describe('passwordless sign-up (USER_AUTH, email codes)', () => {
  it('no password asked; the code confirms and signs in', async () => {
    const config = outputs({ passwordless: { email_otp_enabled: true, preferred_challenge: 'EMAIL_OTP' } });
    const w = await openWith(config, { 'auth-flow-type': 'USER_AUTH', 'preferred-challenge': 'EMAIL_OTP' });
    await goToSignUp(w);
    assert.equal(await w.has('input[type=password]'), false, 'no password field');
    await w.type('email', EMAIL);
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_UP');
    await w.enterCode(await e2e.latestCode(EMAIL));
    await w.expectSignedIn(EMAIL);
  });
});

describe('sign-up confirmed by a link', () => {
  it('"Check your email", then the page goes on by itself once the link is opened', async () => {
    const file = poolFile('gen2-default') as PoolFile & { UserPool: Record<string, any> };
    file.UserPool.VerificationMessageTemplate = { DefaultEmailOption: 'CONFIRM_WITH_LINK' };
    await e2e.usePool({ pool: file });
    const config = {
      Auth: {
        Cognito: {
          userPoolId: e2e.cognito.poolId,
          userPoolClientId: e2e.cognito.clientId,
          userPoolEndpoint: e2e.cognito.url,
          loginWith: { email: true },
          signUpVerificationMethod: 'link',
          userAttributes: { email: { required: true } },
        },
      },
    };
    const w = await e2e.open({ config: JSON.stringify(config) });
    await goToSignUp(w);
    await w.type('email', EMAIL);
    await typePassword(w);
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_UP_WITH_LINK');
    assert.match(await w.text('form'), /d\*\*\*@e\*\*\*/);
    const [sent] = (await e2e.outbox()).filter((entry) => entry.to === EMAIL);
    assert.ok(sent?.link, 'the email holds a link');
    const tab = await w.page.browserContext().newPage();
    await tab.goto(sent.link);
    assert.match(await tab.$eval('h1', (h1) => h1.textContent ?? ''), /confirmed/);
    await tab.close();
    await w.page.bringToFront();
    // Amplify checks every 5 seconds whether the account is confirmed.
    await w.waitForStep('DONE', 20_000);
    await w.waitForEvent('auth-signed-in');
  });
});

describe('a pool where only administrators create users', () => {
  it('AllowAdminCreateUserOnly: "Create account" ends in a clear message, not a raw error', async () => {
    const file = poolFile('gen2-default') as PoolFile & { UserPool: Record<string, any> };
    file.UserPool.AdminCreateUserConfig.AllowAdminCreateUserOnly = true;
    await e2e.usePool({ pool: file });
    const w = await e2e.open({
      config: JSON.stringify(outputs({ user_pool_id: e2e.cognito.poolId, user_pool_client_id: e2e.cognito.clientId })),
    });
    await goToSignUp(w);
    await w.type('email', EMAIL);
    await typePassword(w);
    await w.submit();
    const alert = await w.waitForAlert();
    assert.doesNotMatch(alert, /SignUp is not permitted|NotAuthorizedException/, 'not the server’s words');
    assert.match(alert, /account/i);
    assert.equal(await w.step(), 'SIGN_UP');
  });
});

describe('VERIFY_CONTACT after sign-in', () => {
  it('a user whose email is not verified verifies it with a code, then DONE', async () => {
    const w = await openWith(outputs());
    await e2e.cognitoCall('SignUp', { ClientId: e2e.cognito.clientId, Username: EMAIL, Password: PASSWORD });
    await admin().confirmSignUp(EMAIL);
    assert.equal((await attributesOf(EMAIL)).email_verified, 'false');
    await w.signIn(EMAIL, PASSWORD);
    await w.waitForStep('VERIFY_CONTACT');
    assert.ok(await w.has('[data-action=skip]'));
    await w.choose('email');
    await w.waitForStep('VERIFY_CONTACT');
    await w.page.waitForSelector('auth-sign-in input[name=code]');
    await w.enterCode(await e2e.latestCode(EMAIL));
    await w.waitForStep('DONE');
    assert.equal((await attributesOf(EMAIL)).email_verified, 'true');
  });

  it('verify-contact="never" goes straight to DONE', async () => {
    const w = await openWith(outputs(), { 'verify-contact': 'never' });
    await e2e.cognitoCall('SignUp', { ClientId: e2e.cognito.clientId, Username: EMAIL, Password: PASSWORD });
    await admin().confirmSignUp(EMAIL);
    await w.signIn(EMAIL, PASSWORD);
    await w.expectSignedIn(EMAIL, [PASSWORD]);
    assert.ok(!(await stepsSeen(w)).includes('VERIFY_CONTACT'));
  });
});

describe('a reload during sign-up', () => {
  it('on CONFIRM_SIGN_UP: the step comes back; the code confirms and SIGN_IN has the email and a notice', async () => {
    const w = await openWith(outputs());
    await goToSignUp(w);
    await w.type('email', EMAIL);
    await typePassword(w);
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_UP');
    await w.page.reload();
    await w.ready();
    await w.waitForStep('CONFIRM_SIGN_UP');
    await w.enterCode(await e2e.latestCode(EMAIL));
    // Amplify's auto sign-in lived in the page before the reload: the person signs in, told the account is ready.
    await w.waitForStep('SIGN_IN');
    assert.equal(await w.value('username'), EMAIL);
    assert.notEqual(await w.text('.auth-notice'), '');
    assert.equal(await w.alertText(), '', 'never an error');
    await w.type('password', PASSWORD);
    await w.submit();
    await w.expectSignedIn(EMAIL, [PASSWORD]);
  });
});
