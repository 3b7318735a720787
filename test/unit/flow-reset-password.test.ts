/** Password reset: required by sign-in, or asked for with "forgot password"; ends signed in with the new password. */
import { expect } from '@open-wc/testing';
import { step } from '../support/fake-auth-service.js';
import {
  actionButton,
  clickToStep,
  CREDENTIALS,
  field,
  mount,
  signInTo,
  stepsSeen,
  submitToStep,
  type Mounted,
} from './helpers/widget.js';

const NEW_PASSWORD = 'N3w-Passw0rd!';

/** From RESET_PASSWORD: sends the code, then the code and new password; resolves on the step after. */
async function finishReset({ el, fake }: Mounted) {
  expect(await submitToStep(el)).to.include({ step: 'CONFIRM_RESET_PASSWORD' });
  expect(fake.callsOf('resetPassword')).to.deep.equal([[CREDENTIALS.username]]);
  fake.answer('signIn', step('DONE'));
  return submitToStep(el, { code: '123456', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
}

/** The new password was set, then used to sign in without being typed again. */
function expectSignedInWithNewPassword({ fake, events }: Mounted) {
  expect(fake.callsOf('confirmResetPassword')).to.deep.equal([[CREDENTIALS.username, '123456', NEW_PASSWORD]]);
  expect(fake.callsOf('signIn').at(-1)![0]).to.deep.include({ username: CREDENTIALS.username, password: NEW_PASSWORD });
  expect(stepsSeen(events).at(-1)).to.equal('DONE');
}

describe('flow: reset password', () => {
  it('when sign-in answers RESET_PASSWORD: username kept, code sent, signed in with the new password', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'RESET_PASSWORD');
    expect(field(mounted.el, 'username').value).to.equal(CREDENTIALS.username);
    expect(mounted.el.querySelector('[role=status]')?.textContent).to.contain('must be reset');
    expect((await finishReset(mounted)).step).to.equal('DONE');
    expectSignedInWithNewPassword(mounted);
  });

  it('from "forgot password": the username typed is prefilled', async () => {
    const mounted = await mount();
    field(mounted.el, 'username').value = CREDENTIALS.username;
    expect(await clickToStep(mounted.el, actionButton(mounted.el, 'forgot-password'))).to.deep.equal({
      step: 'RESET_PASSWORD',
      previousStep: 'SIGN_IN',
    });
    expect(field(mounted.el, 'username').value).to.equal(CREDENTIALS.username);
    mounted.fake.answer('signIn', step('DONE'));
    expect((await finishReset(mounted)).step).to.equal('DONE');
    expectSignedInWithNewPassword(mounted);
  });
});
