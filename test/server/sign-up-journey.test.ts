/**
 * What the sign-up journey needs of the server beyond SignUp/ConfirmSignUp: a pool that refuses sign-up,
 * passwordless sign-up, confirmation by link on the hosted UI, and verifying a signed-in user's email or phone
 * (GetUserAttributeVerificationCode / VerifyUserAttribute, and UpdateUserAttributes un-verifying a change).
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  confirmUserAttribute,
  fetchUserAttributes,
  sendUserAttributeVerificationCode,
  signIn,
  signOut,
  updateUserAttributes,
} from 'aws-amplify/auth';

import {
  startCognitoServer,
  type PoolFile,
  type RunningCognitoServer,
} from '../../packages/local-cognito/src/index.js';
import {
  PASSWORD,
  call,
  errorOf,
  lastCode,
  outbox,
  poolFile,
  reset,
  useAmplifyServer,
  type CallResult,
} from './helpers.js';
import { https } from './oauth-client.js';
import { Admin } from '../support/admin.js';

const NEW_PASSWORD = 'N3wPassw0rd!';

/** A pool file of the matrix with `change` applied to its UserPool. */
function poolWith(name: Parameters<typeof poolFile>[0], change: (pool: Record<string, any>) => void): PoolFile {
  const file = poolFile(name);
  change(file.UserPool as Record<string, any>);
  return file;
}

function startPool(file: PoolFile): Promise<RunningCognitoServer> {
  return startCognitoServer({ port: 0, pool: file });
}

const clientOf = (file: PoolFile) => String((file.UserPoolClient as Record<string, unknown>).ClientId);

function assertError(result: CallResult, type: string, message?: RegExp): void {
  assert.equal(result.status, 400, JSON.stringify(result.body));
  assert.equal(result.body.__type, type);
  if (message) assert.match(result.body.message, message);
}

describe('SignUp as the pool allows it', () => {
  it('AllowAdminCreateUserOnly refuses SignUp with the message Cognito gives', async () => {
    const file = poolWith('gen2-default', (pool) => (pool.AdminCreateUserConfig.AllowAdminCreateUserOnly = true));
    const server = await startPool(file);
    try {
      const result = await call(server, 'SignUp', {
        ClientId: clientOf(file),
        Username: 'dora@example.com',
        Password: NEW_PASSWORD,
      });
      assertError(result, 'NotAuthorizedException', /^SignUp is not permitted for this user pool$/);
    } finally {
      await server.close();
    }
  });

  describe('with no password', () => {
    let passwordless: RunningCognitoServer;
    let passwordOnly: RunningCognitoServer;
    const passwordlessFile = poolFile('user-auth-passwordless');
    const passwordOnlyFile = poolFile('gen2-default');
    before(async () => {
      [passwordless, passwordOnly] = await Promise.all([startPool(passwordlessFile), startPool(passwordOnlyFile)]);
    });
    after(() => Promise.all([passwordless.close(), passwordOnly.close()]));

    it('creates the user where email one-time passwords sign in, and the code sign-in follows', async () => {
      const clientId = clientOf(passwordlessFile);
      const signedUp = await call(passwordless, 'SignUp', {
        ClientId: clientId,
        Username: 'dora@example.com',
        UserAttributes: [{ Name: 'email', Value: 'dora@example.com' }],
      });
      assert.equal(signedUp.status, 200, JSON.stringify(signedUp.body));
      const code = await lastCode(passwordless, 'dora@example.com');
      const confirmed = await call(passwordless, 'ConfirmSignUp', {
        ClientId: clientId,
        Username: 'dora@example.com',
        ConfirmationCode: code,
      });
      assert.equal(confirmed.status, 200);
      const tokens = await call(passwordless, 'InitiateAuth', {
        ClientId: clientId,
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: 'dora@example.com' },
        Session: confirmed.body.Session,
      });
      assert.ok(tokens.body.AuthenticationResult?.AccessToken, JSON.stringify(tokens.body));
    });

    it('refuses it where only passwords sign in', async () => {
      const result = await call(passwordOnly, 'SignUp', {
        ClientId: clientOf(passwordOnlyFile),
        Username: 'dora@example.com',
        UserAttributes: [{ Name: 'email', Value: 'dora@example.com' }],
      });
      assertError(result, 'InvalidParameterException', /Password/);
    });
  });
});

