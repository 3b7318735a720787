/** The flow core as a page meets it: the resend countdown on the reset screen, `auth-before-step-change`, expiry. */
import { expect, oneEvent } from '@open-wc/testing';
import type { AuthBeforeStepChangeDetail } from '../../src/events.js';
import { PENDING_KEY } from '../../src/flow/resume.js';
import { step } from '../support/fake-auth-service.js';
import {
  actionButton,
  clickToStep,
  CREDENTIALS,
  field,
  mount,
  primaryButton,
  settle,
  signInTo,
  stepsSeen,
  submitToStep,
} from './helpers/widget.js';

describe('"Send a new code" on the reset screen', () => {
  it('shows the countdown after a press and sends nothing more until it ends', async () => {
    const mounted = await mount();
    const { el, fake } = mounted;
    field(el, 'username').value = CREDENTIALS.username;
    await clickToStep(el, actionButton(el, 'forgot-password'));
    expect((await submitToStep(el)).step).to.equal('CONFIRM_RESET_PASSWORD');
    const resend = actionButton(el, 'resend-code');
    expect(resend.disabled).to.equal(false);
    resend.click();
    await settle(el);
    expect(fake.callsOf('resetPassword')).to.have.length(2);
    const waiting = actionButton(el, 'resend-code');
    expect(waiting.disabled).to.equal(true);
    expect(waiting.textContent).to.match(/Send a new code in (29|30) seconds/);
    waiting.click();
    await settle(el);
    expect(fake.callsOf('resetPassword')).to.have.length(2);
  });
});

describe('auth-before-step-change', () => {
  it('comes before each change with { step, nextStep }, cancelable; preventDefault() keeps the step', async () => {
    const mounted = await mount();
    const { el, fake } = mounted;
    const seen: AuthBeforeStepChangeDetail[] = [];
    const keep = (event: CustomEvent<AuthBeforeStepChangeDetail>) => {
      seen.push(event.detail);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      event.preventDefault();
    };
    el.addEventListener('auth-before-step-change', keep);
    fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    field(el, 'username').value = CREDENTIALS.username;
    field(el, 'password').value = CREDENTIALS.password;
    primaryButton(el).click();
    await settle(el);
    expect(seen).to.deep.equal([{ step: 'SIGN_IN', nextStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE' }]);
    expect(el.step).to.equal('SIGN_IN');
    expect(el.getAttribute('step')).to.equal('SIGN_IN');
    expect(stepsSeen(mounted.events)).to.deep.equal(['SIGN_IN']);
    expect(primaryButton(el).getAttribute('aria-busy')).to.equal('false');

    // Let it through: the change happens, after the event.
    el.removeEventListener('auth-before-step-change', keep);
    const before = oneEvent(el, 'auth-before-step-change');
    const change = signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    expect((await before).detail).to.deep.equal({ step: 'SIGN_IN', nextStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE' });
    expect((await change).step).to.equal('CONFIRM_SIGN_IN_WITH_SMS_CODE');
  });
});

describe('reload with an expired record', () => {
  for (const [pending, hours] of [
    ['CONFIRM_RESET_PASSWORD', 2],
    ['CONFIRM_SIGN_UP', 24],
  ] as const) {
    it(`${pending} written ${hours} h ago: SIGN_IN with the username and "the code has expired"`, async () => {
      const expiresAt = Date.now() - (hours - 1) * 3_600_000;
      const record = { step: pending, username: CREDENTIALS.username, data: {}, expiresAt };
      sessionStorage.setItem(PENDING_KEY, JSON.stringify(record));
      const { el } = await mount();
      expect(el.step).to.equal('SIGN_IN');
      expect(field(el, 'username').value).to.equal(CREDENTIALS.username);
      expect(el.querySelector('[role=status]')?.textContent).to.contain('code has expired');
      expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
    });
  }
});
