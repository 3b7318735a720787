/** SIGN_IN by auth-flow-type and preferred-challenge: which fields it asks, and falling back to the choice of factor. */
import { expect } from '@open-wc/testing';
import { awsError, FakeAuthService, step } from '../support/fake-auth-service.js';
import {
  actionButton,
  choiceValues,
  clickToStep,
  CREDENTIALS,
  detailsOf,
  field,
  formAlertText,
  mount,
  settle,
  signInTo,
  submitToStep,
} from './helpers/widget.js';

const USER_AUTH = { 'auth-flow-type': 'USER_AUTH' };
const FIRST_FACTOR = step('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', {
  availableChallenges: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'],
});

describe('SIGN_IN fields by flow', () => {
  it('a cancelled passkey preferred by the configuration (passwordless.preferred_challenge) offers the choice of factor', async () => {
    const fake = new FakeAuthService();
    fake.preferred = 'WEB_AUTHN';
    const { el } = await mount(fake, USER_AUTH);
    fake.answer('signIn', awsError('PasskeyAuthenticationCanceled'), FIRST_FACTOR);
    const change = await submitToStep(el, { username: CREDENTIALS.username });
    expect(fake.callsOf('signIn')[0][0]).to.deep.include({ preferredChallenge: 'WEB_AUTHN' });
    expect(change.step).to.equal('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
  });

  it('USER_AUTH without a password preference asks for the username only, and sends no password', async () => {
    const { el, fake } = await mount(undefined, USER_AUTH);
    expect(field(el, 'username')).to.exist;
    expect(field(el, 'password')).to.not.exist;
    fake.answer('signIn', FIRST_FACTOR);
    await submitToStep(el, { username: CREDENTIALS.username });
    expect(fake.callsOf('signIn')[0][0]).to.deep.equal({ username: CREDENTIALS.username, authFlowType: 'USER_AUTH' });
  });

  for (const preference of ['PASSWORD', 'PASSWORD_SRP']) {
    it(`USER_AUTH with preferred-challenge ${preference} asks for the password and sends the preference`, async () => {
      const { el, fake } = await mount(undefined, { ...USER_AUTH, 'preferred-challenge': preference });
      expect(field(el, 'password')).to.exist;
      fake.answer('signIn', step('DONE'));
      await submitToStep(el, CREDENTIALS);
      expect(fake.callsOf('signIn')[0][0]).to.deep.equal({
        ...CREDENTIALS,
        authFlowType: 'USER_AUTH',
        preferredChallenge: preference,
      });
    });
  }

  it('CUSTOM_WITHOUT_SRP asks for the username only', async () => {
    const { el } = await mount(undefined, { 'auth-flow-type': 'CUSTOM_WITHOUT_SRP' });
    expect(field(el, 'password')).to.not.exist;
    expect(el.querySelector('[data-action=forgot-password]')).to.not.exist;
  });

  it('follows a change of auth-flow-type on the next screen', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    mounted.el.setAttribute('auth-flow-type', 'USER_AUTH');
    await clickToStep(mounted.el, actionButton(mounted.el, 'back-to-sign-in'));
    expect(field(mounted.el, 'password')).to.not.exist;
  });
});

describe('a preferred challenge that cannot be used', () => {
  for (const name of ['PasskeyAuthenticationCanceled', 'InvalidPreferredChallenge']) {
    it(`${name}: signs in again without the preference and offers the choice, with a message`, async () => {
      const { el, fake, events } = await mount(undefined, { ...USER_AUTH, 'preferred-challenge': 'WEB_AUTHN' });
      fake.answer('signIn', awsError(name), FIRST_FACTOR);
      expect(await submitToStep(el, { username: CREDENTIALS.username })).to.include({
        step: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
      });
      const [first, second] = fake.callsOf('signIn').map(([request]) => request);
      expect(first).to.include({ preferredChallenge: 'WEB_AUTHN' });
      expect(second).to.deep.equal({ username: CREDENTIALS.username, authFlowType: 'USER_AUTH' });
      expect(choiceValues(el)).to.deep.equal(['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN']);
      await settle(el);
      expect(formAlertText(el)).to.not.equal('');
      expect(detailsOf(events, 'auth-error').at(-1)).to.include({
        name,
        step: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
      });
    });
  }
});
