/**
 * The signed-in state stays true (session-watch.ts, through the controller): what Hub news from elsewhere (another
 * tab, a refresh, a social return) and the network coming back do to the widget, and how startup reads what Amplify
 * holds. The widget-level tests (test/unit/session.test.ts) show the same in a browser; these are the flow's own rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import type { SignInResult } from '../../src/auth-service.js';
import { signedInUser, step } from '../support/fake-auth-service.js';
import { CREDENTIALS, deferred, harness, stepChanges, until, type Harness } from './harness.js';

/**
 * Lets a Hub listener's work end before a test says that nothing happened. The fake answers every call with a promise
 * that is already settled and nothing here waits on a timer, so one turn of the event loop drains it all.
 */
const handled = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A stand-in for the page's `online` event. */
function network() {
  const listeners = new Set<() => void>();
  return {
    listeners,
    signal: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    comesBack: () => listeners.forEach((listener) => listener()),
  };
}

async function signedInAtStart(setup: Parameters<typeof harness>[0] = {}): Promise<Harness> {
  const h = harness(setup);
  h.fake.user = signedInUser();
  await h.flow.start();
  assert.equal(h.flow.state.step, 'DONE');
  return h;
}

const count = (h: Harness, entry: string) => h.log.filter((logged) => logged === entry).length;

describe('news of a sign-out', () => {
  it('signed in: a sign-out elsewhere ends on SIGN_IN, says so, and tells the page once', async () => {
    const h = await signedInAtStart();
    h.fake.user = undefined;
    h.fake.emitHub({ event: 'signedOut' });
    await until(h.flow, (state) => state.step === 'SIGN_IN');
    assert.equal(h.flow.state.notice?.messageId, 'notice.signedOut');
    assert.equal(h.flow.state.user, undefined);
    assert.equal(count(h, 'signedOut'), 1);
  });

  it('a refresh that failed but kept the tokens (network, 5xx) stays on DONE; one that cleared them ends the session', async () => {
    const h = await signedInAtStart();
    h.fake.emitHub({ event: 'tokenRefresh_failure' });
    await handled();
    assert.equal(h.flow.state.step, 'DONE');
    assert.equal(count(h, 'signedOut'), 0);

    h.fake.user = undefined; // Cognito refused the refresh token: Amplify cleared the tokens
    h.fake.emitHub({ event: 'tokenRefresh_failure' });
    await until(h.flow, (state) => state.step === 'SIGN_IN');
    assert.equal(h.flow.state.notice?.messageId, 'notice.sessionEnded');
    assert.equal(count(h, 'signedOut'), 1);
  });

  it('not signed in: a sign-out or a failed refresh elsewhere changes nothing', async () => {
    const h = harness();
    await h.flow.start();
    for (const event of ['signedOut', 'tokenRefresh_failure'] as const) h.fake.emitHub({ event });
    await handled();
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.notice, undefined);
    assert.equal(h.flow.state.error, undefined);
    assert.equal(count(h, 'signedOut'), 0);
  });
});

describe('news of a sign-in', () => {
  for (const event of ['signedIn', 'signInWithRedirect'] as const) {
    it(`${event}: an untouched SIGN_IN goes to DONE and tells the page who`, async () => {
      const h = harness();
      await h.flow.start();
      h.fake.user = signedInUser();
      h.fake.emitHub({ event });
      await until(h.flow, (state) => state.step === 'DONE');
      assert.deepEqual(h.signedIn, [{ username: 'a1b2c3', userId: 'sub-123', loginId: 'alice@example.com' }]);
    });
  }

  it('a half-filled SIGN_IN is left alone', async () => {
    const h = harness({ formTouched: () => true });
    await h.flow.start();
    const asked = h.fake.callsOf('currentUser').length;
    h.fake.user = signedInUser();
    h.fake.emitHub({ event: 'signedIn' });
    await handled();
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.fake.callsOf('currentUser').length, asked);
    assert.equal(count(h, 'signedIn'), 0);
  });

  it('a sign-in under way here is left alone, and ends signed in once', async () => {
    const h = harness();
    const late = deferred<SignInResult>();
    h.fake.answer('signIn', () => late.promise);
    await h.flow.start();
    const asked = h.fake.callsOf('currentUser').length;
    const signingIn = h.flow.submit('SIGN_IN', CREDENTIALS);
    h.fake.user = signedInUser();
    h.fake.emitHub({ event: 'signedIn' });
    await handled();
    assert.equal(h.fake.callsOf('currentUser').length, asked, 'the watch asked nothing while the call ran');
    late.resolve(step('DONE'));
    await signingIn;
    assert.equal(h.flow.state.step, 'DONE');
    assert.equal(count(h, 'signedIn'), 1);
  });

  it('signed in already: another sign-in changes nothing', async () => {
    const h = await signedInAtStart();
    h.fake.emitHub({ event: 'signedIn' });
    await handled();
    assert.equal(count(h, 'signedIn'), 1);
  });
});

