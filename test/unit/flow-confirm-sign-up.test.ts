/** CONFIRM_SIGN_UP met during sign-in: the code confirms the account, then the sign-in continues by itself. */
import { expect } from '@open-wc/testing';
import { step } from '../support/fake-auth-service.js';
import { CREDENTIALS, mount, signInTo, stepsSeen, submitToStep } from './helpers/widget.js';

describe('flow: unconfirmed user', () => {
  it('asks for a code, confirms the account and signs in with the credentials typed', async () => {
    const mounted = await mount();
    const { el, fake, events } = mounted;
    await signInTo(mounted, 'CONFIRM_SIGN_UP');
    expect(fake.callsOf('resendSignUpCode')).to.deep.equal([[CREDENTIALS.username]]);
    expect(el.textContent).to.contain('a***@e***');
    fake.answer('signIn', step('DONE'));
    expect(await submitToStep(el, { code: '123456' })).to.deep.equal({ step: 'DONE', previousStep: 'CONFIRM_SIGN_UP' });
    expect(fake.callsOf('confirmSignUp')).to.deep.equal([[CREDENTIALS.username, '123456']]);
    expect(fake.callsOf('signIn')).to.have.length(2);
    expect(fake.callsOf('signIn')[1][0]).to.deep.include(CREDENTIALS);
    expect(stepsSeen(events)).to.deep.equal(['SIGN_IN', 'CONFIRM_SIGN_UP', 'DONE']);
  });
});
