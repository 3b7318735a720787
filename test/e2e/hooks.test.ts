/**
 * The page's hooks before every call and `client-metadata`, in Chromium with the real aws-amplify against the local
 * server: what the hooks return is what Cognito receives, a refusal shows at its field and nothing is sent, and the
 * metadata reaches the server on sign-in, sign-up and password reset (read back from `GET /_request-log`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { PASSWORD, Widget, useE2E } from './harness.js';

const e2e = useE2E();
const NEW_PASSWORD = 'N3wPassw0rd!';

/** The operations received, as `operation username {metadata}` lines, without those `skip` names. */
async function received(skip: string[] = []): Promise<string[]> {
  return (await e2e.requestLog())
    .filter(({ operation }) => !skip.includes(operation))
    .map(
      ({ operation, username, clientMetadata }) =>
        `${operation} ${username ?? '-'} ${clientMetadata ? JSON.stringify(clientMetadata) : '-'}`,
    );
}

/**
 * Sets the widget's `hooks` to the object `source` evaluates to, as a page's script does (written as text: the
 * test runner's compiler would name the functions with a helper the page does not have).
 */
async function setHooks(w: Widget, source: string): Promise<void> {
  await w.page.evaluate(`document.querySelector('auth-sign-in').hooks = ${source};`);
}

/** What Amplify asks besides the calls under test (configuration, the signed-in user, devices). */
const AROUND = ['GetUser', 'ListDevices', 'GetTokensFromRefreshToken', 'ConfirmDevice'];

describe('hooks before every call', () => {
  it('beforeSignIn lowercasing the username: that is the username InitiateAuth receives', async () => {
    await e2e.usePool();
    const w = await e2e.open();
    await setHooks(
      w,
      `{ beforeSignIn: (step, values) => ({ ...values, username: values.username.trim().toLowerCase() }) }`,
    );
    await w.signIn('  Alice@Example.COM ', PASSWORD);
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
    const [initiate] = (await e2e.requestLog()).filter(({ operation }) => operation === 'InitiateAuth');
    assert.equal(initiate.username, 'alice@example.com');
  });

  it('a validate refusal shows at its field, nothing typed is lost, and no call is made', async () => {
    await e2e.usePool();
    const w = await e2e.open();
    await setHooks(
      w,
      `{
        validate: (step, values) => {
          if (values.username.endsWith('@mailinator.com')) throw { field: 'username', message: 'Use your work email.' };
          return values;
        },
      }`,
    );
    await w.signIn('someone@mailinator.com', PASSWORD);
    await w.page.waitForFunction(
      () => document.querySelector('auth-sign-in input[name=username]')?.getAttribute('aria-invalid') === 'true',
    );
    assert.equal(await w.fieldError('username'), 'Use your work email.');
    assert.equal(await w.step(), 'SIGN_IN');
    assert.equal(await w.value('username'), 'someone@mailinator.com');
    assert.equal(await w.value('password'), PASSWORD);
    assert.deepEqual(await received(AROUND), [], 'no call reached the server');
    const [error] = await w.events('auth-error');
    assert.deepEqual(error.detail, { step: 'SIGN_IN', name: 'InputRefused', message: 'Use your work email.' });
    // Still usable: another address goes through.
    await w.type('username', 'alice@example.com');
    await w.submit();
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
  });

  it('a hook that throws an error shows an alert, and the step stays usable', async () => {
    await e2e.usePool();
    const w = await e2e.open();
    await w.page.evaluate('window.hookCalls = 0');
    await setHooks(
      w,
      `{
        beforeSignIn: (step, values) => {
          if (window.hookCalls++ === 0) throw new Error('page bug');
          return values;
        },
      }`,
    );
    await w.signIn('alice@example.com', PASSWORD);
    assert.match(await w.waitForAlert(), /\S/);
    assert.equal(await w.step(), 'SIGN_IN');
    assert.equal(await w.value('password'), PASSWORD);
    assert.deepEqual(await received(AROUND), []);
    await w.submit();
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
  });
});

