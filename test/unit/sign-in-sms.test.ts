import { expect } from '@open-wc/testing';
import { step } from '../support/fake-auth-service.js';
import {
  expectFocusOn,
  alertText,
  clickToStep,
  field,
  fieldErrorText,
  mount,
  primaryButton,
  settle,
  type,
} from './helpers/widget.js';

describe('sign in with password, then an SMS code', () => {
  it('shows SIGN_IN with the form markup of the README, and leaves focus where the page had it', async () => {
    const { el, events } = await mount();
    expect(el.step).to.equal('SIGN_IN');
    expect(el.getAttribute('step')).to.equal('SIGN_IN');
    expect(document.querySelector('auth-sign-in input[name=username][autocomplete=username]')).to.exist;
    expect(document.querySelector('auth-sign-in input[type=password][name=password][autocomplete=current-password]')).to
      .exist;
    expectFocusOn(document.body, 'no focus taken on load');
    expect(events[0].detail).to.deep.equal({ step: 'SIGN_IN', previousStep: null });
    await expect(el).to.be.accessible();
  });

  it('with `autofocus`, the first screen is focused on the username', async () => {
    const { el } = await mount(undefined, { autofocus: '' });
    expectFocusOn(field(el, 'username'));
  });

  it('goes through the SMS code step to DONE, with a wrong code on the way', async () => {
    const { el, fake, events } = await mount();
    fake.answer(
      'signIn',
      step('CONFIRM_SIGN_IN_WITH_SMS_CODE', {
        codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS' },
      }),
    );
    type(el, 'username', 'sms@example.com');
    type(el, 'password', 'Passw0rd!');
    const change = await clickToStep(el, primaryButton(el));
    expect(change).to.deep.equal({ step: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', previousStep: 'SIGN_IN' });
    expect(fake.callsOf('signIn')[0][0]).to.deep.include({
      username: 'sms@example.com',
      password: 'Passw0rd!',
      authFlowType: 'USER_SRP_AUTH',
    });
    expect(el.textContent).to.contain('+*******0100');
    const code = el.querySelector('input[name=code][autocomplete=one-time-code][inputmode=numeric]');
    expectFocusOn(code);

    fake.answer('confirmSignIn', Object.assign(new Error('Invalid code'), { name: 'CodeMismatchException' }));
    type(el, 'code', '111111');
    primaryButton(el).click();
    await settle(el);
    expect(fieldErrorText(el, 'code')).to.contain('isn’t right');
    expect(field(el, 'code').value).to.equal('111111');
    fake.answer('confirmSignIn', step('DONE'));

    type(el, 'code', '123456');
    const done = await clickToStep(el, primaryButton(el));
    expect(done).to.deep.equal({ step: 'DONE', previousStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE' });
    expect(fake.callsOf('confirmSignIn')[1][0]).to.deep.equal({
      challengeResponse: '123456',
      userAttributes: undefined,
    });
    const signedIn = events.find((event) => event.type === 'auth-signed-in');
    expect(signedIn?.detail).to.deep.equal({ username: 'a1b2c3', userId: 'sub-123', loginId: 'sms@example.com' });
    expect(el.textContent).to.contain('Signed in as sms@example.com');
    expect(alertText(el)).to.equal('');
  });
});
