/** Whole sign-ins with a second factor: TOTP setup, and MFA selection then an SMS code (with a resend). */
import { expect } from '@open-wc/testing';
import { awsError, step } from '../support/fake-auth-service.js';
import {
  actionButton,
  choiceButton,
  clickToStep,
  detailsOf,
  field,
  fieldErrorText,
  mount,
  settle,
  signInTo,
  stepsSeen,
  submitAndSettle,
  submitToStep,
  type Mounted,
  expectFocusOn,
} from './helpers/widget.js';

const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE', {
  codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS' },
});

async function toSmsThroughSelection(): Promise<Mounted> {
  const mounted = await mount();
  await signInTo(mounted, 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] });
  mounted.fake.answer('confirmSignIn', SMS);
  await clickToStep(mounted.el, choiceButton(mounted.el, 'SMS'));
  return mounted;
}

describe('flow: password, then TOTP setup', () => {
  it('sets up the authenticator app with its first code and signs in', async () => {
    const mounted = await mount();
    const { el, fake, events } = mounted;
    await signInTo(mounted, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', {
      totpSetupDetails: { sharedSecret: 'JBSWY3DPEHPK3PXP' },
    });
    fake.answer('confirmSignIn', step('DONE'));
    expect(await submitToStep(el, { code: '654321' })).to.deep.equal({
      step: 'DONE',
      previousStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP',
    });
    expect(fake.callsOf('confirmSignIn')).to.deep.equal([[{ challengeResponse: '654321', userAttributes: undefined }]]);
    expect(stepsSeen(events)).to.deep.equal(['SIGN_IN', 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', 'DONE']);
    expect(detailsOf(events, 'auth-signed-in')).to.have.length(1);
  });
});

describe('flow: password, MFA selection, SMS code', () => {
  it('rejects a wrong code at the code field, then signs in with the right one', async () => {
    const { el, fake, events } = await toSmsThroughSelection();
    expect(el.textContent).to.contain('+*******0100');
    fake.answer('confirmSignIn', awsError('CodeMismatchException'));
    await submitAndSettle(el, { code: '111111' });
    expect(el.step).to.equal('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    expect(fieldErrorText(el, 'code')).to.contain('isn’t right');
    fake.answer('confirmSignIn', step('DONE'));
    expect(await submitToStep(el, { code: '123456' })).to.include({ step: 'DONE' });
    expect(
      fake.callsOf('confirmSignIn').map(([request]) => (request as { challengeResponse: string }).challengeResponse),
    ).to.deep.equal(['SMS', '111111', '123456']);
    expect(stepsSeen(events)).to.deep.equal([
      'SIGN_IN',
      'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
      'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      'DONE',
    ]);
  });

  it('resends the code by signing in again and replaying the MFA choice', async () => {
    const { el, fake } = await toSmsThroughSelection();
    fake.answer('signIn', step('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] }));
    fake.answer('confirmSignIn', SMS);
    actionButton(el, 'resend-code').click();
    await settle(el);
    expect(fake.callsOf('signIn')).to.have.length(2);
    expect(fake.callsOf('signIn')[1]).to.deep.equal(fake.callsOf('signIn')[0]);
    expect(fake.callsOf('confirmSignIn').at(-1)![0]).to.include({ challengeResponse: 'SMS' });
    expect(el.step).to.equal('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    // The notice says a new code is coming; where it goes is in the hint, not repeated.
    expect(el.querySelector('[role=status]')?.textContent?.trim()).to.equal('A new code is on its way.');
    expect(el.querySelector('.auth-hint')?.textContent).to.contain('+*******0100');
    expect(field(el, 'code').value).to.equal('');
    expectFocusOn(field(el, 'code'));
  });
});