describe('confirmation by link (DefaultEmailOption CONFIRM_WITH_LINK)', () => {
  const file = poolWith('gen2-default', (pool) => {
    pool.VerificationMessageTemplate = { DefaultEmailOption: 'CONFIRM_WITH_LINK' };
  });
  let server: RunningCognitoServer;
  before(async () => (server = await startPool(file)));
  after(() => server.close());
  afterEach(() => reset(server));

  async function statusOf(username: string): Promise<string | undefined> {
    return (await new Admin(server.url, server.poolId).user(username)).status;
  }

  async function signUpDora() {
    const result = await call(server, 'SignUp', {
      ClientId: clientOf(file),
      Username: 'dora@example.com',
      Password: NEW_PASSWORD,
    });
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const sent = (await outbox(server)).filter((entry) => entry.to === 'dora@example.com');
    assert.equal(sent.length, 1);
    assert.ok(sent[0].link, 'the email holds a link');
    return { result, link: new URL(sent[0].link) };
  }

  it('puts a /confirmUser link on the hosted UI in the email; opening it confirms the user', async () => {
    const { result, link } = await signUpDora();
    assert.equal(link.host, server.oauthDomain);
    assert.equal(link.pathname, '/confirmUser');
    assert.equal(link.searchParams.get('client_id'), clientOf(file));
    assert.equal(link.searchParams.get('user_name'), result.body.UserSub);
    assert.equal(await statusOf(result.body.UserSub), 'UNCONFIRMED');

    const page = await https(server, 'GET', link.pathname + link.search);
    assert.equal(page.status, 200);
    assert.match(page.text, /Your registration has been confirmed!/);
    assert.equal(await statusOf(result.body.UserSub), 'CONFIRMED');
    const { attributes } = await new Admin(server.url, server.poolId).user(result.body.UserSub);
    assert.equal(attributes.email_verified, 'true');
  });

  it('a link with a wrong code or opened twice says why on an error page', async () => {
    const { link } = await signUpDora();
    const wrong = new URL(link);
    wrong.searchParams.set('confirmation_code', link.searchParams.get('confirmation_code') === '000000' ? '1' : '0');
    const mismatch = await https(server, 'GET', wrong.pathname + wrong.search);
    assert.equal(mismatch.status, 400);
    assert.match(mismatch.text, /role="alert">Invalid verification code/);
    assert.equal((await https(server, 'GET', link.pathname + link.search)).status, 200);
    const again = await https(server, 'GET', link.pathname + link.search);
    assert.equal(again.status, 400);
    assert.match(again.text, /Current status is CONFIRMED/);
  });
});

describe('verifying a signed-in user’s email (Amplify)', () => {
  let server: RunningCognitoServer;
  useAmplifyServer((started) => (server = started));

  /** alice with her email un-verified, signed in. */
  async function signInUnverified(): Promise<void> {
    await new Admin(server.url, server.poolId).setAttributes('alice@example.com', { email_verified: 'false' });
    const out = await signIn({ username: 'alice@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'DONE');
  }

  it('sendUserAttributeVerificationCode → confirmUserAttribute flips email_verified to true', async () => {
    await signInUnverified();
    assert.equal((await fetchUserAttributes()).email_verified, 'false');
    const sent = await sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
    assert.deepEqual(sent, { destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' });
    const wrong = await errorOf(confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: '000000x' }));
    assert.equal(wrong.name, 'CodeMismatchException');
    assert.equal((await fetchUserAttributes()).email_verified, 'false');
    const code = await lastCode(server, 'alice@example.com');
    await confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code });
    assert.equal((await fetchUserAttributes()).email_verified, 'true');
    await signOut();
  });

  it('an attribute that is no email or phone number cannot be verified', async () => {
    await signInUnverified();
    const error = await errorOf(sendUserAttributeVerificationCode({ userAttributeKey: 'name' as 'email' }));
    assert.equal(error.name, 'InvalidParameterException');
    await signOut();
  });

  it('a changed email is un-verified and gets a code (auto-verified pool)', async () => {
    const out = await signIn({ username: 'alice@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'DONE');
    const updated = await updateUserAttributes({ userAttributes: { email: 'alice.new@example.com' } });
    assert.equal(updated.email.nextStep.updateAttributeStep, 'CONFIRM_ATTRIBUTE_WITH_CODE');
    assert.equal((await fetchUserAttributes()).email_verified, 'false');
    const code = await lastCode(server, 'alice.new@example.com');
    await confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code });
    assert.equal((await fetchUserAttributes()).email_verified, 'true');
    await signOut();
  });
});
