/** "Send a new code", as the user presses it on each screen: the code that screen waits for, sent once. */
import { expect } from '@open-wc/testing';
import type { SignInResult } from '../../src/auth-service.js';
import { deferred } from '../support/deferred.js';
import { step } from '../support/fake-auth-service.js';
import {
  actionButton,
  clickToStep,
  CREDENTIALS,
  field,
  mount,
  settle,
  signInTo,
  submitToStep,
} from './helpers/widget.js';

const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+*******0100' } });
const status = (el: Element) => el.querySelector('[role=status]')?.textContent?.trim();

describe('"Send a new code"', () => {
  it('on the account confirmation screen sends a new sign-up code, not a password-reset code', async () => {
    const mounted = await mount();
    const { el, fake } = mounted;
    await signInTo(mounted, 'CONFIRM_SIGN_UP');
    fake.answer('resendSignUpCode', { destination: 'n***@e***', deliveryMedium: 'EMAIL' });
    actionButton(el, 'resend-code').click();
    await settle(el);
    expect(fake.callsOf('resendSignUpCode')).to.deep.equal([[CREDENTIALS.username], [CREDENTIALS.username]]);
    expect(fake.callsOf('resetPassword')).to.deep.equal([]);
    expect(fake.callsOf('signIn'), 'the sign-in is not started again').to.have.length(1);
    expect(el.step).to.equal('CONFIRM_SIGN_UP');
    expect(status(el)).to.equal('A new code is on its way.');
    expect(el.textContent).to.contain('n***@e***');
  });

  it('on the reset screen sends a new reset code', async () => {
    const { el, fake } = await mount();
    field(el, 'username').value = CREDENTIALS.username;
    await clickToStep(el, actionButton(el, 'forgot-password'));
    await submitToStep(el, { username: CREDENTIALS.username });
    expect(el.step).to.equal('CONFIRM_RESET_PASSWORD');
    actionButton(el, 'resend-code').click();
    await settle(el);
    expect(fake.callsOf('resetPassword')).to.deep.equal([[CREDENTIALS.username], [CREDENTIALS.username]]);
    expect(fake.callsOf('resendSignUpCode')).to.deep.equal([]);
    expect(status(el)).to.equal('A new code is on its way.');
  });

  it('is not offered on the authenticator-app screen (the app makes the codes)', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    // Compared as a boolean: a failed `expect(element)` makes the runner serialize the whole page.
    expect(actionButton(mounted.el, 'resend-code') === null, 'no "Send a new code" button').to.equal(true);
  });

  it('pressed twice while the first new SMS is on its way sends one SMS', async () => {
    const mounted = await mount();
    const { el, fake } = mounted;
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+1***' } });
    const slow = deferred<SignInResult>();
    fake.answer('signIn', () => slow.promise, SMS);
    const button = actionButton(el, 'resend-code');
    button.click();
    button.click();
    slow.resolve(SMS);
    await settle(el);
    expect(fake.callsOf('signIn')).to.have.length(2);
  });
});
