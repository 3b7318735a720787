/**
 * What `<auth-account>`'s passkeys and devices sections ask of the server, through Amplify as the widget calls it:
 * ListWebAuthnCredentials with the fields Cognito's API reference names, DeleteWebAuthnCredential, ListDevices with
 * device names and last sign-in dates, ForgetDevice; the demo's seeded passkey and remembered device.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  confirmSignIn,
  deleteWebAuthnCredential,
  fetchAuthSession,
  fetchDevices,
  forgetDevice,
  listWebAuthnCredentials,
  rememberDevice,
  signIn,
  signOut,
} from 'aws-amplify/auth';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import {
  advanceClock,
  call,
  PASSWORD,
  errorOf,
  nextTotpCode,
  poolPath,
  POOL_PASSWORD,
  totpCode,
  useAmplifyServer,
} from './helpers.js';

let server: RunningCognitoServer;
const DAY = 86_400_000;

/** `date` lies `days` days before now, give or take a minute. */
function daysBefore(date: Date | undefined, days: number) {
  assert.ok(date instanceof Date, 'a date');
  assert.ok(Math.abs(Date.now() - days * DAY - date.getTime()) < 60_000, `${date.toISOString()}: ${days} days ago`);
}

async function accessToken() {
  return (await fetchAuthSession()).tokens!.accessToken.toString();
}

describe('demo pool: the account page’s seeded lists', () => {
  useAmplifyServer((started) => (server = started));

  it('account@example.com has a passkey: ListWebAuthnCredentials answers with exactly the documented fields', async () => {
    await signIn({ username: 'account@example.com', password: PASSWORD });
    const raw = await call(server, 'ListWebAuthnCredentials', { AccessToken: await accessToken() });
    assert.equal(raw.status, 200);
    assert.deepEqual(Object.keys(raw.body), ['Credentials']);
    const [credential] = raw.body.Credentials;
    // WebAuthnCredentialDescription in the Cognito API reference.
    assert.deepEqual(Object.keys(credential).sort(), [
      'AuthenticatorAttachment',
      'AuthenticatorTransports',
      'CreatedAt',
      'CredentialId',
      'FriendlyCredentialName',
      'RelyingPartyId',
    ]);
    assert.equal(credential.FriendlyCredentialName, 'MacBook Touch ID');
    assert.equal(typeof credential.CreatedAt, 'number', 'epoch seconds');

    const { credentials } = await listWebAuthnCredentials();
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].friendlyCredentialName, 'MacBook Touch ID');
    assert.equal(credentials[0].credentialId, credential.CredentialId);
    daysBefore(credentials[0].createdAt, 40);

    await deleteWebAuthnCredential({ credentialId: credentials[0].credentialId! });
    assert.deepEqual((await listWebAuthnCredentials()).credentials, []);
    const again = await errorOf(deleteWebAuthnCredential({ credentialId: credentials[0].credentialId! }));
    assert.equal(again.name, 'ResourceNotFoundException');
  });

  it('account@example.com has a remembered device: its name and last sign-in; ForgetDevice removes it', async () => {
    await signIn({ username: 'account@example.com', password: PASSWORD });
    const devices = await fetchDevices();
    assert.equal(devices.length, 1);
    assert.equal(devices[0].name, 'Firefox on Windows');
    assert.match(devices[0].id, /^us-east-1_[0-9a-f-]{36}$/);
    daysBefore(devices[0].lastAuthenticatedDate, 3);
    daysBefore(devices[0].createDate, 60);
    await forgetDevice({ device: { id: devices[0].id } });
    assert.deepEqual(await fetchDevices(), []);
  });

  it('other demo users have neither (their sign-ins stay as they were)', async () => {
    await signIn({ username: 'alice@example.com', password: PASSWORD });
    assert.deepEqual((await listWebAuthnCredentials()).credentials, []);
    assert.deepEqual(await fetchDevices(), []);
  });
});

describe('pool with device tracking: names and last sign-ins of real devices', () => {
  useAmplifyServer((started) => (server = started), { pool: poolPath('devices-on-prompt') });

  it('ListDevices names the device as Amplify did at ConfirmDevice and moves its last sign-in; ForgetDevice brings MFA back', async () => {
    let out = await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    await confirmSignIn({ challengeResponse: totpCode() });
    await rememberDevice();
    const [first] = await fetchDevices();
    assert.equal(first.name, `Node.js/${process.versions.node}`, 'device_name: what Amplify sent');
    daysBefore(first.lastAuthenticatedDate, 0);
    await signOut();

    await advanceClock(server, 2 * DAY);
    out = await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    assert.equal(out.isSignedIn, true, 'the remembered device skips MFA');
    const [later] = await fetchDevices();
    assert.equal(later.id, first.id);
    const moved = later.lastAuthenticatedDate!.getTime() - first.lastAuthenticatedDate!.getTime();
    assert.ok(Math.abs(moved - 2 * DAY) < 60_000, `last sign-in moved by two days (${moved} ms)`);
    assert.equal(later.createDate!.getTime(), first.createDate!.getTime());

    await forgetDevice({ device: { id: later.id } });
    assert.deepEqual(await fetchDevices(), []);
    await signOut();
    out = await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    assert.equal((await confirmSignIn({ challengeResponse: nextTotpCode() })).isSignedIn, true);
  });
});
