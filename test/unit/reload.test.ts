/** A reload in the middle of a sign-in: the widget comes back on the same step, or explains why it cannot. */
import { expect } from '@open-wc/testing';
import { step } from '../support/fake-auth-service.js';
import { PENDING_KEY } from '../../src/flow/resume.js';
import {
  actionButton,
  choiceValues,
  CREDENTIALS,
  field,
  formAlertText,
  mount,
  reload,
  signInTo,
  submitToStep,
  expectFocusOn,
} from './helpers/widget.js';

const notice = (el: Element) => el.querySelector('[role=status]')?.textContent ?? '';

describe('reload during a sign-in', () => {
  it('comes back on a code step with the same destination, and the code still works', async () => {
    const first = await mount();
    await signInTo(first, 'CONFIRM_SIGN_IN_WITH_SMS_CODE', {
      codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS' },
    });
    const { el, fake, events } = await reload(first, { autofocus: '' });
    expect(events[0].detail).to.deep.equal({ step: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', previousStep: null });
    expect(el.textContent).to.contain('+*******0100');
    expectFocusOn(field(el, 'code'));
    expect(actionButton(el, 'resend-code'), 'no resend: the password is gone').to.not.exist;
    fake.answer('confirmSignIn', step('DONE'));
    expect((await submitToStep(el, { code: '123456' })).step).to.equal('DONE');
    expect(fake.callsOf('confirmSignIn')[0][0]).to.include({ challengeResponse: '123456' });
  });

  it('comes back on a selection with the same choices', async () => {
    const first = await mount();
    await signInTo(first, 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP', 'EMAIL'] });
    const { el } = await reload(first);
    expect(el.step).to.equal('CONTINUE_SIGN_IN_WITH_MFA_SELECTION');
    expect(choiceValues(el)).to.deep.equal(['SMS', 'TOTP', 'EMAIL']);
  });

  it('from TOTP setup, comes back to SIGN_IN with the username and a notice (the secret is not kept)', async () => {
    const first = await mount();
    await signInTo(first, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', {
      totpSetupDetails: { sharedSecret: 'JBSWY3DPEHPK3PXP' },
    });
    expect(sessionStorage.getItem(PENDING_KEY)).to.not.contain('JBSWY3DPEHPK3PXP');
    const { el } = await reload(first);
    expect(el.step).to.equal('SIGN_IN');
    expect(field(el, 'username').value).to.equal(CREDENTIALS.username);
    expect(notice(el)).to.contain('reload');
  });
});

describe('expired sign-in session', () => {
  it('goes to SIGN_IN with the username and a message when the pending record is past expiresAt', async () => {
    const record = {
      step: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      username: 'bob@example.com',
      data: {},
      expiresAt: Date.now() - 1000,
    };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(record));
    const { el, events } = await mount();
    expect(events.find((event) => event.type === 'auth-step-change')!.detail).to.deep.equal({
      step: 'SIGN_IN',
      previousStep: null,
    });
    expect(field(el, 'username').value).to.equal('bob@example.com');
    expect(formAlertText(el)).to.contain('expired');
  });

  it('a resumed step keeps the expiry of the Amplify session it resumes', async () => {
    const expiresAt = Date.now() + 60_000;
    const record = { step: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE', username: 'totp@example.com', data: {}, expiresAt };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(record));
    const { el } = await mount();
    expect(el.step).to.equal('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    expect(JSON.parse(sessionStorage.getItem(PENDING_KEY)!).expiresAt).to.equal(expiresAt);
  });
});
