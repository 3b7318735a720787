/** MFA selection, MFA setup selection and first-factor selection: one submit button per choice, valued as Amplify takes it. */
import { expect } from '@open-wc/testing';
import { FakeAuthService, step } from '../support/fake-auth-service.js';
import { choiceButton, choiceValues, clickToStep, mount, signInTo, type Mounted } from './helpers/widget.js';

async function choiceStep(
  signInStep: string,
  extra: Record<string, unknown>,
  fake = new FakeAuthService(),
): Promise<Mounted> {
  const mounted = await mount(fake);
  await signInTo(mounted, signInStep, extra);
  return mounted;
}

const labels = (el: Element) =>
  [...el.querySelectorAll('button[name=choice]')].map((button) => button.textContent?.trim());

describe('MFA selection', () => {
  it('offers one button per allowed MFA type, each with its own label', async () => {
    const { el } = await choiceStep('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', {
      allowedMFATypes: ['SMS', 'TOTP', 'EMAIL'],
    });
    expect(choiceValues(el)).to.deep.equal(['SMS', 'TOTP', 'EMAIL']);
    expect(new Set(labels(el)).size).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('sends the chosen type and goes where Amplify answers', async () => {
    const { el, fake } = await choiceStep('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] });
    fake.answer('confirmSignIn', step('CONFIRM_SIGN_IN_WITH_TOTP_CODE'));
    const change = await clickToStep(el, choiceButton(el, 'TOTP'));
    expect(change).to.deep.equal({
      step: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
      previousStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
    });
    expect(fake.callsOf('confirmSignIn')).to.deep.equal([[{ challengeResponse: 'TOTP', userAttributes: undefined }]]);
  });
});

describe('MFA setup selection', () => {
  it('offers the types that can be set up, and sends the one chosen', async () => {
    const { el, fake } = await choiceStep('CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', {
      allowedMFATypes: ['TOTP', 'EMAIL'],
    });
    expect(choiceValues(el)).to.deep.equal(['TOTP', 'EMAIL']);
    fake.answer('confirmSignIn', step('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP'));
    expect(await clickToStep(el, choiceButton(el, 'EMAIL'))).to.include({ step: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' });
    expect(fake.callsOf('confirmSignIn')[0][0]).to.include({ challengeResponse: 'EMAIL' });
  });
});

describe('first-factor selection', () => {
  const FIRST_FACTOR = 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION';
  const all = { availableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] };

  it('shows PASSWORD and PASSWORD_SRP as one button valued PASSWORD_SRP, and the passkey where supported', async () => {
    const { el } = await choiceStep(FIRST_FACTOR, all);
    expect(choiceValues(el)).to.deep.equal(['PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN']);
  });

  it('offers no passkey where the browser cannot use one', async () => {
    const fake = new FakeAuthService();
    fake.passkeysSupported = false;
    const { el } = await choiceStep(FIRST_FACTOR, all, fake);
    expect(choiceValues(el)).to.deep.equal(['PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP']);
  });

  it('keeps PASSWORD when it is the only password choice', async () => {
    const { el } = await choiceStep(FIRST_FACTOR, { availableChallenges: ['PASSWORD', 'EMAIL_OTP'] });
    expect(choiceValues(el)).to.deep.equal(['PASSWORD', 'EMAIL_OTP']);
  });

  it('sends the password choice and asks for the password', async () => {
    const { el, fake } = await choiceStep(FIRST_FACTOR, all);
    fake.answer('confirmSignIn', step('CONFIRM_SIGN_IN_WITH_PASSWORD'));
    expect(await clickToStep(el, choiceButton(el, 'PASSWORD_SRP'))).to.include({
      step: 'CONFIRM_SIGN_IN_WITH_PASSWORD',
    });
    expect(fake.callsOf('confirmSignIn')[0][0]).to.include({ challengeResponse: 'PASSWORD_SRP' });
  });
});
