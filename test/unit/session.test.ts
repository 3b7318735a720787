/** Signed-in state: a user already signed in, sign-out three ways, and a sign-in session Cognito ended. */
import { expect, oneEvent } from '@open-wc/testing';
import { awsError, FakeAuthService, signedInUser } from '../support/fake-auth-service.js';
import {
  actionButton,
  alertText,
  clickToStep,
  CREDENTIALS,
  detailsOf,
  field,
  formAlertText,
  mount,
  nextTask,
  settle,
  signInTo,
  submitToStep,
  type,
  type Mounted,
} from './helpers/widget.js';

async function signedIn(): Promise<Mounted> {
  const fake = new FakeAuthService();
  fake.user = signedInUser();
  return mount(fake);
}

const types = (mounted: Mounted) => mounted.events.map((event) => event.type);

describe('already signed in', () => {
  it('fires auth-signed-in, then a first auth-step-change to DONE from null', async () => {
    const mounted = await signedIn();
    expect(types(mounted).slice(0, 2)).to.deep.equal(['auth-signed-in', 'auth-step-change']);
    expect(mounted.events[0].detail).to.deep.equal({
      username: 'a1b2c3',
      userId: 'sub-123',
      loginId: 'alice@example.com',
    });
    expect(mounted.events[1].detail).to.deep.equal({ step: 'DONE', previousStep: null });
    expect(mounted.el.step).to.equal('DONE');
  });
});

describe('sign out', () => {
  it('with the sign-out button: auth-signed-out once, then SIGN_IN', async () => {
    const mounted = await signedIn();
    expect(await clickToStep(mounted.el, actionButton(mounted.el, 'sign-out'))).to.deep.equal({
      step: 'SIGN_IN',
      previousStep: 'DONE',
    });
    expect(mounted.fake.callsOf('signOut')).to.have.length(1);
    expect(detailsOf(mounted.events, 'auth-signed-out')).to.deep.equal([{}]);
  });

  it('with el.signOut()', async () => {
    const mounted = await signedIn();
    const changed = oneEvent(mounted.el, 'auth-step-change');
    await mounted.el.signOut();
    expect((await changed).detail.step).to.equal('SIGN_IN');
    expect(detailsOf(mounted.events, 'auth-signed-out')).to.have.length(1);
  });

  it('when Amplify Hub says signedOut (another tab, the app)', async () => {
    const mounted = await signedIn();
    const changed = oneEvent(mounted.el, 'auth-step-change');
    mounted.fake.emitHub({ event: 'signedOut' });
    expect((await changed).detail).to.deep.equal({ step: 'SIGN_IN', previousStep: 'DONE' });
    expect(detailsOf(mounted.events, 'auth-signed-out')).to.have.length(1);
  });
});

/** `<role=status>` text of the form on screen. */
const statusText = (mounted: Mounted) => mounted.el.querySelector('form [role=status]')?.textContent?.trim() ?? '';

describe('a failed token refresh (Amplify 6.21+: only a refused refresh token clears the tokens)', () => {
  it('that kept the tokens (network, 5xx, throttle) stays on DONE, and asks again when the network returns', async () => {
    const mounted = await signedIn();
    mounted.fake.emitHub({ event: 'tokenRefresh_failure' });
    await settle(mounted.el);
    await nextTask();
    expect(mounted.el.step).to.equal('DONE');
    expect(detailsOf(mounted.events, 'auth-signed-out')).to.have.length(0);
    const asked = mounted.fake.callsOf('currentUser').length;
    window.dispatchEvent(new Event('online'));
    expect(mounted.fake.callsOf('currentUser')).to.have.length(asked + 1);
  });

  it('that cleared the tokens (Cognito refused the refresh token) goes to SIGN_IN, says the session ended', async () => {
    const mounted = await signedIn();
    const changed = oneEvent(mounted.el, 'auth-step-change');
    mounted.fake.user = undefined;
    mounted.fake.emitHub({ event: 'tokenRefresh_failure' });
    expect((await changed).detail).to.deep.equal({ step: 'SIGN_IN', previousStep: 'DONE' });
    expect(detailsOf(mounted.events, 'auth-signed-out')).to.deep.equal([{}]);
    await settle(mounted.el);
    expect(statusText(mounted)).to.equal('Your session has ended. Sign in again to continue.');
  });

  it('the network coming back while signed out asks nothing', async () => {
    const mounted = await mount();
    const asked = mounted.fake.callsOf('currentUser').length;
    window.dispatchEvent(new Event('online'));
    expect(mounted.fake.callsOf('currentUser')).to.have.length(asked);
  });
});

describe('another tab of this origin (Amplify turns its storage keys into Hub news)', () => {
  it('signed in: an untouched SIGN_IN goes to DONE with auth-signed-in', async () => {
    const mounted = await mount();
    const changed = oneEvent(mounted.el, 'auth-step-change');
    mounted.fake.user = signedInUser();
    mounted.fake.emitHub({ event: 'signedIn' });
    expect((await changed).detail).to.deep.equal({ step: 'DONE', previousStep: 'SIGN_IN' });
    expect(detailsOf(mounted.events, 'auth-signed-in')).to.have.length(1);
  });

  it('signed in: a half-filled SIGN_IN is left alone, and its submit ends signed in, not in an error', async () => {
    const mounted = await mount();
    type(mounted.el, 'username', CREDENTIALS.username);
    mounted.fake.user = signedInUser();
    mounted.fake.emitHub({ event: 'signedIn' });
    await settle(mounted.el);
    await nextTask();
    expect(mounted.el.step).to.equal('SIGN_IN');
    expect(field(mounted.el, 'username').value).to.equal(CREDENTIALS.username);
    mounted.fake.answer('signIn', awsError('UserAlreadyAuthenticatedException', 'There is already a signed in user.'));
    expect(await submitToStep(mounted.el, { password: CREDENTIALS.password })).to.deep.equal({
      step: 'DONE',
      previousStep: 'SIGN_IN',
    });
    await settle(mounted.el);
    expect(alertText(mounted.el)).to.equal('');
    expect(detailsOf(mounted.events, 'auth-error')).to.have.length(0);
    expect(detailsOf(mounted.events, 'auth-signed-in')).to.have.length(1);
  });
});

describe('sign-in session ended by Cognito (failAuthentication)', () => {
  it('confirmSignIn failing with NotAuthorizedException goes to SIGN_IN with the username and a message', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    mounted.fake.answer('confirmSignIn', awsError('NotAuthorizedException', 'Invalid session for the user.'));
    expect(await submitToStep(mounted.el, { code: '123456' })).to.deep.equal({
      step: 'SIGN_IN',
      previousStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
    });
    await settle(mounted.el);
    expect(field(mounted.el, 'username').value).to.equal(CREDENTIALS.username);
    expect(formAlertText(mounted.el)).to.not.equal('');
    expect(detailsOf(mounted.events, 'auth-error').at(-1)).to.include({ name: 'NotAuthorizedException' });
  });
});

describe('restart()', () => {
  it('goes back to SIGN_IN from any step', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const changed = oneEvent(mounted.el, 'auth-step-change');
    mounted.el.restart();
    expect((await changed).detail).to.deep.equal({ step: 'SIGN_IN', previousStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' });
  });
});
