/**
 * `GET /_request-log`: every Cognito operation received, with the username and the `ClientMetadata` as sent, for
 * tests that assert what a page's hooks and `client-metadata` made Amplify send. And `ClientMetadata` taken as
 * Cognito takes it: a map of strings.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { confirmResetPassword, confirmSignUp, resendSignUpCode, resetPassword, signIn, signUp } from 'aws-amplify/auth';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { CLIENT_ID } from '../../packages/local-cognito/src/seed.js';
import { PASSWORD, call, lastCode, reset, useAmplifyServer } from './helpers.js';

interface Received {
  operation: string;
  username?: string;
  clientMetadata?: Record<string, string>;
}

async function requestLog(server: RunningCognitoServer): Promise<Received[]> {
  const res = await fetch(`${server.url}_request-log`);
  assert.equal(res.status, 200);
  return (await res.json()) as Received[];
}

const META = { site: 'shop', campaign: 'winter' };

describe('the request log', () => {
  let server: RunningCognitoServer;
  useAmplifyServer((s) => (server = s));

  it('an SRP sign-in: InitiateAuth and its challenge answer, each with the username and ClientMetadata sent', async () => {
    await reset(server);
    const result = await signIn({
      username: 'alice@example.com',
      password: PASSWORD,
      options: { authFlowType: 'USER_SRP_AUTH', clientMetadata: META },
    });
    assert.equal(result.isSignedIn, true);
    const log = await requestLog(server);
    assert.deepEqual(log.slice(0, 2), [
      { operation: 'InitiateAuth', username: 'alice@example.com', clientMetadata: META },
      { operation: 'RespondToAuthChallenge', username: 'alice@example.com', clientMetadata: META },
    ]);
  });

  it('sign-up, a new code, its confirmation, and a password reset: each with Username and ClientMetadata', async () => {
    await reset(server);
    const username = 'dana@example.com';
    await signUp({
      username,
      password: PASSWORD,
      options: { userAttributes: { email: username }, clientMetadata: META },
    });
    await resendSignUpCode({ username, options: { clientMetadata: { resend: 'yes' } } });
    const code = await lastCode(server, username);
    await confirmSignUp({ username, confirmationCode: code, options: { clientMetadata: META } });
    await resetPassword({ username, options: { clientMetadata: { reset: 'asked' } } });
    const resetCode = await lastCode(server, username);
    await confirmResetPassword({
      username,
      confirmationCode: resetCode,
      newPassword: 'N3wPassw0rd!',
      options: { clientMetadata: { reset: 'done' } },
    });
    assert.deepEqual(await requestLog(server), [
      { operation: 'SignUp', username, clientMetadata: META },
      { operation: 'ResendConfirmationCode', username, clientMetadata: { resend: 'yes' } },
      { operation: 'ConfirmSignUp', username, clientMetadata: META },
      { operation: 'ForgotPassword', username, clientMetadata: { reset: 'asked' } },
      { operation: 'ConfirmForgotPassword', username, clientMetadata: { reset: 'done' } },
    ]);
  });

  it('a request without them is logged without them; a reset empties the log', async () => {
    await reset(server);
    await call(server, 'GetUser', { AccessToken: 'x' });
    assert.deepEqual(await requestLog(server), [{ operation: 'GetUser' }]);
    await reset(server);
    assert.deepEqual(await requestLog(server), []);
  });

  it('ClientMetadata that is not a map of strings is refused as Cognito refuses it, and logged without it', async () => {
    await reset(server);
    for (const ClientMetadata of [{ n: 1 }, ['a'], 'text']) {
      const r = await call(server, 'InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: CLIENT_ID,
        AuthParameters: { USERNAME: 'alice@example.com', PASSWORD: PASSWORD },
        ClientMetadata,
      });
      assert.equal(r.status, 400, JSON.stringify(ClientMetadata));
      assert.equal(r.body.__type, 'SerializationException');
    }
    const log = await requestLog(server);
    assert.equal(log.length, 3);
    assert.ok(log.every((entry) => entry.username === 'alice@example.com' && !('clientMetadata' in entry)));
  });
});
