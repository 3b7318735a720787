/** CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED with missing attributes. */
import { expect } from '@open-wc/testing';
import { step } from '../support/fake-auth-service.js';
import {
  field,
  fieldErrorText,
  mount,
  signInTo,
  submitAndSettle,
  submitToStep,
  type Mounted,
  expectFocusOn,
} from './helpers/widget.js';

const NEW_PASSWORD = 'N3w-Passw0rd!';

async function newPasswordStep(): Promise<Mounted> {
  const mounted = await mount();
  await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', {
    missingAttributes: ['given_name', 'phone_number'],
  });
  return mounted;
}

describe('flow: new password required, with missing attributes', () => {
  it('shows one input per missing attribute, named after it', async () => {
    const { el } = await newPasswordStep();
    expect(field(el, 'given_name')).to.exist;
    expect(field(el, 'phone_number')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('sends the new password with the attributes as userAttributes, and signs in', async () => {
    const { el, fake } = await newPasswordStep();
    fake.answer('confirmSignIn', step('DONE'));
    const change = await submitToStep(el, {
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
      given_name: 'Alice',
      phone_number: '+15555550100',
    });
    expect(change.step).to.equal('DONE');
    expect(fake.callsOf('confirmSignIn')).to.deep.equal([
      [{ challengeResponse: NEW_PASSWORD, userAttributes: { given_name: 'Alice', phone_number: '+15555550100' } }],
    ]);
  });

  it('shows a mismatched confirmation at confirmPassword, focused, and sends nothing', async () => {
    const { el, fake } = await newPasswordStep();
    await submitAndSettle(el, {
      newPassword: NEW_PASSWORD,
      confirmPassword: 'other',
      given_name: 'Alice',
      phone_number: '+15555550100',
    });
    expect(fieldErrorText(el, 'confirmPassword')).to.equal('The passwords don’t match.');
    expectFocusOn(field(el, 'confirmPassword'));
    expect(fake.callsOf('confirmSignIn')).to.have.length(0);
  });

  it('requires each missing attribute', async () => {
    const { el, fake } = await newPasswordStep();
    await submitAndSettle(el, { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, given_name: 'Alice' });
    expect(fieldErrorText(el, 'phone_number')).to.equal('This field is required.');
    expect(fake.callsOf('confirmSignIn')).to.have.length(0);
  });
});
