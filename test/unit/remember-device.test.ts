/** `remember-device`: the labelled checkbox on the MFA code steps, and Amplify's rememberDevice() when ticked. */
import { expect } from '@open-wc/testing';
import { step } from '../support/fake-auth-service.js';
import { mount, signInTo, submitToStep } from './helpers/widget.js';

const checkbox = (el: Element) => el.querySelector<HTMLInputElement>('input[type=checkbox][name=rememberDevice]');

describe('remember-device', () => {
  it('ask: a labelled checkbox on the TOTP step; ticked, the device is remembered after the sign-in', async () => {
    const mounted = await mount(undefined, { 'remember-device': 'ask' });
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const box = checkbox(mounted.el)!;
    expect(box).to.exist;
    expect(box.closest('label')!.textContent!.trim()).to.equal('Remember this device');
    expect(box.checked).to.equal(false);
    box.click();
    mounted.fake.answer('confirmSignIn', step('DONE'));
    await submitToStep(mounted.el, { code: '123456' });
    expect(mounted.fake.callsOf('rememberDevice')).to.have.length(1);
  });

  for (const attributes of [{}, { 'remember-device': 'always' }] as Record<string, string>[]) {
    it(`${JSON.stringify(attributes)}: no checkbox on the SMS step`, async () => {
      const mounted = await mount(undefined, attributes);
      await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
      expect(checkbox(mounted.el)).to.equal(null);
    });
  }
});