describe('the network coming back', () => {
  it('asks for the user while signed in (a refresh that failed offline runs again), not while signed out', async () => {
    const net = network();
    const h = await signedInAtStart({ online: net.signal });
    const asked = h.fake.callsOf('currentUser').length;
    net.comesBack();
    await handled();
    assert.equal(h.fake.callsOf('currentUser').length, asked + 1);

    await h.flow.signOut();
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.notice?.messageId, 'notice.signedOut');
    net.comesBack();
    await handled();
    assert.equal(h.fake.callsOf('currentUser').length, asked + 1);
  });
});

describe('a widget taken off the page', () => {
  it('hears no more news and stops listening for the network', async () => {
    const net = network();
    const h = await signedInAtStart({ online: net.signal });
    assert.equal(net.listeners.size, 1);
    h.flow.dispose();
    assert.equal(net.listeners.size, 0);
    h.fake.user = undefined;
    h.fake.emitHub({ event: 'signedOut' });
    await handled();
    assert.equal(h.flow.state.step, 'DONE');
    assert.equal(count(h, 'signedOut'), 0);
  });

  it('taken off before startup ended: nothing to stop, nothing thrown', () => {
    const h = harness();
    h.flow.dispose();
    assert.equal(h.flow.state.step, undefined);
  });
});

describe('startup', () => {
  it('a signed-in user shows as the name they sign in with, and the page is told who', async () => {
    const h = await signedInAtStart();
    assert.equal(h.flow.state.username, 'alice@example.com');
    assert.deepEqual(h.signedIn, [{ username: 'a1b2c3', userId: 'sub-123', loginId: 'alice@example.com' }]);
    // Startup shows what is so: the page is not asked (auth-before-step-change) and cannot keep it from showing.
    assert.deepEqual(h.log, ['signedIn', 'step:DONE']);
  });

  it('a user with no sign-in name (a federated one) shows as their username, with no loginId for the page', async () => {
    const h = harness();
    h.fake.user = { username: 'google_1234', userId: 'sub-9' };
    await h.flow.start();
    assert.equal(h.flow.state.step, 'DONE');
    assert.equal(h.flow.state.username, 'google_1234');
    assert.deepEqual(h.signedIn, [{ username: 'google_1234', userId: 'sub-9' }]);
  });

  it('a configuration that fails shows SIGN_IN with the configuration error', async () => {
    const h = harness();
    await h.flow.start(async () => {
      throw new Error('bad outputs');
    });
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.error?.messageId, 'error.configuration');
    assert.equal(h.fake.callsOf('currentUser').length, 0);
    assert.deepEqual(stepChanges(h.log), ['step:SIGN_IN']);
  });

  it('a social return that signed nobody in starts on SIGN_IN with its message', async () => {
    const h = harness({ options: { socialProviders: ['google'] } });
    h.fake.redirectFailure = { error: undefined, canceled: true };
    await h.flow.start();
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.error?.messageId, 'error.socialCanceled');
    assert.deepEqual(stepChanges(h.log), ['step:SIGN_IN']);
  });
});

describe('a social sign-in that fails after startup (Hub news)', () => {
  it('starts over on SIGN_IN with its message, without asking the page', async () => {
    const h = harness({ options: { socialProviders: ['google'] } });
    await h.flow.start();
    h.fake.emitHub({ event: 'signInWithRedirect_failure', canceled: false });
    await handled();
    assert.equal(h.flow.state.error?.messageId, 'error.socialSignIn');
    assert.equal(h.log.filter((logged) => logged.startsWith('before:')).length, 0);
  });
});
