/** What an attack-and-fault review found: late answers, sign-out during a sign-in, corrupted records, outside names, long strings. */
import { expect, waitUntil } from '@open-wc/testing';
import { awsError, FakeAuthService, step } from '../support/fake-auth-service.js';
import type { SignInResult } from '../../src/auth-service.js';
import { deferred } from '../support/deferred.js';
import {
  actionButton,
  alertText,
  CREDENTIALS,
  detailsOf,
  fill,
  mount,
  primaryButton,
  settle,
  signInTo,
  submitAndSettle,
} from './helpers/widget.js';

const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+*******0100' } });

describe('late answers and sign-out', () => {
  it('signOut() during a sign-in signs out at once, and the sign-in that completes later is signed out', async () => {
    const { el, fake, events } = await mount();
    const late = deferred<SignInResult>();
    fake.answer('signIn', () => late.promise);
    fill(el, CREDENTIALS);
    primaryButton(el).click();
    await el.signOut();
    expect(fake.callsOf('signOut')).to.have.length(1);
    late.resolve(step('DONE'));
    await settle(el);
    expect(el.step).to.equal('SIGN_IN');
    expect(fake.user, 'nobody is signed in').to.equal(undefined);
    expect(detailsOf(events, 'auth-signed-in')).to.have.length(0);
  });

  it('"Forgot password" while a sign-in is pending stays on RESET_PASSWORD', async () => {
    const { el, fake } = await mount();
    const late = deferred<SignInResult>();
    fake.answer('signIn', () => late.promise);
    fill(el, CREDENTIALS);
    primaryButton(el).click();
    actionButton(el, 'forgot-password').click();
    await waitUntil(() => el.step === 'RESET_PASSWORD', 'the reset screen shows');
    late.resolve(SMS);
    await settle(el);
    // The flow's own state, not only the screen (whose next element may still be loading).
    expect((el as unknown as { flow: { state: { step: string } } }).flow.state.step).to.equal('RESET_PASSWORD');
    expect(el.step).to.equal('RESET_PASSWORD');
    expect(el.querySelector('[aria-busy=true]')).to.equal(null);
  });

  it('"Back to sign in" during a code check stays on SIGN_IN', async () => {
    const mounted = await mount();
    const { el, fake } = mounted;
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const late = deferred<SignInResult>();
    fake.answer('confirmSignIn', () => late.promise);
    fill(el, { code: '123456' });
    primaryButton(el).click();
    actionButton(el, 'back-to-sign-in').click();
    await waitUntil(() => el.step === 'SIGN_IN', 'back on SIGN_IN');
    late.resolve(step('DONE'));
    await settle(el);
    expect(el.step).to.equal('SIGN_IN');
    expect(fake.user).to.equal(undefined);
  });
});

describe('one sign-in at a time per page', () => {
  it('a second widget that starts a sign-in while the first is on a code step says so and sends nothing', async () => {
    const first = await mount();
    const second = await mount();
    await signInTo(first, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await submitAndSettle(second.el, CREDENTIALS);
    expect(alertText(second.el)).to.equal(
      'Another sign-in is already under way on this page. Finish it or go back first.',
    );
    expect(second.fake.callsOf('signIn')).to.have.length(0);
    actionButton(first.el, 'back-to-sign-in').click();
    await settle(first.el);
    second.fake.answer('signIn', step('DONE'));
    await submitAndSettle(second.el, CREDENTIALS);
    expect(second.fake.callsOf('signIn')).to.have.length(1);
  });
});

describe('secrets', () => {
  it('the TOTP seed is gone from memory once the setup step is left', async () => {
    const mounted = await mount();
    const { el, fake } = mounted;
    await signInTo(mounted, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', {
      totpSetupDetails: { sharedSecret: 'SEEDSEEDSEEDSEED' },
    });
    fake.answer('confirmSignIn', step('DONE'));
    await submitAndSettle(el, { code: '123456' });
    await waitUntil(() => el.step === 'DONE', 'signed in');
    const state = (el as unknown as { flow: { state: object } }).flow.state;
    expect(JSON.stringify(state)).to.not.contain('SEEDSEEDSEEDSEED');
  });
});

describe('a resumed record is checked', () => {
  const resumeFrom = async (record: unknown) => {
    sessionStorage.setItem('auth-sign-in:pending', JSON.stringify(record));
    return mount();
  };

  it('a record naming DONE starts at SIGN_IN, and nobody is said to be signed in', async () => {
    const { el, events } = await resumeFrom({ step: 'DONE', username: 'x', data: {}, expiresAt: Date.now() + 60_000 });
    expect(el.step).to.equal('SIGN_IN');
    expect(detailsOf(events, 'auth-signed-in')).to.have.length(0);
    expect(sessionStorage.getItem('auth-sign-in:pending')).to.equal(null);
  });

  it('a malformed record starts at SIGN_IN with a usable form, and is removed', async () => {
    const { el } = await resumeFrom({
      step: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
      username: 'x',
      data: { allowedMFATypes: 'SMS' },
      expiresAt: Date.now() + 60_000,
    });
    expect(el.step).to.equal('SIGN_IN');
    expect(el.querySelector('input[name=username]')).to.exist;
    expect(sessionStorage.getItem('auth-sign-in:pending')).to.equal(null);
  });
});

describe('resend', () => {
  it('ten presses of "Send a new code" send one new code, then count down', async () => {
    const mounted = await mount();
    const { el, fake } = mounted;
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+1***' } });
    fake.answer('signIn', ...Array(10).fill(SMS));
    for (let press = 0; press < 10; press++) {
      actionButton(el, 'resend-code').click();
      await settle(el);
    }
    expect(fake.callsOf('signIn')).to.have.length(2);
    const button = actionButton(el, 'resend-code');
    expect(button.disabled).to.equal(true);
    expect(button.textContent).to.match(/Send a new code in (30|29) seconds/);
  });
});

describe('outside names', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
    it(`an error named ${name} shows a message`, async () => {
      const { el, fake } = await mount();
      fake.answer('signIn', awsError(name, 'odd'));
      await submitAndSettle(el, CREDENTIALS);
      expect(alertText(el)).to.equal('Something went wrong. Try again.');
    });
  }

  it('social-providers="__proto__ constructor" shows those names and sends them as written', async () => {
    const fake = new FakeAuthService();
    fake.oauth = true;
    const { el } = await mount(fake, { 'social-providers': '__proto__ constructor' });
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('button[data-provider]')];
    expect(buttons.map((button) => button.dataset.provider)).to.deep.equal(['__proto__', 'constructor']);
    expect(buttons.map((button) => button.textContent?.trim())).to.deep.equal([
      'Continue with __proto__',
      'Continue with constructor',
    ]);
    buttons[1].click();
    await settle(el);
    expect(fake.callsOf('signInWithRedirect')).to.deep.equal([['constructor']]);
  });
});

describe('long outside strings', () => {
  it('a 100 KB destination wraps inside the card and is cut short', async () => {
    const mounted = await mount();
    const { el } = mounted;
    el.style.width = '400px';
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE', {
      codeDeliveryDetails: { destination: 'x'.repeat(100_000) },
    });
    expect(document.documentElement.scrollWidth).to.be.below(window.innerWidth + 1);
    expect(el.querySelector('.auth-hint')!.textContent!.length).to.be.below(400);
  });
});

describe('forms', () => {
  it('post, never get, if submitted before scripts attach', async () => {
    const { el } = await mount();
    expect(el.querySelector('form')!.method).to.equal('post');
  });
});
