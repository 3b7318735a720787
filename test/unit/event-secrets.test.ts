/** No event detail ever holds a password, a one-time code, a TOTP secret or a new password. */
import { expect } from '@open-wc/testing';
import { awsError, step } from '../support/fake-auth-service.js';
import { mount, signInTo, submitAndSettle, submitToStep } from './helpers/widget.js';

const SECRETS = {
  password: 'Passw0rd!',
  wrongCode: '111111',
  code: '246810',
  totpSecret: 'JBSWY3DPEHPK3PXP',
  newPassword: 'N3w-Passw0rd!',
};

describe('events carry no secrets', () => {
  it('through new password, TOTP setup with a wrong code, and sign-out', async () => {
    const mounted = await mount();
    const { el, fake, events } = mounted;
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    fake.answer(
      'confirmSignIn',
      step('CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { totpSetupDetails: { sharedSecret: SECRETS.totpSecret } }),
    );
    await submitToStep(el, { newPassword: SECRETS.newPassword, confirmPassword: SECRETS.newPassword });
    fake.answer('confirmSignIn', awsError('EnableSoftwareTokenMFAException', 'Code mismatch'));
    await submitAndSettle(el, { code: SECRETS.wrongCode });
    fake.answer('confirmSignIn', step('DONE'));
    await submitToStep(el, { code: SECRETS.code });
    await submitAndSettle(el, {}, el.querySelector<HTMLButtonElement>('[data-action=sign-out]')!);

    expect(events.map((event) => event.type)).to.include.members([
      'auth-step-change',
      'auth-signed-in',
      'auth-error',
      'auth-signed-out',
    ]);
    for (const event of events) {
      const detail = JSON.stringify(event.detail);
      for (const [what, secret] of Object.entries(SECRETS))
        expect(detail, `${event.type} holds the ${what}`).to.not.contain(secret);
    }
  });
});
