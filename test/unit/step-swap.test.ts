/** The element being replaced keeps showing its own step until it is gone: never the next step's state. */
import { expect } from '@open-wc/testing';
import { step } from '../support/fake-auth-service.js';
import { choiceButton, clickToStep, mount, signInTo } from './helpers/widget.js';

describe('step swap', () => {
  it('the MFA selection keeps its choice buttons on its way out', async () => {
    const mounted = await mount();
    const { el, fake } = mounted;
    await signInTo(mounted, 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] });
    const outgoing = el.querySelector('[step=CONTINUE_SIGN_IN_WITH_MFA_SELECTION]')!;
    const counts: number[] = [];
    const observer = new MutationObserver(() => {
      if (outgoing.isConnected) counts.push(outgoing.querySelectorAll('button[name=choice]').length);
    });
    observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    fake.answer(
      'confirmSignIn',
      step('CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+1***' } }),
    );
    expect((await clickToStep(el, choiceButton(el, 'SMS'))).step).to.equal('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    observer.disconnect();
    expect(counts.length, 'the outgoing element was observed').to.be.above(0);
    expect(Math.min(...counts)).to.equal(2);
  });
});
