/** CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE: the question shown, a wrong answer keeps the step with a message. */
import { expect } from '@open-wc/testing';
import { step } from '../support/fake-auth-service.js';
import { detailsOf, field, fieldErrorText, mount, signInTo, submitAndSettle, submitToStep } from './helpers/widget.js';

const CHALLENGE = step('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', { additionalInfo: { question: 'What is 2 + 2?' } });

describe('flow: custom challenge', () => {
  it('stays on the step with a message after a wrong answer, then signs in with the right one', async () => {
    const mounted = await mount(undefined, { 'auth-flow-type': 'CUSTOM_WITH_SRP' });
    const { el, fake, events } = mounted;
    await signInTo(mounted, CHALLENGE.nextStep.signInStep, { ...CHALLENGE.nextStep });
    expect(el.querySelector(`label[for="${field(el, 'answer').id}"]`)?.textContent).to.contain('What is 2 + 2?');

    fake.answer('confirmSignIn', CHALLENGE);
    await submitAndSettle(el, { answer: '5' });
    expect(el.step).to.equal('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    expect(fieldErrorText(el, 'answer')).to.equal('That answer isn’t right. Try again.');
    expect(detailsOf(events, 'auth-error').at(-1)).to.include({ step: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' });

    fake.answer('confirmSignIn', step('DONE'));
    expect(await submitToStep(el, { answer: '4' })).to.include({ step: 'DONE' });
    expect(
      fake.callsOf('confirmSignIn').map(([request]) => (request as { challengeResponse: string }).challengeResponse),
    ).to.deep.equal(['5', '4']);
  });
});
