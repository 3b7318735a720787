/**
 * A new email where the pool requires verification before an update (`AttributesRequireVerificationBeforeUpdate`),
 * through the real Amplify client: the old email stays the attribute and the sign-in alias until the code sent to
 * the new one comes back; then the new one signs in and the old one no longer does.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  confirmUserAttribute,
  fetchUserAttributes,
  sendUserAttributeVerificationCode,
  signIn,
  signOut,
  updateUserAttributes,
} from 'aws-amplify/auth';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { errorOf, lastCode, outbox, poolFile, POOL_PASSWORD, useAmplifyServer } from './helpers.js';

const pool = poolFile('gen2-default');
(pool.UserPool as any).UserAttributeUpdateSettings = { AttributesRequireVerificationBeforeUpdate: ['email'] };
const OLD = (pool.Users as any[])
  .map((user) => (user.Attributes as { Name: string; Value: string }[]).find((a) => a.Name === 'email')?.Value)
  .find(Boolean) as string;
const NEW = 'renamed@example.com';

describe('a new email where the pool requires verification before an update', () => {
  let server: RunningCognitoServer;
  useAmplifyServer((started) => (server = started), { pool });

  it('keeps the old email (and its sign-in) until the new one’s code; then only the new one signs in', async () => {
    await signIn({ username: OLD, password: POOL_PASSWORD });
    const out = await updateUserAttributes({ userAttributes: { email: NEW } });
    assert.equal(out.email.isUpdated, false);
    assert.equal(out.email.nextStep.updateAttributeStep, 'CONFIRM_ATTRIBUTE_WITH_CODE');
    assert.equal(out.email.nextStep.codeDeliveryDetails?.deliveryMedium, 'EMAIL');
    assert.equal((await outbox(server)).at(-1)?.to, NEW, 'the code goes to the new address');
    let attributes = await fetchUserAttributes();
    assert.equal(attributes.email, OLD);
    assert.equal(attributes.email_verified, 'true');
    await signOut();

    // Until confirmed, the old email is still the sign-in; the new one is nobody's.
    assert.equal((await signIn({ username: OLD, password: POOL_PASSWORD })).isSignedIn, true);
    await signOut();
    assert.ok(await errorOf(signIn({ username: NEW, password: POOL_PASSWORD })));

    await signIn({ username: OLD, password: POOL_PASSWORD });
    // A new code (resend) also goes to the new address; a wrong code changes nothing.
    await sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
    const code = await lastCode(server, NEW);
    assert.equal(
      (await errorOf(confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: '000000' }))).name,
      'CodeMismatchException',
    );
    assert.equal((await fetchUserAttributes()).email, OLD);
    await confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code });
    attributes = await fetchUserAttributes();
    assert.equal(attributes.email, NEW);
    assert.equal(attributes.email_verified, 'true');
    await signOut();

    assert.equal((await signIn({ username: NEW, password: POOL_PASSWORD })).isSignedIn, true);
    await signOut();
    assert.ok(await errorOf(signIn({ username: OLD, password: POOL_PASSWORD })));
  });
});
