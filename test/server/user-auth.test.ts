/** USER_AUTH (choice-based sign-in) through the real Amplify JS v6 client. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { confirmSignIn, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { CLIENT_ID } from '../../packages/local-cognito/src/seed.js';
import { PASSWORD, PHONE, call, lastCode, useAmplifyServer, otherCode } from './helpers.js';

let server: RunningCognitoServer;

async function errorOf(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  assert.fail('expected an error');
}

describe('USER_AUTH', () => {
  useAmplifyServer((started) => (server = started));

  it('without preference: SELECT_CHALLENGE with the user’s factors, then EMAIL_OTP', async () => {
    let out = await signIn({ username: 'passwordless@example.com', options: { authFlowType: 'USER_AUTH' } });
    assert.equal(out.nextStep.signInStep, 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    assert.deepEqual((out.nextStep as any).availableChallenges, ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP']);
    out = await confirmSignIn({ challengeResponse: 'EMAIL_OTP' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    assert.deepEqual((out.nextStep as any).codeDeliveryDetails, { deliveryMedium: 'EMAIL', destination: 'p***@e***' });
    const code = await lastCode(server, 'passwordless@example.com');
    assert.match(code, /^\d{8}$/, 'a passwordless code has 8 digits, as Cognito sends it');
    assert.equal((await errorOf(confirmSignIn({ challengeResponse: otherCode(code) }))).name, 'CodeMismatchException');
    assert.equal((await confirmSignIn({ challengeResponse: code })).isSignedIn, true);
    assert.equal((await getCurrentUser()).username, 'passwordless@example.com');
  });

  it('SELECT_CHALLENGE then SMS_OTP', async () => {
    await signIn({ username: 'passwordless@example.com', options: { authFlowType: 'USER_AUTH' } });
    const out = await confirmSignIn({ challengeResponse: 'SMS_OTP' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.deepEqual((out.nextStep as any).codeDeliveryDetails, { deliveryMedium: 'SMS', destination: '+*******0100' });
    const code = await lastCode(server, PHONE);
    assert.match(code, /^\d{8}$/, 'a passwordless code has 8 digits, as Cognito sends it');
    assert.equal((await confirmSignIn({ challengeResponse: code })).isSignedIn, true);
  });

  it('preferred EMAIL_OTP and SMS_OTP go straight to the code', async () => {
    let out = await signIn({
      username: 'passwordless@example.com',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
    });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    assert.equal(
      (await confirmSignIn({ challengeResponse: await lastCode(server, 'passwordless@example.com') })).isSignedIn,
      true,
    );
    await signOut();
    out = await signIn({
      username: 'passwordless@example.com',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'SMS_OTP' },
    });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal((await confirmSignIn({ challengeResponse: await lastCode(server, PHONE) })).isSignedIn, true);
  });

  it('preferred PASSWORD and PASSWORD_SRP sign in; a wrong password fails', async () => {
    let out = await signIn({
      username: 'alice@example.com',
      password: PASSWORD,
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD' },
    });
    assert.equal(out.isSignedIn, true);
    await signOut();
    out = await signIn({
      username: 'alice@example.com',
      password: PASSWORD,
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' },
    });
    assert.equal(out.isSignedIn, true);
    await signOut();
    const err = await errorOf(
      signIn({
        username: 'alice@example.com',
        password: 'Wrong0rd!',
        options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' },
      }),
    );
    assert.equal(err.name, 'NotAuthorizedException');
  });

  it('SELECT_CHALLENGE then PASSWORD / PASSWORD_SRP', async () => {
    let out = await signIn({ username: 'alice@example.com', options: { authFlowType: 'USER_AUTH' } });
    out = await confirmSignIn({ challengeResponse: 'PASSWORD' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_PASSWORD');
    assert.equal((await confirmSignIn({ challengeResponse: PASSWORD })).isSignedIn, true);
    await signOut();
    out = await signIn({ username: 'alice@example.com', options: { authFlowType: 'USER_AUTH' } });
    out = await confirmSignIn({ challengeResponse: 'PASSWORD_SRP' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_PASSWORD');
    assert.equal((await confirmSignIn({ challengeResponse: PASSWORD })).isSignedIn, true);
  });

  it('MFA still applies after the password step', async () => {
    const out = await signIn({
      username: 'sms@example.com',
      password: PASSWORD,
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' },
    });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const code = await lastCode(server, PHONE);
    assert.match(code, /^\d{6}$/, 'an SMS MFA code has 6 digits');
    assert.equal((await confirmSignIn({ challengeResponse: code })).isSignedIn, true);
  });

  it('a preference the user cannot use falls back to SELECT_CHALLENGE (raw)', async () => {
    const r = await call(server, 'InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: 'alice@example.com', PREFERRED_CHALLENGE: 'WEB_AUTHN' },
    });
    assert.equal(r.body.ChallengeName, 'SELECT_CHALLENGE');
    assert.deepEqual(r.body.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP']);
    assert.ok(r.body.Session);
    const bad = await call(server, 'RespondToAuthChallenge', {
      ChallengeName: 'SELECT_CHALLENGE',
      ClientId: CLIENT_ID,
      Session: r.body.Session,
      ChallengeResponses: { USERNAME: 'alice@example.com', ANSWER: 'SMS_OTP' },
    });
    assert.equal(bad.body.__type, 'InvalidParameterException');
  });
});