describe('client metadata reaches the server', () => {
  const META = { site: 'shop', plan: 'free' };

  async function open(): Promise<Widget> {
    await e2e.usePool();
    return e2e.open({ 'client-metadata': JSON.stringify(META) });
  }

  it('sign-in: InitiateAuth and the challenge answer carry the attribute, with what beforeSignIn added', async () => {
    const w = await open();
    await setHooks(w, `{ beforeSignIn: () => ({ clientMetadata: { entry: 'checkout' } }) }`);
    await w.signIn('alice@example.com', PASSWORD);
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
    const withHook = JSON.stringify({ ...META, entry: 'checkout' });
    assert.deepEqual((await received(AROUND)).slice(0, 2), [
      `InitiateAuth alice@example.com ${withHook}`,
      `RespondToAuthChallenge alice@example.com ${withHook}`,
    ]);
  });

  it('sign-up: SignUp, ConfirmSignUp and the auto sign-in carry it', async () => {
    // An email pool (amplify_outputs.json), so the code goes to the email signed up with.
    const outputs = {
      version: '1.4',
      auth: {
        aws_region: 'us-east-1',
        user_pool_id: 'us-east-1_HooksE2E',
        user_pool_client_id: 'hookse2eclient00000000000',
        username_attributes: ['email'],
        standard_required_attributes: ['email'],
        user_verification_types: ['email'],
        mfa_configuration: 'NONE',
      },
    };
    await e2e.usePool({ outputs });
    const w = await e2e.open({ config: JSON.stringify(outputs), 'client-metadata': JSON.stringify(META) });
    await w.waitForStep('SIGN_IN');
    await w.action('sign-up');
    await w.waitForStep('SIGN_UP');
    const email = 'erin@example.com';
    await w.type('email', email);
    await w.type('newPassword', NEW_PASSWORD);
    await w.type('confirmPassword', NEW_PASSWORD);
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_UP');
    await w.enterCode(await e2e.latestCode(email));
    await w.waitForStep('DONE');
    const meta = JSON.stringify(META);
    const [signUp, confirm, initiate, respond] = await received(AROUND);
    assert.match(signUp, new RegExp(`^SignUp \\S+ ${meta}$`));
    assert.match(confirm, new RegExp(`^ConfirmSignUp \\S+ ${meta}$`));
    assert.match(initiate, new RegExp(`^InitiateAuth \\S+ ${meta}$`));
    assert.match(respond, new RegExp(`^RespondToAuthChallenge \\S+ ${meta}$`));
  });

  it('password reset: ForgotPassword, ConfirmForgotPassword and the sign-in after it carry it', async () => {
    const w = await open();
    await w.waitForStep('SIGN_IN');
    await w.type('username', 'alice@example.com');
    await w.action('forgot-password');
    await w.waitForStep('RESET_PASSWORD');
    await w.submit();
    await w.waitForStep('CONFIRM_RESET_PASSWORD');
    const code = await w.code('alice@example.com');
    await w.type('code', code);
    await w.type('newPassword', NEW_PASSWORD);
    await w.type('confirmPassword', NEW_PASSWORD);
    await w.submit();
    await w.expectSignedIn('alice@example.com', [NEW_PASSWORD, code]);
    const meta = JSON.stringify(META);
    assert.deepEqual((await received(AROUND)).slice(0, 3), [
      `ForgotPassword alice@example.com ${meta}`,
      `ConfirmForgotPassword alice@example.com ${meta}`,
      `InitiateAuth alice@example.com ${meta}`,
    ]);
  });

  it('invalid JSON in the attribute: a console warning, and the widget signs in without metadata', async () => {
    await e2e.usePool();
    const context = await e2e.browser.createBrowserContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warn') warnings.push(message.text());
    });
    await page.goto(e2e.url({ 'client-metadata': '{site: shop}' }));
    const w = new Widget(page, e2e);
    await w.ready();
    await w.signIn('alice@example.com', PASSWORD);
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
    assert.ok(
      warnings.some((text) => /client-metadata is not valid JSON/.test(text)),
      `warned: ${warnings.join(' | ')}`,
    );
    assert.deepEqual((await received(AROUND)).slice(0, 1), ['InitiateAuth alice@example.com -']);
    await context.close();
  });
});
