/** controller.ts: resend, the preferred first factor, answers that arrive late, sign-out, secrets, one sign-in per page. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import type { SignInResult } from '../../src/auth-service.js';
import { PageLock } from '../../src/flow/page-lock.js';
import { RESEND_COOLDOWN_MS } from '../../src/flow/resend.js';
import { awsError, step } from '../support/fake-auth-service.js';
import { CREDENTIALS, deferred, harness, stepChanges } from './harness.js';

const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+*******0100' } });

describe('resend', () => {
  it('signs in again and replays the MFA choice, then waits out the cooldown before the next', async () => {
    const h = harness();
    const selection = step('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] });
    h.fake.answer('signIn', selection, selection).answer('confirmSignIn', SMS, SMS);
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.submit('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { choice: 'SMS' });
    assert.equal(h.flow.view().canResend, true);
    await h.flow.resendCode();
    assert.deepEqual(h.fake.callsOf('signIn')[1][0], { ...CREDENTIALS, authFlowType: 'USER_SRP_AUTH' });
    assert.deepEqual(h.fake.callsOf('confirmSignIn')[1][0], { challengeResponse: 'SMS' });
    assert.equal(h.flow.state.notice?.messageId, 'hint.codeResentNoDestination');

    // Pressed again at once: nothing is sent until the cooldown is over.
    await h.flow.resendCode();
    assert.equal(h.fake.callsOf('signIn').length, 2);
    assert.equal(h.flow.view().resendWaitMs, RESEND_COOLDOWN_MS);
    h.clock.now += RESEND_COOLDOWN_MS;
    assert.equal(h.flow.view().resendWaitMs, 0);
  });

  it('a new code on the same step is no step change: the page is not asked, and no change is announced', async () => {
    const h = harness();
    h.fake.answer('signIn', SMS, SMS);
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    const before = h.log.length;
    await h.flow.resendCode();
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.deepEqual(stepChanges(h.log.slice(before)), []);
  });

  it('ten presses send at most one code per cooldown', async () => {
    const h = harness();
    h.fake.answer('signIn', ...Array(11).fill(SMS));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    for (let press = 0; press < 10; press++) {
      await h.flow.resendCode();
      h.clock.now += 1000;
    }
    assert.equal(h.fake.callsOf('signIn').length, 2);
  });

  it('the cooldown is per step: a new step starts without one', async () => {
    const h = harness();
    h.fake.answer('signIn', SMS, SMS);
    h.fake.answer('resetPassword', { destination: 'a***@e***' });
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.resendCode();
    assert.ok(h.flow.view().resendWaitMs > 0);
    h.flow.forgotPassword();
    await h.flow.submit('RESET_PASSWORD', { username: CREDENTIALS.username });
    assert.equal(h.flow.view().resendWaitMs, 0);
  });
});

describe('preferred first factor: one source', () => {
  for (const source of ['attribute', 'configuration'] as const) {
    it(`a cancelled passkey preferred by the ${source} lands on the factor choice`, async () => {
      const h = harness({
        options: { authFlowType: 'USER_AUTH', ...(source === 'attribute' ? { preferredChallenge: 'WEB_AUTHN' } : {}) },
      });
      if (source === 'configuration') h.fake.preferred = 'WEB_AUTHN';
      h.fake.answer(
        'signIn',
        awsError('PasskeyAuthenticationCanceled'),
        step('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', { availableChallenges: ['PASSWORD_SRP', 'WEB_AUTHN'] }),
      );
      await h.flow.start();
      assert.equal(h.flow.view().needsPassword, false);
      await h.flow.submit('SIGN_IN', { username: CREDENTIALS.username });
      assert.equal(
        h.fake.callsOf('signIn')[0][0] &&
          (h.fake.callsOf('signIn')[0][0] as { preferredChallenge?: string }).preferredChallenge,
        'WEB_AUTHN',
      );
      assert.equal(h.flow.state.step, 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
      assert.equal(h.flow.state.error?.messageId, 'error.passkeyCanceled');
    });
  }
});

describe('answers that arrive after the user left', () => {
  it('signOut() during a sign-in is not dropped, and a sign-in that completes afterwards is signed out', async () => {
    const h = harness();
    const late = deferred<SignInResult>();
    h.fake.answer('signIn', () => late.promise);
    await h.flow.start();
    const signingIn = h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.signOut();
    assert.equal(h.fake.callsOf('signOut').length, 1);
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.busy, false);
    late.resolve(step('DONE'));
    await signingIn;
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.fake.user, undefined, 'the late sign-in was signed out');
    assert.equal(h.fake.callsOf('signOut').length, 2);
    assert.ok(!h.log.includes('signedIn'));
  });

  it('"forgot password" while a sign-in is pending stays on RESET_PASSWORD', async () => {
    const h = harness();
    const late = deferred<SignInResult>();
    h.fake.answer('signIn', () => late.promise);
    await h.flow.start();
    const signingIn = h.flow.submit('SIGN_IN', CREDENTIALS);
    h.flow.forgotPassword(CREDENTIALS.username);
    late.resolve(SMS);
    await signingIn;
    assert.equal(h.flow.state.step, 'RESET_PASSWORD');
    assert.equal(h.flow.state.busy, false);
  });

  /** On the SMS code step, a code is submitted, the user goes back to SIGN_IN, then the check answers `lateAnswer`. */
  async function backDuringCodeCheck(lateAnswer: SignInResult) {
    const h = harness();
    const late = deferred<SignInResult>();
    h.fake.answer('signIn', SMS).answer('confirmSignIn', () => late.promise);
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    const checking = h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    h.flow.restart();
    late.resolve(lateAnswer);
    await checking;
    return h;
  }

  it('"back to sign in" during a code check stays on SIGN_IN, and the late success is signed out', async () => {
    const h = await backDuringCodeCheck(step('DONE'));
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.fake.user, undefined);
  });

  it('a late answer that signed nobody in, after "back to sign in", signs nothing out', async () => {
    const h = await backDuringCodeCheck(SMS);
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.fake.callsOf('signOut').length, 0);
  });

  it('a late failure shows nowhere', async () => {
    const h = harness();
    const late = deferred<SignInResult>();
    h.fake.answer('signIn', () => late.promise.then(() => Promise.reject(awsError('NotAuthorizedException'))));
    await h.flow.start();
    const signingIn = h.flow.submit('SIGN_IN', CREDENTIALS);
    h.flow.forgotPassword();
    late.resolve(SMS);
    await signingIn;
    assert.equal(h.flow.state.error, undefined);
    assert.ok(!h.log.includes('error:NotAuthorizedException'));
  });
});

