import { expect, oneEvent } from '@open-wc/testing';
import type { AuthSignIn } from '../../components/auth-sign-in.js';
import { FakeAuthService, step } from '../support/fake-auth-service.js';
import { expectFocusOn, container, field, primaryButton, type } from './helpers/widget.js';

/** A fake whose configuration (Amplify loading, `config-src` fetching) finishes only when the test says so. */
function slowToConfigure() {
  const fake = new FakeAuthService();
  let finish!: () => void;
  fake.configure = () => new Promise<void>((resolve) => (finish = resolve));
  return { fake, finish: () => finish() };
}

function append(fake: FakeAuthService) {
  const el = document.createElement('auth-sign-in') as AuthSignIn;
  el.authService = fake;
  const changes: string[] = [];
  el.addEventListener('auth-step-change', (event) => changes.push(event.detail.step));
  container().append(el);
  return { el, changes };
}

/**
 * Resolves once `condition` holds: checked now and after every change in the widget's DOM (an event, not a timer);
 * fails after 5 s.
 */
const until = (el: Element, condition: () => boolean) =>
  new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!condition()) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve();
    };
    const observer = new MutationObserver(check);
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`until(): ${condition} still false after 5 s`));
    }, 5000);
    observer.observe(el, { subtree: true, childList: true, attributes: true });
    check();
  });

/** Resolves at the `auth-step-change` to `step`. */
const stepReached = (el: Element, step: string) =>
  new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<{ step: string }>).detail.step !== step) return;
      el.removeEventListener('auth-step-change', listener);
      resolve();
    };
    el.addEventListener('auth-step-change', listener);
  });

/** Resolves with the next `auth-step-change` of `el`. */
const nextStep = (el: Element) => oneEvent(el, 'auth-step-change').then((event) => event.detail.step);

describe('startup', () => {
  it('shows the SIGN_IN form while the service is still loading, without claiming a step', async () => {
    const { fake, finish } = slowToConfigure();
    const { el, changes } = append(fake);
    await until(el, () => Boolean(field(el, 'username')));
    expect(el.step).to.equal(undefined);
    expect(el.hasAttribute('step')).to.equal(false);
    expect(changes).to.deep.equal([]);
    expect(fake.callsOf('currentUser')).to.have.length(0);

    // The user starts typing before startup ends: nothing typed is lost, and focus stays where it is.
    type(el, 'username', 'sms@example.com');
    field(el, 'password').focus();
    type(el, 'password', 'Passw0rd!');
    const started = nextStep(el);
    finish();
    await started;
    expect(changes).to.deep.equal(['SIGN_IN']);
    expect(el.getAttribute('step')).to.equal('SIGN_IN');
    expect(field(el, 'username').value).to.equal('sms@example.com');
    expectFocusOn(field(el, 'password'));
  });

  it('a submit before startup ends waits for the service, then signs in once', async () => {
    const { fake, finish } = slowToConfigure();
    fake.answer(
      'signIn',
      step('CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+*******0100' } }),
    );
    const { el, changes } = append(fake);
    await until(el, () => Boolean(field(el, 'username')));
    type(el, 'username', 'sms@example.com');
    type(el, 'password', 'Passw0rd!');
    primaryButton(el).click();
    expect(fake.callsOf('signIn')).to.have.length(0);
    const onCodeStep = stepReached(el, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    finish();
    await onCodeStep;
    expect(fake.callsOf('signIn')).to.have.length(1);
    expect(changes.at(-1)).to.equal('CONFIRM_SIGN_IN_WITH_SMS_CODE');
  });

  it('shows no form before startup ends when a user may be signed in', async () => {
    localStorage.setItem('CognitoIdentityServiceProvider.client.LastAuthUser', 'a1b2c3');
    const { fake, finish } = slowToConfigure();
    fake.user = { username: 'a1b2c3', userId: 'sub-123', loginId: 'alice@example.com' };
    const { el, changes } = append(fake);
    // The widget marks itself busy when it decides to show nothing until startup ends.
    await until(el, () => el.getAttribute('aria-busy') === 'true');
    expect(el.querySelector('form')).to.equal(null);
    const started = nextStep(el);
    finish();
    await started;
    expect(changes).to.deep.equal(['DONE']);
    expect(field(el, 'username')).to.equal(null);
  });

  it('shows no form before startup ends when a sign-in is pending in this tab', async () => {
    sessionStorage.setItem(
      'auth-sign-in:pending',
      JSON.stringify({
        step: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
        username: 'totp@example.com',
        data: {},
        expiresAt: Date.now() + 60_000,
      }),
    );
    const { fake, finish } = slowToConfigure();
    const { el, changes } = append(fake);
    // The widget marks itself busy when it decides to show nothing until startup ends.
    await until(el, () => el.getAttribute('aria-busy') === 'true');
    expect(el.querySelector('form')).to.equal(null);
    const started = nextStep(el);
    finish();
    await started;
    expect(changes).to.deep.equal(['CONFIRM_SIGN_IN_WITH_TOTP_CODE']);
  });
});
