/** Each code step says how many digits its code has and takes no more (issue 24: say what the field expects). */
import { expect } from '@open-wc/testing';
import { FakeAuthService, step } from '../support/fake-auth-service.js';
import { actionButton, clickToStep, field, mount, signInTo, submitToStep } from './helpers/widget.js';

const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE', {
  codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS' },
});
const EMAIL = step('CONFIRM_SIGN_IN_WITH_EMAIL_CODE', {
  codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL' },
});

/** The code field's description as a screen reader reads it, and its length limits. */
function codeField(el: Element) {
  const input = field(el, 'code');
  const description = (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => el.querySelector(`#${CSS.escape(id)}`)?.textContent?.trim() ?? '')
    .join(' ');
  return { description, minLength: input.minLength, maxLength: input.maxLength };
}

describe('code length', () => {
  it('SMS MFA: the code has 6 digits, said after where it went, and the field takes 6', async () => {
    const mounted = await mount();
    mounted.fake.answer('signIn', SMS);
    await submitToStep(mounted.el, { username: 'alice@example.com', password: 'Passw0rd!' });
    const { description, minLength, maxLength } = codeField(mounted.el);
    expect(description).to.equal('We texted a code to +*******0100. The code has 6 digits.');
    expect([minLength, maxLength]).to.deep.equal([6, 6]);
  });

  it('passwordless email code: 8 digits', async () => {
    const { el, fake } = await mount(new FakeAuthService(), {
      'auth-flow-type': 'USER_AUTH',
      'preferred-challenge': 'EMAIL_OTP',
    });
    fake.answer('signIn', EMAIL);
    await submitToStep(el, { username: 'alice@example.com' });
    const { description, maxLength } = codeField(el);
    expect(description).to.equal('We emailed a code to a***@e***. The code has 8 digits.');
    expect(maxLength).to.equal(8);
  });

  it('email MFA: Cognito documents no length, so none is said or set', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', {
      codeDeliveryDetails: EMAIL.nextStep.codeDeliveryDetails,
    });
    const { description, maxLength } = codeField(mounted.el);
    expect(description).to.equal('We emailed a code to a***@e***.');
    expect(maxLength).to.equal(-1);
  });

  it('authenticator app: 6 digits, said once (the hint says "6-digit" itself)', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const { description, maxLength } = codeField(mounted.el);
    expect(description).to.equal('Open your authenticator app and enter the 6-digit code for this account.');
    expect(maxLength).to.equal(6);
  });

  it('authenticator app set-up: 6 digits, said once, as on the code step', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', {
      totpSetupDetails: { sharedSecret: 'JBSWY3DPEHPK3PXP' },
    });
    const { description, maxLength } = codeField(mounted.el);
    expect(description).to.not.contain('The code has');
    expect(description).to.contain('6-digit');
    expect(maxLength).to.equal(6);
  });

  it('password reset: 6 digits', async () => {
    const { el, fake } = await mount();
    fake.answer('resetPassword', { destination: 'a***@e***', deliveryMedium: 'EMAIL' });
    await clickToStep(el, actionButton(el, 'forgot-password'));
    await submitToStep(el, { username: 'alice@example.com' });
    const { description, maxLength } = codeField(el);
    expect(description).to.match(/ The code has 6 digits\.$/);
    expect(maxLength).to.equal(6);
  });

  it('in German, in its own words and plural', async () => {
    const mounted = await mount(new FakeAuthService(), { lang: 'de' });
    mounted.fake.answer('signIn', SMS);
    await submitToStep(mounted.el, { username: 'alice@example.com', password: 'Passw0rd!' });
    expect(codeField(mounted.el).description).to.match(/ Der Code hat 6 Stellen\.$/);
  });
});
