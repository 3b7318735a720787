/**
 * The pool matrix (test/pools/) through the real Amplify JS v6 client: usernames, aliases, case, existence errors,
 * the client's flows and first factors, as each pool file configures them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { confirmSignIn, fetchAuthSession, getCurrentUser, resetPassword, signIn, signUp } from 'aws-amplify/auth';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { errorOf, lastCode, outbox, poolPath, POOL_PASSWORD, useAmplifyServer } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let server: RunningCognitoServer;

async function idToken() {
  return (await fetchAuthSession()).tokens!.idToken!.payload;
}

describe('pool: Amplify Gen 2 default (email as username, existence errors prevented)', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('gen2-default') });

  it('runs the pool and client of the file', () => {
    assert.equal(server.poolId, 'us-east-1_Gen2Dflt');
    assert.equal(server.clientId, 'gen2defaultclient000000000');
  });

  it('signs in by email with SRP; the username is a UUID, the sub, in every token', async () => {
    const out = await signIn({ username: 'ada@example.com', password: POOL_PASSWORD });
    assert.equal(out.nextStep.signInStep, 'DONE');
    const { username, userId } = await getCurrentUser();
    assert.match(username, UUID);
    assert.equal(userId, username);
    const session = await fetchAuthSession();
    assert.equal(session.tokens!.idToken!.payload['cognito:username'], username);
    assert.equal(session.tokens!.accessToken.payload.username, username);
    assert.equal(session.tokens!.idToken!.payload.email, 'ada@example.com');
    assert.equal(session.tokens!.idToken!.payload.given_name, 'Ada');
  });

  it('case-insensitive: any capitalisation of an email signs in, whatever the capitalisation at sign-up', async () => {
    assert.equal((await signIn({ username: 'ADA@EXAMPLE.COM', password: POOL_PASSWORD })).isSignedIn, true);
    await (await import('aws-amplify/auth')).signOut();
    assert.equal((await signIn({ username: 'mixed.case@example.com', password: POOL_PASSWORD })).isSignedIn, true);
    assert.equal((await idToken()).email, 'Mixed.Case@Example.com');
  });

  it('an unknown user is "Incorrect username or password.", as a wrong password is', async () => {
    const unknown = await errorOf(signIn({ username: 'nobody@example.com', password: POOL_PASSWORD }));
    const wrong = await errorOf(signIn({ username: 'ada@example.com', password: 'Wr0ngPassw0rd!' }));
    assert.deepEqual([unknown.name, unknown.message], ['NotAuthorizedException', 'Incorrect username or password.']);
    assert.deepEqual([wrong.name, wrong.message], [unknown.name, unknown.message]);
  });

  it('forgot password for an unknown user answers as for a real one, and sends nothing', async () => {
    const unknown = await resetPassword({ username: 'nobody@example.com' });
    const real = await resetPassword({ username: 'ada@example.com' });
    assert.equal(unknown.nextStep.resetPasswordStep, real.nextStep.resetPasswordStep);
    assert.equal(unknown.nextStep.codeDeliveryDetails.deliveryMedium, 'EMAIL');
    assert.deepEqual(
      (await outbox(server)).map((entry) => entry.to),
      ['ada@example.com'],
    );
  });

  it('sign-up by email makes a UUID username; the same email again is UsernameExistsException', async () => {
    const out = await signUp({ username: 'new@example.com', password: POOL_PASSWORD });
    assert.match(out.userId!, UUID);
    assert.equal(out.nextStep.signUpStep, 'CONFIRM_SIGN_UP');
    const again = await errorOf(signUp({ username: 'NEW@example.com', password: POOL_PASSWORD }));
    assert.deepEqual(
      [again.name, again.message],
      ['UsernameExistsException', 'An account with the given email already exists.'],
    );
    const notEmail = await errorOf(signUp({ username: 'newbie', password: POOL_PASSWORD }));
    assert.deepEqual([notEmail.name, notEmail.message], ['InvalidParameterException', 'Username should be an email.']);
  });

  it('the client allows SRP, not USER_PASSWORD_AUTH', async () => {
    const err = await errorOf(
      signIn({ username: 'ada@example.com', password: POOL_PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } }),
    );
    assert.deepEqual(
      [err.name, err.message],
      ['InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client'],
    );
  });

  it('tokens live as the client says: 60 minutes', async () => {
    await signIn({ username: 'ada@example.com', password: POOL_PASSWORD });
    const payload = await idToken();
    assert.equal(payload.exp! - payload.iat!, 3600);
  });
});

describe('pool: legacy usernames with an email alias (case-sensitive, existence errors shown)', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('legacy-email-alias') });

  it('signs in by username, by verified email alias and by preferred_username; the username stays', async () => {
    for (const login of ['ada', 'ada@example.com', 'lovelace']) {
      assert.equal((await signIn({ username: login, password: POOL_PASSWORD })).isSignedIn, true, login);
      assert.equal((await getCurrentUser()).username, 'ada');
      await (await import('aws-amplify/auth')).signOut();
    }
  });

  it('an unverified email alias does not sign in; the username does', async () => {
    const err = await errorOf(signIn({ username: 'bob@example.com', password: POOL_PASSWORD }));
    assert.equal(err.name, 'UserNotFoundException');
    assert.equal((await signIn({ username: 'bob', password: POOL_PASSWORD })).isSignedIn, true);
  });

  it('case-sensitive: ADA is another user', async () => {
    assert.equal((await errorOf(signIn({ username: 'ADA', password: POOL_PASSWORD }))).name, 'UserNotFoundException');
  });

  it('a username may not look like an email when email is an alias', async () => {
    const err = await errorOf(signUp({ username: 'carol@example.com', password: POOL_PASSWORD }));
    assert.equal(err.message, 'Username cannot be of email format, since user pool is configured for email alias.');
  });

  it('the client allows USER_PASSWORD_AUTH', async () => {
    const out = await signIn({
      username: 'ada',
      password: POOL_PASSWORD,
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    assert.equal(out.isSignedIn, true);
  });
});

describe('pool: phone number as username', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('phone-username') });

  it('signs in by phone number; sign-up confirms by SMS; a reset code goes to the verified email', async () => {
    assert.equal((await signIn({ username: '+15555550123', password: POOL_PASSWORD })).isSignedIn, true);
    assert.match((await getCurrentUser()).username, UUID);
    await (await import('aws-amplify/auth')).signOut();
    const out = await signUp({ username: '+15555550177', password: POOL_PASSWORD });
    assert.equal(out.nextStep.signUpStep, 'CONFIRM_SIGN_UP');
    assert.equal((out.nextStep as any).codeDeliveryDetails.deliveryMedium, 'SMS');
    assert.ok(await lastCode(server, '+15555550177'));
    const reset = await resetPassword({ username: '+15555550123' });
    assert.equal(reset.nextStep.codeDeliveryDetails.deliveryMedium, 'EMAIL');
    assert.ok(await lastCode(server, 'pat@example.com'));
  });
});

describe('pool: USER_AUTH with first factors limited to email OTP and passkeys', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('user-auth-passwordless') });

  it('offers only what the pool allows and the user has; the email code signs in', async () => {
    let out = await signIn({ username: 'otp@example.com', options: { authFlowType: 'USER_AUTH' } });
    assert.equal(out.nextStep.signInStep, 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    assert.deepEqual((out.nextStep as any).availableChallenges, ['EMAIL_OTP']);
    out = await confirmSignIn({ challengeResponse: 'EMAIL_OTP' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    assert.equal(
      (await confirmSignIn({ challengeResponse: await lastCode(server, 'otp@example.com') })).isSignedIn,
      true,
    );
  });

  it('an unknown user is offered the pool’s factors and told a code was sent; none was, none matches', async () => {
    let out = await signIn({ username: 'nobody@example.com', options: { authFlowType: 'USER_AUTH' } });
    assert.deepEqual((out.nextStep as any).availableChallenges, ['EMAIL_OTP', 'WEB_AUTHN']);
    out = await confirmSignIn({ challengeResponse: 'EMAIL_OTP' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    assert.deepEqual(await outbox(server), []);
    assert.equal((await errorOf(confirmSignIn({ challengeResponse: '123456' }))).name, 'CodeMismatchException');
  });

  it('SRP is not a flow this client allows', async () => {
    const err = await errorOf(signIn({ username: 'otp@example.com', password: POOL_PASSWORD }));
    assert.deepEqual(
      [err.name, err.message],
      ['InvalidParameterException', 'USER_SRP_AUTH flow not enabled for this client'],
    );
  });
});

describe('pool: a client that allows only USER_PASSWORD_AUTH', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('client-password-only') });

  it('USER_PASSWORD_AUTH signs in; SRP and USER_AUTH are refused', async () => {
    const srp = await errorOf(signIn({ username: 'ada@example.com', password: POOL_PASSWORD }));
    assert.equal(srp.message, 'USER_SRP_AUTH flow not enabled for this client');
    const choice = await errorOf(
      signIn({
        username: 'ada@example.com',
        password: POOL_PASSWORD,
        options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD' },
      }),
    );
    assert.equal(choice.message, 'USER_AUTH flow not enabled for this client');
    const out = await signIn({
      username: 'ada@example.com',
      password: POOL_PASSWORD,
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    assert.equal(out.isSignedIn, true);
  });
});
