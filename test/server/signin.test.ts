/** Every seeded sign-in scenario through the real Amplify JS v6 client. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { confirmSignIn, fetchAuthSession, fetchMFAPreference, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import {
  CUSTOM_ANSWER,
  CUSTOM_QUESTION,
  PASSWORD,
  PHONE,
  TEMP_PASSWORD,
  advanceClock,
  documented,
  lastCode,
  outbox,
  useAmplifyServer,
  totpCode,
  nextTotpCode,
  otherCode,
} from './helpers.js';

let server: RunningCognitoServer;

async function errorOf(p: Promise<unknown>): Promise<Error & { name: string }> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  assert.fail('expected an error');
}

async function assertSignedIn(username: string) {
  const user = await getCurrentUser();
  assert.equal(user.username, username);
  const { tokens } = await fetchAuthSession();
  assert.equal(tokens?.idToken?.payload.email, username);
}

describe('sign-in scenarios (Amplify, USER_SRP_AUTH)', () => {
  useAmplifyServer((started) => (server = started));

  it('alice: SRP sign-in straight to tokens; a refresh issues new ones on the server clock, same sign-in', async () => {
    const out = await signIn({ username: 'alice@example.com', password: PASSWORD });
    assert.deepEqual(out, { isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    await assertSignedIn('alice@example.com');
    const before = (await fetchAuthSession()).tokens!.accessToken;
    await advanceClock(server, 10 * 60_000);
    const refreshed = (await fetchAuthSession({ forceRefresh: true })).tokens!.accessToken;
    assert.notEqual(refreshed.toString(), before.toString());
    assert.equal(refreshed.payload.username, 'alice@example.com');
    assert.ok(refreshed.payload.iat! >= before.payload.iat! + 600, 'issued ten minutes later on the server clock');
    assert.equal(refreshed.payload.auth_time, before.payload.auth_time, 'a refresh is not a new sign-in');
    assert.equal(refreshed.payload.origin_jti, before.payload.origin_jti);
  });

  it('alice: USER_PASSWORD_AUTH', async () => {
    const out = await signIn({
      username: 'alice@example.com',
      password: PASSWORD,
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    assert.equal(out.isSignedIn, true);
  });

  it('wrong password: NotAuthorizedException (SRP and plain)', async () => {
    let err = await errorOf(signIn({ username: 'alice@example.com', password: 'Wrong0rd!' }));
    assert.equal(err.name, 'NotAuthorizedException');
    assert.equal(err.message, 'Incorrect username or password.');
    err = await errorOf(
      signIn({ username: 'alice@example.com', password: 'Wrong0rd!', options: { authFlowType: 'USER_PASSWORD_AUTH' } }),
    );
    assert.equal(err.name, 'NotAuthorizedException');
  });

  it('unknown user: UserNotFoundException', async () => {
    const err = await errorOf(signIn({ username: 'nobody@example.com', password: PASSWORD }));
    assert.equal(err.name, 'UserNotFoundException');
  });

  it('sms: SMS_MFA, wrong then right code', async () => {
    const out = await signIn({ username: 'sms@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.deepEqual((out.nextStep as any).codeDeliveryDetails, { deliveryMedium: 'SMS', destination: '+*******0100' });
    const code = await lastCode(server, PHONE);
    const mail = (await outbox(server)).at(-1)!;
    assert.equal(mail.medium, 'SMS');
    assert.match(mail.code, /^\d{6}$/);
    const err = await errorOf(confirmSignIn({ challengeResponse: otherCode(code) }));
    assert.equal(err.name, 'CodeMismatchException');
    const done = await confirmSignIn({ challengeResponse: code });
    assert.equal(done.isSignedIn, true);
    await assertSignedIn('sms@example.com');
  });

  it('sms: three wrong codes end the session', async () => {
    await signIn({ username: 'sms@example.com', password: PASSWORD });
    const code = await lastCode(server, PHONE);
    assert.equal((await errorOf(confirmSignIn({ challengeResponse: otherCode(code) }))).name, 'CodeMismatchException');
    assert.equal((await errorOf(confirmSignIn({ challengeResponse: otherCode(code) }))).name, 'CodeMismatchException');
    assert.equal((await errorOf(confirmSignIn({ challengeResponse: otherCode(code) }))).name, 'NotAuthorizedException');
    assert.equal((await errorOf(confirmSignIn({ challengeResponse: code }))).name, 'NotAuthorizedException');
  });

  it('sms: a new sign-in makes the old code invalid', async () => {
    await signIn({ username: 'sms@example.com', password: PASSWORD });
    const first = await lastCode(server, PHONE);
    await signIn({ username: 'sms@example.com', password: PASSWORD });
    const second = await lastCode(server, PHONE);
    if (first !== second) {
      assert.equal((await errorOf(confirmSignIn({ challengeResponse: first }))).name, 'CodeMismatchException');
    }
    assert.equal((await confirmSignIn({ challengeResponse: second })).isSignedIn, true);
  });

  it('sms: expired session (clock advanced 3 minutes)', async () => {
    await signIn({ username: 'sms@example.com', password: PASSWORD });
    const code = await lastCode(server, PHONE);
    await advanceClock(server, 3 * 60_000 + 1000);
    const err = await errorOf(confirmSignIn({ challengeResponse: code }));
    assert.equal(err.name, 'NotAuthorizedException');
    assert.match(err.message, /session is expired/);
  });

  it('email: EMAIL_OTP', async () => {
    const out = await signIn({ username: 'email@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    assert.deepEqual((out.nextStep as any).codeDeliveryDetails, { deliveryMedium: 'EMAIL', destination: 'e***@e***' });
    const entry = (await outbox(server)).at(-1)!;
    assert.equal(entry.medium, 'EMAIL');
    assert.equal(entry.to, 'email@example.com');
    assert.equal((await confirmSignIn({ challengeResponse: entry.code })).isSignedIn, true);
  });

  it('totp: SOFTWARE_TOKEN_MFA, wrong then right', async () => {
    const out = await signIn({ username: 'totp@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const code = totpCode();
    assert.equal((await errorOf(confirmSignIn({ challengeResponse: otherCode(code) }))).name, 'CodeMismatchException');
    assert.equal((await confirmSignIn({ challengeResponse: code })).isSignedIn, true);
    const pref = await fetchMFAPreference();
    assert.deepEqual(pref, { preferred: 'TOTP', enabled: ['TOTP'] });
  });

  it('choose: SELECT_MFA_TYPE then TOTP or SMS', async () => {
    let out = await signIn({ username: 'choose@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION');
    assert.deepEqual((out.nextStep as any).allowedMFATypes, ['SMS', 'TOTP']);
    out = await confirmSignIn({ challengeResponse: 'TOTP' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    assert.equal((await confirmSignIn({ challengeResponse: totpCode() })).isSignedIn, true);
    await signOut();
    out = await signIn({ username: 'choose@example.com', password: PASSWORD });
    out = await confirmSignIn({ challengeResponse: 'SMS' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal((await confirmSignIn({ challengeResponse: await lastCode(server, PHONE) })).isSignedIn, true);
  });

  it('setup-totp: MFA_SETUP with TOTP, then TOTP is required; a code already accepted is refused', async () => {
    const out = await signIn({ username: 'setup-totp@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
    const secret = (out.nextStep as any).totpSetupDetails.sharedSecret as string;
    assert.match(secret, /^[A-Z2-7]{32}$/);
    const err = await errorOf(confirmSignIn({ challengeResponse: otherCode(totpCode(secret)) }));
    assert.equal(err.name, 'EnableSoftwareTokenMFAException');
    // The very code accepted at setup, not one computed again: a 30 s window may turn between the two sign-ins.
    const accepted = totpCode(secret);
    assert.equal((await confirmSignIn({ challengeResponse: accepted })).isSignedIn, true);
    await signOut();
    const again = await signIn({ username: 'setup-totp@example.com', password: PASSWORD });
    assert.equal(again.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const reused = await errorOf(confirmSignIn({ challengeResponse: accepted }));
    assert.equal(reused.name, 'ExpiredCodeException');
    assert.equal(reused.message, 'Your software token has already been used once.');
    assert.equal((await confirmSignIn({ challengeResponse: nextTotpCode(secret) })).isSignedIn, true);
  });

  it('setup-any: MFA setup selection, then email', async () => {
    let out = await signIn({ username: 'setup-any@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION');
    assert.deepEqual((out.nextStep as any).allowedMFATypes, ['TOTP', 'EMAIL']);
    out = await confirmSignIn({ challengeResponse: 'EMAIL' });
    assert.equal(out.nextStep.signInStep, 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    out = await confirmSignIn({ challengeResponse: 'any@example.org' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    assert.equal(
      (await confirmSignIn({ challengeResponse: await lastCode(server, 'any@example.org') })).isSignedIn,
      true,
    );
    await signOut();
    out = await signIn({ username: 'setup-any@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
  });

  it('setup-any: MFA setup selection, then TOTP', async () => {
    await signIn({ username: 'setup-any@example.com', password: PASSWORD });
    const out = await confirmSignIn({ challengeResponse: 'TOTP' });
    assert.equal(out.nextStep.signInStep, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
    const secret = (out.nextStep as any).totpSetupDetails.sharedSecret as string;
    assert.equal((await confirmSignIn({ challengeResponse: totpCode(secret) })).isSignedIn, true);
  });

  it('setup-email: email setup', async () => {
    let out = await signIn({ username: 'setup-email@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    out = await confirmSignIn({ challengeResponse: 'setup-email@example.com' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    assert.equal(
      (await confirmSignIn({ challengeResponse: await lastCode(server, 'setup-email@example.com') })).isSignedIn,
      true,
    );
  });

  it('new: NEW_PASSWORD_REQUIRED with given_name, then the new password works', async () => {
    const out = await signIn({ username: 'new@example.com', password: TEMP_PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    assert.deepEqual((out.nextStep as any).missingAttributes, ['given_name']);
    let err = await errorOf(
      confirmSignIn({ challengeResponse: 'short', options: { userAttributes: { given_name: 'Nina' } } }),
    );
    assert.equal(err.name, 'InvalidPasswordException');
    err = await errorOf(confirmSignIn({ challengeResponse: 'N3wPassw0rd!' }));
    assert.equal(err.name, 'InvalidParameterException');
    const done = await confirmSignIn({
      challengeResponse: 'N3wPassw0rd!',
      options: { userAttributes: { given_name: 'Nina' } },
    });
    assert.equal(done.isSignedIn, true);
    const { tokens } = await fetchAuthSession();
    assert.equal(tokens?.idToken?.payload.given_name, 'Nina');
    await signOut();
    assert.equal((await signIn({ username: 'new@example.com', password: 'N3wPassw0rd!' })).isSignedIn, true);
  });

  it('reset: PasswordResetRequiredException → RESET_PASSWORD step', async () => {
    const out = await signIn({ username: 'reset@example.com', password: PASSWORD });
    assert.deepEqual(out, { isSignedIn: false, nextStep: { signInStep: 'RESET_PASSWORD' } });
  });

  it('unconfirmed: UserNotConfirmedException → CONFIRM_SIGN_UP step (only with the right password)', async () => {
    const out = await signIn({ username: 'unconfirmed@example.com', password: PASSWORD });
    assert.deepEqual(out, { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_UP' } });
    const err = await errorOf(signIn({ username: 'unconfirmed@example.com', password: 'Wrong0rd!' }));
    assert.equal(err.name, 'NotAuthorizedException');
  });

  it('custom: CUSTOM_WITHOUT_SRP, wrong answer gets a new challenge, right answer signs in', async () => {
    let out = await signIn({ username: 'custom@example.com', options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    assert.equal((out.nextStep as any).additionalInfo.question, CUSTOM_QUESTION);
    out = await confirmSignIn({ challengeResponse: '5' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    out = await confirmSignIn({ challengeResponse: CUSTOM_ANSWER });
    assert.equal(out.isSignedIn, true);
  });

  it('custom: third wrong answer fails', async () => {
    await signIn({ username: 'custom@example.com', options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    await confirmSignIn({ challengeResponse: '1' });
    await confirmSignIn({ challengeResponse: '2' });
    const err = await errorOf(confirmSignIn({ challengeResponse: '3' }));
    assert.equal(err.name, 'NotAuthorizedException');
  });

  it('custom: CUSTOM_WITH_SRP checks the password first', async () => {
    const err = await errorOf(
      signIn({ username: 'custom@example.com', password: 'Wrong0rd!', options: { authFlowType: 'CUSTOM_WITH_SRP' } }),
    );
    assert.equal(err.name, 'NotAuthorizedException');
    const out = await signIn({
      username: 'custom@example.com',
      password: PASSWORD,
      options: { authFlowType: 'CUSTOM_WITH_SRP' },
    });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    assert.equal((await confirmSignIn({ challengeResponse: CUSTOM_ANSWER })).isSignedIn, true);
  });

  it('the password, TOTP secret and phone that server/README.md documents are the seeded ones', async () => {
    const [password, secret, phone] = [documented('password'), documented('TOTP secret'), documented('phone')];
    const out = await signIn({ username: 'totp@example.com', password });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    assert.equal((await confirmSignIn({ challengeResponse: totpCode(secret) })).isSignedIn, true);
    await signOut();
    await signIn({ username: 'sms@example.com', password });
    assert.equal((await confirmSignIn({ challengeResponse: await lastCode(server, phone) })).isSignedIn, true);
  });
});
