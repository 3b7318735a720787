/** Two-step verification of a signed-in user (`<auth-account>`), through the real Amplify client. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  confirmSignIn,
  fetchMFAPreference,
  setUpTOTP,
  signIn,
  signOut,
  updateMFAPreference,
  verifyTOTPSetup,
} from 'aws-amplify/auth';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { LAST_REQUIRED_FACTOR } from '../../packages/local-cognito/src/operations/mfa-setup.js';
import { errorOf, PASSWORD, poolPath, POOL_PASSWORD, totpCode, nextTotpCode, useAmplifyServer } from './helpers.js';

describe('MFA preference where the pool requires MFA', () => {
  useAmplifyServer(() => undefined, { pool: poolPath('mfa-required') });

  it('turning off the last factor is refused and changes nothing', async () => {
    await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    await confirmSignIn({ challengeResponse: totpCode() });
    const error = await errorOf(updateMFAPreference({ totp: 'DISABLED' }));
    assert.equal(error.name, 'InvalidParameterException');
    assert.equal(error.message, LAST_REQUIRED_FACTOR);
    assert.deepEqual((await fetchMFAPreference()).enabled, ['TOTP']);
    await signOut();
    const again = await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    assert.equal(again.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await confirmSignIn({ challengeResponse: nextTotpCode() });
    await signOut();
  });

  it('a refused call applies none of its settings (email, which this pool does not offer, stays off)', async () => {
    await signIn({ username: 'totp@example.com', password: POOL_PASSWORD });
    await confirmSignIn({ challengeResponse: nextTotpCode() });
    const error = await errorOf(updateMFAPreference({ totp: 'DISABLED', email: 'ENABLED' }));
    assert.equal(error.message, LAST_REQUIRED_FACTOR);
    assert.deepEqual((await fetchMFAPreference()).enabled, ['TOTP']);
    await signOut();
  });
});

describe('authenticator app set up while signed in (optional MFA)', () => {
  let server: RunningCognitoServer;
  useAmplifyServer((started) => (server = started));

  it('setUpTOTP → verifyTOTPSetup → preferred: the next sign-in asks for the TOTP code; turning it off ends that', async () => {
    assert.ok(server.url);
    await signIn({ username: 'alice@example.com', password: PASSWORD });
    const { sharedSecret } = await setUpTOTP();
    await verifyTOTPSetup({ code: totpCode(sharedSecret) });
    await updateMFAPreference({ totp: 'PREFERRED' });
    assert.deepEqual(await fetchMFAPreference(), { enabled: ['TOTP'], preferred: 'TOTP' });
    await signOut();
    const next = await signIn({ username: 'alice@example.com', password: PASSWORD });
    assert.equal(next.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await confirmSignIn({ challengeResponse: nextTotpCode(sharedSecret) });
    // Optional MFA: the last factor may go.
    await updateMFAPreference({ totp: 'DISABLED' });
    assert.equal((await fetchMFAPreference()).enabled, undefined);
    await signOut();
    assert.equal((await signIn({ username: 'alice@example.com', password: PASSWORD })).isSignedIn, true);
    await signOut();
  });
});
