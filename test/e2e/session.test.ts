/** Signed-in state across actions and reloads: sign out, already signed in, signed out stays signed out. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, useE2E } from './harness.js';

const e2e = useE2E();

describe('signed-in session', () => {
  it('sign out from DONE → SIGN_IN with auth-signed-out; a reload stays signed out', async () => {
    const w = await e2e.open();
    await w.signIn('alice@example.com', PASSWORD);
    await w.expectSignedIn('alice@example.com');
    await w.action('sign-out');
    await w.waitForStep('SIGN_IN');
    assert.equal((await w.events('auth-signed-out')).length, 1);
    assert.deepEqual((await w.events('auth-signed-out'))[0].detail, {});
    const tokens = await w.page.evaluate(() =>
      Object.keys(localStorage).filter((k) => /idToken|accessToken|refreshToken/.test(k)),
    );
    assert.deepEqual(tokens, [], 'tokens are gone');
    await w.page.reload();
    assert.equal(await w.ready(), 'SIGN_IN');
    assert.equal((await w.events('auth-signed-in')).length, 0);
  });

  it('a reload after sign-in starts on DONE and announces the user', async () => {
    const w = await e2e.open();
    await w.signIn('alice@example.com', PASSWORD);
    const { detail } = await w.expectSignedIn('alice@example.com');
    await w.page.reload();
    assert.equal(await w.ready(), 'DONE');
    const [first] = await w.events('auth-step-change');
    assert.deepEqual(first.detail, { step: 'DONE', previousStep: null });
    const [again] = await w.waitForEvent('auth-signed-in');
    assert.equal(again.detail.userId, detail.userId);
    assert.equal(again.detail.username, detail.username);
    assert.equal(again.detail.loginId, 'alice@example.com', 'loginId known after a reload');
    assert.match(await w.text('form'), /alice@example\.com/);
    // and the sign-out button still works after the reload
    await w.action('sign-out');
    await w.waitForStep('SIGN_IN');
  });

  it('signOut() from the page goes back to SIGN_IN', async () => {
    const w = await e2e.open();
    await w.signIn('alice@example.com', PASSWORD);
    await w.expectSignedIn('alice@example.com');
    await w.page.$eval('auth-sign-in', (el) => (el as any).signOut());
    await w.waitForStep('SIGN_IN');
    assert.equal((await w.events('auth-signed-out')).length, 1);
  });
});
