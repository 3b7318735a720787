/** Password fields: the show-password toggle, the pool's rules up front and as typed, the username for password managers. */
import { expect } from '@open-wc/testing';
import { FakeAuthService } from '../support/fake-auth-service.js';
import {
  CREDENTIALS,
  field,
  fieldErrorText,
  mount,
  settle,
  signInTo,
  submitAndSettle,
  type,
  expectFocusOn,
} from './helpers/widget.js';

const POLICY = { minLength: 10, requireUppercase: true, requireNumbers: true };

async function newPasswordStep(policy?: typeof POLICY) {
  const fake = new FakeAuthService();
  fake.policy = policy;
  const mounted = await mount(fake);
  await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
  return mounted;
}

const rules = (el: Element) => [...el.querySelectorAll('.auth-rules li')].map((li) => li.textContent?.trim());

describe('password fields', () => {
  it('a show-password toggle shows the text, keeps the value and the autocomplete, and says it is pressed', async () => {
    const { el } = await mount();
    type(el, 'password', 'Passw0rd!');
    const toggle = el.querySelector<HTMLButtonElement>('button.auth-reveal')!;
    // An icon button inside the field, named for what pressing does; the icon changes with the state.
    expect(toggle.getAttribute('aria-label')).to.equal('Show password');
    expect(toggle.closest('.auth-input-row')).to.equal(field(el, 'password').parentElement);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    const hiddenIcon = toggle.querySelector('svg')!.innerHTML;
    toggle.click();
    await settle(el);
    expect(toggle.querySelector('svg')!.innerHTML).to.not.equal(hiddenIcon);
    expect(field(el, 'password').type).to.equal('text');
    expect(field(el, 'password').value).to.equal('Passw0rd!');
    expect(field(el, 'password').autocomplete).to.equal('current-password');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    await settle(el);
    expect(field(el, 'password').type).to.equal('password');
  });

  it('the new-password screen names each toggle for its field', async () => {
    const { el } = await newPasswordStep(POLICY);
    const names = [...el.querySelectorAll('button.auth-reveal')].map((button) => button.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Show new password', 'Show confirmation']);
  });

  it("the screen's intro describes the new password, with the rules", async () => {
    const { el } = await newPasswordStep(POLICY);
    const ids = field(el, 'newPassword').getAttribute('aria-describedby')!.split(' ');
    const described = ids.map((id) => el.querySelector(`#${id}`)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(described[0]).to.equal('Your temporary password has to be replaced before you continue.');
    expect(described[1]).to.match(/^Your password must have:/);
  });

  it('shows the rules before anything is typed, linked to the new password, and checks each as it is typed', async () => {
    const { el } = await newPasswordStep(POLICY);
    expect(rules(el)).to.deep.equal([
      'At least 10 characters (not yet)',
      'An uppercase letter from A to Z (not yet)',
      'A digit from 0 to 9 (not yet)',
    ]);
    const list = el.querySelector('.auth-rules')!;
    expect(field(el, 'newPassword').getAttribute('aria-describedby')).to.contain(list.id);
    expect(list.querySelector('[aria-live=polite]')).to.exist;
    type(el, 'newPassword', 'Abcdefghij');
    await settle(el);
    expect(rules(el)).to.deep.equal([
      'At least 10 characters (done)',
      'An uppercase letter from A to Z (done)',
      'A digit from 0 to 9 (not yet)',
    ]);
  });

  it("refuses a new password that breaks a rule, in the rule's own words, and sends nothing", async () => {
    const { el, fake } = await newPasswordStep(POLICY);
    const calls = fake.calls.length;
    await submitAndSettle(el, { newPassword: 'Abcdefghij', confirmPassword: 'Abcdefghij' });
    expect(fieldErrorText(el, 'newPassword')).to.equal('Your password needs: a digit from 0 to 9');
    expect(fake.calls.length).to.equal(calls);
    expect(field(el, 'newPassword').value).to.equal('Abcdefghij');
  });

  it('no rules in the configuration: no checklist', async () => {
    const { el } = await newPasswordStep();
    expect(el.querySelector('.auth-rules')).to.equal(null);
  });

  it('password managers find the account: a hidden username field with its value on the new-password step', async () => {
    const { el } = await newPasswordStep();
    const username = el.querySelector<HTMLInputElement>('input[autocomplete=username]')!;
    expect(username.type).to.equal('text');
    expect(username.hidden).to.equal(true);
    expect(username.value).to.equal(CREDENTIALS.username);
    expectFocusOn(field(el, 'newPassword'));
  });
});
