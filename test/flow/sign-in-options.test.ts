/** What the page's attributes change: the social buttons, the TOTP setup link, one sign-in per page. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { PageLock } from '../../src/flow/page-lock.js';
import { step } from '../support/fake-auth-service.js';
import { CREDENTIALS, harness } from './harness.js';

describe('social providers', () => {
  it('the known ones are named as Amplify names them, whatever their case; each shows once', () => {
    const h = harness({ options: { socialProviders: ['GOOGLE', 'facebook', 'Apple', 'amazon', 'google', 'MyIdP'] } });
    h.fake.oauth = true;
    assert.deepEqual(h.flow.view().socialProviders, ['Google', 'Facebook', 'Apple', 'Amazon', 'MyIdP']);
  });

  it('a name longer than 64 characters is not a provider; 64 is', () => {
    const long = 'p'.repeat(64);
    const h = harness({ options: { socialProviders: [long, `${long}x`] } });
    h.fake.oauth = true;
    assert.deepEqual(h.flow.view().socialProviders, [long]);
  });

  it('none show without OAuth configured', () => {
    const h = harness({ options: { socialProviders: ['google'] } });
    assert.deepEqual(h.flow.view().socialProviders, []);
  });

  it('a listed provider is sent to the hosted UI', async () => {
    const h = harness({ options: { socialProviders: ['google'] } });
    h.fake.oauth = true;
    await h.flow.start();
    await h.flow.signInWithProvider('Google');
    assert.deepEqual(h.fake.callsOf('signInWithRedirect'), [['Google']]);
  });
});

describe('the TOTP setup link', () => {
  it('encodes the issuer and the account, spaces as %20', async () => {
    const h = harness({ options: { totpIssuer: 'Acme Corp & Co' } });
    h.fake.answer('signIn', step('CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { totpSetupDetails: { sharedSecret: 'SEED' } }));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', { username: 'a:b#c@example.com', password: CREDENTIALS.password });
    assert.equal(
      h.flow.state.totp?.uri,
      'otpauth://totp/Acme%20Corp%20%26%20Co:a%3Ab%23c%40example.com?secret=SEED&issuer=Acme%20Corp%20%26%20Co',
    );
  });
});

describe('one sign-in per page', () => {
  it('a widget whose sign-in ended lets the other one start', async () => {
    const lock = new PageLock();
    const first = harness({ pageLock: lock });
    const second = harness({ pageLock: lock });
    first.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    await first.flow.start();
    await second.flow.start();
    await first.flow.submit('SIGN_IN', CREDENTIALS);
    first.flow.dispose();
    second.fake.answer('signIn', step('DONE'));
    await second.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(second.flow.state.step, 'DONE');
  });

  it('a second widget on the same tab does not resume the sign-in the first one is in', async () => {
    const lock = new PageLock();
    const first = harness({ pageLock: lock });
    first.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    await first.flow.start();
    await first.flow.submit('SIGN_IN', CREDENTIALS);
    const second = harness({ pageLock: lock, session: first.session });
    await second.flow.start();
    assert.equal(second.flow.state.step, 'SIGN_IN');
    assert.equal(first.flow.state.step, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
  });

  it('a sign-in that reached DONE frees the page for another widget', async () => {
    const lock = new PageLock();
    const first = harness({ pageLock: lock });
    const second = harness({ pageLock: lock });
    first.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE')).answer('confirmSignIn', step('DONE'));
    await first.flow.start();
    await second.flow.start();
    await first.flow.submit('SIGN_IN', CREDENTIALS);
    await first.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    second.fake.answer('signIn', step('DONE'));
    await second.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(second.flow.state.step, 'DONE');
  });

  it('a resumed sign-in holds the page: another widget cannot start one', async () => {
    const lock = new PageLock();
    const before = harness();
    before.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    await before.flow.start();
    await before.flow.submit('SIGN_IN', CREDENTIALS);
    const resumed = harness({ pageLock: lock, session: before.session });
    await resumed.flow.start();
    assert.equal(resumed.flow.state.step, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const other = harness({ pageLock: lock });
    await other.flow.start();
    await other.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(other.flow.state.error?.messageId, 'error.signInElsewhere');
    assert.deepEqual(other.fake.callsOf('signIn'), []);
  });

  it('the widget holding the lock may sign in again', async () => {
    const lock = new PageLock();
    const h = harness({ pageLock: lock });
    h.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'), step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.resendCode();
    assert.equal(h.flow.state.error, undefined);
  });
});

describe('a social sign-in that comes back without a user', () => {
  for (const [canceled, messageId] of [
    [true, 'error.socialCanceled'],
    [false, 'error.socialSignIn'],
  ] as const) {
    it(`${canceled ? 'cancelled' : 'failed'}: back on SIGN_IN, told so`, async () => {
      const h = harness({ options: { socialProviders: ['google'] } });
      h.fake.oauth = true;
      await h.flow.start();
      h.fake.emitHub({ event: 'signInWithRedirect_failure', canceled });
      await Promise.resolve();
      assert.equal(h.flow.state.step, 'SIGN_IN');
      assert.equal(h.flow.state.error?.messageId, messageId);
      assert.equal(h.flow.state.error?.name, 'OAuthSignInException');
    });
  }
});
