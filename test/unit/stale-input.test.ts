/**
 * Input the user no longer means, and input typed loosely: a form from a step that is gone, a sign-in given up on,
 * spaces around a username, a session that expired while the code was typed.
 */
import { expect } from '@open-wc/testing';
import type { SignInResult } from '../../src/auth-service.js';
import { deferred } from '../support/deferred.js';
import { awsError, step } from '../support/fake-auth-service.js';
import {
  actionButton,
  alertText,
  clickToStep,
  CREDENTIALS,
  detailsOf,
  field,
  fill,
  mount,
  primaryButton,
  settle,
  signInTo,
  submitAndSettle,
  submitToStep,
} from './helpers/widget.js';

const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+*******0100' } });

describe('input from a step that is gone', () => {
  it('the sign-in form submitted again once the SMS step shows sends no second sign-in (no second SMS)', async () => {
    const { el, fake } = await mount();
    const signInForm = el.querySelector('form')!;
    fake.answer('signIn', SMS);
    await submitToStep(el, CREDENTIALS);
    // A second Enter on the old form, arriving after the SMS step replaced it.
    signInForm.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
    await settle(el);
    expect(fake.callsOf('signIn')).to.have.length(1);
    expect(el.step).to.equal('CONFIRM_SIGN_IN_WITH_SMS_CODE');
  });

  it('a sign-in given up on (forgot password, back, signed in again) does not sign out the user when it answers late', async () => {
    const { el, fake, events } = await mount();
    const abandoned = deferred<SignInResult>();
    fake.answer('signIn', () => abandoned.promise, step('DONE'));
    fill(el, CREDENTIALS);
    primaryButton(el).click();
    await clickToStep(el, actionButton(el, 'forgot-password'));
    await clickToStep(el, actionButton(el, 'back-to-sign-in'));
    expect(await submitToStep(el, CREDENTIALS)).to.deep.include({ step: 'DONE' });
    abandoned.resolve(step('DONE'));
    await abandoned.promise;
    await settle(el);
    expect(fake.callsOf('signOut')).to.deep.equal([]);
    expect(el.step).to.equal('DONE');
    expect(detailsOf(events, 'auth-signed-out')).to.deep.equal([]);
  });
});

describe('typed loosely', () => {
  it('a username typed with spaces around it signs in (the spaces are not sent)', async () => {
    const { el, fake } = await mount();
    fake.answer('signIn', step('DONE'));
    await submitToStep(el, { username: `  ${CREDENTIALS.username} `, password: CREDENTIALS.password });
    expect(fake.callsOf('signIn')[0][0]).to.deep.include({ username: CREDENTIALS.username });
    expect(el.step).to.equal('DONE');
  });
});

describe('a session that expired on a code step', () => {
  it('reads "session expired" back on SIGN_IN, with the username kept', async () => {
    const mounted = await mount();
    const { el, fake } = mounted;
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+1***' } });
    fake.answer(
      'confirmSignIn',
      awsError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
    );
    await submitAndSettle(el, { code: '123456' });
    await settle(el);
    expect(el.step).to.equal('SIGN_IN');
    expect(alertText(el)).to.equal('Your sign-in session expired. Sign in again.');
    expect(field(el, 'username').value).to.equal(CREDENTIALS.username);
  });
});
