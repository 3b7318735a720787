/** What happens before any call: empty fields are refused at the field, and a double submit sends once. */
import { expect } from '@open-wc/testing';
import { step } from '../support/fake-auth-service.js';
import {
  CREDENTIALS,
  field,
  fieldErrorText,
  fill,
  mount,
  primaryButton,
  settle,
  signInTo,
  submitAndSettle,
  expectFocusOn,
} from './helpers/widget.js';

describe('required fields', () => {
  it('an empty username shows "This field is required." at it, focuses it and sends nothing', async () => {
    const { el, fake, events } = await mount();
    await submitAndSettle(el);
    expect(fieldErrorText(el, 'username')).to.equal('This field is required.');
    expect(field(el, 'username').getAttribute('aria-invalid')).to.equal('true');
    expectFocusOn(field(el, 'username'));
    expect(fake.callsOf('signIn')).to.have.length(0);
    expect(events.at(-1)!.detail).to.include({ step: 'SIGN_IN', name: 'RequiredField' });
  });

  it('an empty password, with the username typed, shows at the password', async () => {
    const { el, fake } = await mount();
    await submitAndSettle(el, { username: CREDENTIALS.username });
    expect(fieldErrorText(el, 'password')).to.equal('This field is required.');
    expectFocusOn(field(el, 'password'));
    expect(field(el, 'username').value).to.equal(CREDENTIALS.username);
    expect(fake.callsOf('signIn')).to.have.length(0);
  });

  it('an empty code shows at the code field', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await submitAndSettle(mounted.el);
    expect(fieldErrorText(mounted.el, 'code')).to.equal('This field is required.');
    expectFocusOn(field(mounted.el, 'code'));
    expect(mounted.fake.callsOf('confirmSignIn')).to.have.length(0);
  });
});

describe('double submit', () => {
  it('a double click and an Enter send one signIn; the button shows progress meanwhile', async () => {
    const { el, fake } = await mount();
    let answer!: (value: unknown) => void;
    fake.answer('signIn', () => new Promise((resolve) => (answer = resolve)));
    fill(el, CREDENTIALS);
    const button = primaryButton(el);
    button.click();
    button.click();
    el.querySelector('form')!.requestSubmit();
    await el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('auth-step-sign-in')!.updateComplete;
    expect(primaryButton(el).getAttribute('aria-busy')).to.equal('true');
    expect(primaryButton(el).textContent?.trim()).to.equal('Please wait…');
    // Heard once, from the status; the button keeps its name.
    expect(el.querySelector('form [role=status]')!.textContent?.trim()).to.equal('Please wait…');
    expect(primaryButton(el).getAttribute('aria-label')).to.equal('Sign in');
    expect(fake.callsOf('signIn')).to.have.length(1);
    answer(step('CONFIRM_SIGN_IN_WITH_TOTP_CODE'));
    await settle(el);
    expect(fake.callsOf('signIn')).to.have.length(1);
  });
});
