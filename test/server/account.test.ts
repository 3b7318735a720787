/** Account APIs through the real Amplify client: sign-up with auto sign-in, password reset, TOTP setup, MFA preference, global sign-out. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  autoSignIn,
  confirmResetPassword,
  confirmSignIn,
  confirmSignUp,
  fetchAuthSession,
  fetchMFAPreference,
  fetchUserAttributes,
  resendSignUpCode,
  resetPassword,
  setUpTOTP,
  signIn,
  signOut,
  signUp,
  updateMFAPreference,
  updatePassword,
  verifyTOTPSetup,
} from 'aws-amplify/auth';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { PASSWORD, lastCode, useAmplifyServer, totpCode, nextTotpCode } from './helpers.js';

let server: RunningCognitoServer;

describe('account APIs (Amplify)', () => {
  useAmplifyServer((started) => (server = started));

  it('signUp → resend → confirmSignUp → autoSignIn (USER_AUTH)', async () => {
    // signUp with autoSignIn arms a 3-minute timer; unref it so the test process can exit.
    const realSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
      const t = realSetTimeout(...args);
      t.unref?.();
      return t;
    }) as typeof setTimeout;
    let out;
    try {
      out = await signUp({
        username: 'dora@example.com',
        password: 'D0raPassw0rd!',
        options: { userAttributes: { email: 'dora@example.com' }, autoSignIn: { authFlowType: 'USER_AUTH' } },
      });
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    assert.equal(out.isSignUpComplete, false);
    assert.equal(out.nextStep.signUpStep, 'CONFIRM_SIGN_UP');
    assert.deepEqual((out.nextStep as any).codeDeliveryDetails, {
      destination: 'd***@e***',
      deliveryMedium: 'EMAIL',
      attributeName: 'email',
    });
    const resent = await resendSignUpCode({ username: 'dora@example.com' });
    assert.equal(resent.deliveryMedium, 'EMAIL');
    const confirmed = await confirmSignUp({
      username: 'dora@example.com',
      confirmationCode: await lastCode(server, 'dora@example.com'),
    });
    assert.equal(confirmed.nextStep.signUpStep, 'COMPLETE_AUTO_SIGN_IN');
    const signedIn = await autoSignIn();
    assert.equal(signedIn.isSignedIn, true);
    const attrs = await fetchUserAttributes();
    assert.equal(attrs.email, 'dora@example.com');
    assert.equal(attrs.email_verified, 'true');
  });

  it('resetPassword → confirmResetPassword → sign in with the new password', async () => {
    const out = await resetPassword({ username: 'reset@example.com' });
    assert.equal(out.nextStep.resetPasswordStep, 'CONFIRM_RESET_PASSWORD_WITH_CODE');
    assert.equal(out.nextStep.codeDeliveryDetails.deliveryMedium, 'EMAIL');
    await confirmResetPassword({
      username: 'reset@example.com',
      confirmationCode: await lastCode(server, 'reset@example.com'),
      newPassword: 'N3wPassw0rd!',
    });
    assert.equal((await signIn({ username: 'reset@example.com', password: 'N3wPassw0rd!' })).isSignedIn, true);
  });

  it('setUpTOTP → verifyTOTPSetup → updateMFAPreference; next sign-in asks for TOTP', async () => {
    await signIn({ username: 'alice@example.com', password: PASSWORD });
    const details = await setUpTOTP();
    assert.match(details.sharedSecret, /^[A-Z2-7]+$/);
    await verifyTOTPSetup({ code: totpCode(details.sharedSecret) });
    await updateMFAPreference({ totp: 'PREFERRED' });
    assert.deepEqual(await fetchMFAPreference(), { preferred: 'TOTP', enabled: ['TOTP'] });
    await signOut();
    const out = await signIn({ username: 'alice@example.com', password: PASSWORD });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    // The code verifyTOTPSetup accepted is spent: the next period's code signs in.
    assert.equal((await confirmSignIn({ challengeResponse: nextTotpCode(details.sharedSecret) })).isSignedIn, true);
  });

  it('updatePassword and global sign-out', async () => {
    await signIn({ username: 'alice@example.com', password: PASSWORD });
    await updatePassword({ oldPassword: PASSWORD, newPassword: 'Chang3dPassw0rd!' });
    const { tokens } = await fetchAuthSession();
    await signOut({ global: true });
    const res = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser',
      },
      body: JSON.stringify({ AccessToken: tokens!.accessToken.toString() }),
    });
    assert.equal(((await res.json()) as any).__type, 'NotAuthorizedException');
    assert.equal((await signIn({ username: 'alice@example.com', password: 'Chang3dPassw0rd!' })).isSignedIn, true);
  });
});
