/**
 * Rules Cognito applies whatever the pool: the lockout after failed passwords and MFA codes, the API model's
 * password constraints, code lifetimes and wrong-code limits, and SignUp's Session. Raw calls on the demo pool.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startCognitoServer, type RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { CLIENT_ID } from '../../packages/local-cognito/src/seed.js';
import { PASSWORD, PHONE, advanceClock, call, lastCode, otherCode, reset } from './helpers.js';

let server: RunningCognitoServer;

const passwordAuth = (username: string, password = PASSWORD) =>
  call(server, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });

async function failPasswords(times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const r = await passwordAuth('alice@example.com', 'Wrong0rd!');
    assert.equal(r.body.message, 'Incorrect username or password.', `attempt ${i + 1}`);
  }
}

async function attemptsExceeded(): Promise<boolean> {
  const r = await passwordAuth('alice@example.com');
  if (r.status === 200) return false;
  assert.equal(r.body.message, 'Password attempts exceeded');
  return true;
}

describe('Cognito rules', () => {
  before(async () => {
    server = await startCognitoServer({ port: 0 });
  });
  after(() => server.close());
  afterEach(() => reset(server));

  it('lockout: five failures lock for 1 s, each further one doubles it; attempts meanwhile do not count', async () => {
    await failPasswords(5);
    assert.equal(await attemptsExceeded(), true, 'locked for 2^0 s');
    await advanceClock(server, 1000);
    await failPasswords(1);
    assert.equal(await attemptsExceeded(), true);
    await advanceClock(server, 1000);
    assert.equal(await attemptsExceeded(), true, 'the sixth failure locks for 2^1 s');
    await advanceClock(server, 1000);
    assert.equal(await attemptsExceeded(), false, 'a sign-in after the lockout succeeds and resets the count');
    await failPasswords(4);
    assert.equal(await attemptsExceeded(), false, 'the count started again');
  });

  it('lockout: at most about 15 minutes; 15 quiet minutes reset the count', async () => {
    for (let i = 0; i < 15; i++) {
      await advanceClock(server, 15 * 60_000 - 1000);
      await failPasswords(1);
    }
    await advanceClock(server, 15 * 60_000 - 1000);
    // n = 15 would be 2^10 s: the lockout is capped at 15 minutes, so 14:59 in it is still locked …
    assert.equal(await attemptsExceeded(), true);
    // … but 15 minutes after the last failure the count is back at 0: one failure does not lock.
    await advanceClock(server, 1000);
    await failPasswords(1);
    assert.equal(await attemptsExceeded(), false);
  });

  it('lockout: five wrong MFA codes start it too', async () => {
    const smsSignIn = () =>
      call(server, 'InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: CLIENT_ID,
        AuthParameters: { USERNAME: 'sms@example.com', PASSWORD },
      });
    const wrong = async (session: string) =>
      call(server, 'RespondToAuthChallenge', {
        ChallengeName: 'SMS_MFA',
        ClientId: CLIENT_ID,
        Session: session,
        ChallengeResponses: { USERNAME: 'sms@example.com', SMS_MFA_CODE: otherCode(await lastCode(server, PHONE)) },
      });
    let session = (await smsSignIn()).body.Session;
    for (let i = 0; i < 3; i++) await wrong(session);
    session = (await smsSignIn()).body.Session;
    assert.equal((await wrong(session)).body.__type, 'CodeMismatchException');
    assert.equal((await wrong(session)).body.__type, 'CodeMismatchException', 'the fifth wrong code');
    const locked = await smsSignIn();
    assert.equal(locked.body.message, 'Password attempts exceeded');
  });

  it('a password breaking the API model is InvalidParameterException, the pool policy InvalidPasswordException', async () => {
    const signUp = (Password: string) =>
      call(server, 'SignUp', { ClientId: CLIENT_ID, Username: 'bob@example.com', Password });
    let r = await signUp(`Aa1!${'x'.repeat(253)}`);
    assert.equal(r.body.__type, 'InvalidParameterException');
    assert.equal(
      r.body.message,
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 256",
    );
    r = await signUp('        ');
    assert.equal(r.body.__type, 'InvalidParameterException');
    assert.match(r.body.message, /Member must satisfy regular expression pattern: \[\\S\]\+$/);
    r = await signUp('Sh0rt!');
    assert.equal(r.body.__type, 'InvalidPasswordException');
    assert.equal(r.body.message, 'Password did not conform with policy: Password not long enough');
    r = await signUp('n0uppercase!');
    assert.equal(r.body.message, 'Password did not conform with policy: Password must have uppercase characters');
  });

  it('a reset code takes five wrong tries, then LimitExceededException until a new code is sent', async () => {
    const confirm = (ConfirmationCode: string) =>
      call(server, 'ConfirmForgotPassword', {
        ClientId: CLIENT_ID,
        Username: 'alice@example.com',
        ConfirmationCode,
        Password: 'N3wPassw0rd!',
      });
    await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'alice@example.com' });
    const code = await lastCode(server, 'alice@example.com');
    for (let i = 0; i < 5; i++) assert.equal((await confirm(otherCode(code))).body.__type, 'CodeMismatchException');
    assert.equal((await confirm(code)).body.__type, 'LimitExceededException');
    await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'alice@example.com' });
    assert.equal((await confirm(await lastCode(server, 'alice@example.com'))).status, 200);
  });

  it('a reset code is still good after 59 minutes, a confirmation code after 23 hours', async () => {
    await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'alice@example.com' });
    await call(server, 'ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'unconfirmed@example.com' });
    const reset = await lastCode(server, 'alice@example.com');
    await advanceClock(server, 59 * 60_000);
    const r = await call(server, 'ConfirmForgotPassword', {
      ClientId: CLIENT_ID,
      Username: 'alice@example.com',
      ConfirmationCode: reset,
      Password: 'N3wPassw0rd!',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    await advanceClock(server, 22 * 3600_000);
    const confirmed = await call(server, 'ConfirmSignUp', {
      ClientId: CLIENT_ID,
      Username: 'unconfirmed@example.com',
      ConfirmationCode: await lastCode(server, 'unconfirmed@example.com'),
    });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  });

  it("SignUp's Session gives no tokens to a user who has not confirmed", async () => {
    const signedUp = await call(server, 'SignUp', {
      ClientId: CLIENT_ID,
      Username: 'carol@example.com',
      Password: 'C4rolPassw0rd!',
    });
    assert.ok(signedUp.body.Session);
    const r = await call(server, 'InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: CLIENT_ID,
      Session: signedUp.body.Session,
      AuthParameters: { USERNAME: 'carol@example.com' },
    });
    assert.equal(r.body.AuthenticationResult, undefined);
    assert.equal(r.body.__type, 'UserNotConfirmedException');
  });
});