/**
 * Where `secret` is held in memory reachable from `root` (any property, whatever its name), apart from `except`
 * (the auth service: Amplify holds what it was sent).
 */
function holdersOf(root: object, secret: string, except: object[]): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>(except);
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value.includes(secret)) found.push(path);
      return;
    }
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    for (const [key, child] of entries) walk(child, `${path}.${String(key)}`);
  };
  walk(root, 'flow');
  return found;
}

describe('secrets live only while their step needs them', () => {
  it('the TOTP secret is gone once the setup step is left', async () => {
    const h = harness();
    h.fake.answer('signIn', step('CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { totpSetupDetails: { sharedSecret: 'SEED' } }));
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.totp?.secret, 'SEED');
    await h.flow.submit('CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { code: '123456' });
    assert.equal(h.flow.state.step, 'DONE');
    assert.equal(h.flow.state.totp, undefined);
  });

  it('the rejected password is not kept through the reset steps', async () => {
    const h = harness();
    h.fake.answer('signIn', step('RESET_PASSWORD'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'RESET_PASSWORD');
    // The walk reaches the flow's memory (it finds the username the step shows), and no password there.
    assert.notDeepEqual(holdersOf(h.flow, CREDENTIALS.username, [h.fake]), []);
    assert.deepEqual(holdersOf(h.flow, CREDENTIALS.password, [h.fake]), []);
    assert.ok(![...h.session.items.values(), ...h.local.items.values()].join().includes(CREDENTIALS.password));
  });
});

describe('one sign-in at a time per page', () => {
  it('a second flow that starts a sign-in while the first is on a code step is told so, and sends nothing', async () => {
    const lock = new PageLock();
    const first = harness({ pageLock: lock });
    const second = harness({ pageLock: lock });
    first.fake.answer('signIn', SMS);
    await first.flow.start();
    await second.flow.start();
    await first.flow.submit('SIGN_IN', CREDENTIALS);
    await second.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(second.flow.state.error?.messageId, 'error.signInElsewhere');
    assert.equal(second.fake.callsOf('signIn').length, 0);
    // Once the first goes back, the second may sign in.
    first.flow.restart();
    second.fake.answer('signIn', step('DONE'));
    await second.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(second.flow.state.step, 'DONE');
  });
});

describe('outside names', () => {
  it('social providers named after Object.prototype members are custom names, not prototype values', async () => {
    const h = harness({ options: { socialProviders: ['__proto__', 'constructor', 'google', 'toString'] } });
    h.fake.oauth = true;
    assert.deepEqual(h.flow.view().socialProviders, ['__proto__', 'constructor', 'Google', 'toString']);
  });

  it('a provider not in the list is not sent', async () => {
    const h = harness({ options: { socialProviders: ['google'] } });
    h.fake.oauth = true;
    await h.flow.start();
    await h.flow.signInWithProvider('Evil');
    assert.equal(h.fake.callsOf('signInWithRedirect').length, 0);
  });
});
