/** The pool matrix, MFA and devices: required MFA, remembered devices (on the user's prompt, always). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  confirmSignIn,
  fetchAuthSession,
  fetchDevices,
  forgetDevice,
  getCurrentUser,
  rememberDevice,
  signIn,
  signOut,
} from 'aws-amplify/auth';

import { defaultStorage } from 'aws-amplify/utils';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import {
  errorOf,
  lastCode,
  nextTotpCode,
  poolPath,
  POOL_PASSWORD,
  requests,
  totpCode,
  useAmplifyServer,
} from './helpers.js';

let server: RunningCognitoServer;

describe('pool: MFA required with SMS and TOTP', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('mfa-required') });

  it('a user with a phone number gets an SMS code without having turned MFA on', async () => {
    const out = await signIn({ username: 'sms@example.com', password: POOL_PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal((await confirmSignIn({ challengeResponse: await lastCode(server, '+15555550100') })).isSignedIn, true);
  });

  it('a TOTP user gets the TOTP step', async () => {
    const out = await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    assert.equal((await confirmSignIn({ challengeResponse: totpCode() })).isSignedIn, true);
  });

  it('a user with neither sets up an authenticator app while signing in', async () => {
    const out = await signIn({ username: 'new@example.com', password: POOL_PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
    const secret = (out.nextStep as any).totpSetupDetails.sharedSecret as string;
    assert.equal((await confirmSignIn({ challengeResponse: totpCode(secret) })).isSignedIn, true);
    await signOut();
    const again = await signIn({ username: 'new@example.com', password: POOL_PASSWORD });
    assert.equal(again.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    assert.equal((await confirmSignIn({ challengeResponse: nextTotpCode(secret) })).isSignedIn, true);
  });
});

/** Signs the TOTP user in through the MFA step. */
async function signInWithTotp(code = totpCode()): Promise<void> {
  const out = await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
  assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  assert.equal((await confirmSignIn({ challengeResponse: code })).isSignedIn, true);
}

describe('pool: device tracking, remembered on the user’s prompt', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('devices-on-prompt') });

  it('a new device is confirmed, not remembered: MFA again until rememberDevice()', async () => {
    await signInWithTotp();
    assert.ok((await requests(server)).includes('ConfirmDevice'));
    const deviceKey = (await fetchAuthSession()).tokens!.accessToken.payload.device_key;
    assert.match(String(deviceKey), /^us-east-1_[0-9a-f-]+$/);
    await signOut();
    await signInWithTotp(nextTotpCode());
    await rememberDevice();
    const [device] = await fetchDevices();
    assert.equal(device.id, deviceKey);
  });
});

describe('pool: device tracking, remembered on the user’s prompt (remembered)', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('devices-on-prompt') });

  it('after rememberDevice(), the next sign-in runs DEVICE_SRP_AUTH and skips MFA; after forgetDevice() MFA is back', async () => {
    await signInWithTotp();
    await rememberDevice();
    await signOut();
    const before = (await requests(server)).length;
    const out = await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    assert.deepEqual(out, { isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const names = (await requests(server)).slice(before);
    assert.deepEqual(names, [
      'InitiateAuth',
      'RespondToAuthChallenge',
      'RespondToAuthChallenge',
      'RespondToAuthChallenge',
    ]);
    await forgetDevice();
    await signOut();
    const again = await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    assert.equal(again.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  });
});

describe('pool: device tracking, always remembered', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('devices-always') });

  it('the device confirmed at the first sign-in skips MFA at the next; a wrong device proof does not', async () => {
    await signInWithTotp();
    const deviceKey = String((await fetchAuthSession()).tokens!.accessToken.payload.device_key);
    await signOut();
    const out = await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    assert.equal(out.isSignedIn, true);
    assert.deepEqual(
      (await fetchDevices()).map((device) => device.id),
      [deviceKey],
    );
    const { username } = await getCurrentUser();
    await signOut();
    // A wrong device secret in the browser's storage: DEVICE_PASSWORD_VERIFIER checks the SRP proof.
    await defaultStorage.setItem(
      `CognitoIdentityServiceProvider.${server.clientId}.${username}.randomPasswordKey`,
      'not-the-device-secret',
    );
    const err = await errorOf(signIn({ username: 'totp@example.com', password: POOL_PASSWORD }));
    assert.deepEqual([err.name, err.message], ['NotAuthorizedException', 'Incorrect username or password.']);
  });
});
