/**
 * The `SIGN_UP` screen: the fields each configuration asks for, the page's `sign-up-fields` (moved into the form,
 * checked by constraint validation, sent by name), errors at their fields with nothing typed lost, and axe.
 */
import { expect } from '@open-wc/testing';
import type { SignUpSettings } from '../../src/auth-service.js';
import type { IdentifierKind } from '../../src/identifier-kind.js';
import { awsError, FakeAuthService, signUpStep } from '../support/fake-auth-service.js';
import {
  actionButton,
  clickToStep,
  field,
  fieldErrorText,
  fill,
  mount,
  primaryButton,
  settle,
  submitAndSettle,
  type Mounted,
} from './helpers/widget.js';

const PASSWORD = 'N3wPassw0rd!';

/** The widget on `SIGN_UP` (through "Create account") for a pool configured with `settings`. */
async function signUpScreen(
  { identifier, ...settings }: Partial<SignUpSettings> & { identifier?: IdentifierKind } = {},
  attributes: Record<string, string> = {},
  pageFields?: Element,
): Promise<Mounted> {
  const fake = new FakeAuthService();
  fake.settings = { ...fake.settings, ...settings };
  fake.identifier = identifier;
  fake.policy = { minLength: 8, requireNumbers: true };
  const holder = document.createElement('div');
  document.body.append(holder);
  const mounted = await mount(fake, attributes, {}, holder);
  if (pageFields) {
    mounted.el.append(pageFields);
    await settle(mounted.el);
  }
  await clickToStep(mounted.el, actionButton(mounted.el, 'sign-up'));
  await settle(mounted.el);
  return mounted;
}

const inputNames = (el: Element) =>
  [...el.querySelectorAll<HTMLInputElement>('[step=SIGN_UP] form input')].map((input) => input.name);

/** The page's own fields: a company (`custom:company`) and a required terms checkbox. */
function companyAndTerms(): HTMLElement {
  const fields = document.createElement('div');
  fields.slot = 'sign-up-fields';
  const company = Object.assign(document.createElement('input'), { name: 'custom:company', ariaLabel: 'Company' });
  const terms = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'terms', required: true });
  const label = document.createElement('label');
  label.append(terms, 'I accept the terms');
  fields.append(company, label);
  return fields;
}

describe('SIGN_UP screen: fields per configuration', () => {
  it('an email pool: an email field that password managers save the account under, the password pair', async () => {
    const { el } = await signUpScreen({ identifier: 'email', requiredAttributes: ['email'] });
    expect(inputNames(el)).to.deep.equal(['email', 'newPassword', 'confirmPassword']);
    const email = field(el, 'email');
    expect([email.type, email.getAttribute('autocomplete')]).to.deep.equal(['email', 'username']);
    expect(field(el, 'newPassword').getAttribute('autocomplete')).to.equal('new-password');
    expect(field(el, 'confirmPassword').getAttribute('autocomplete')).to.equal('new-password');
    expect(el.querySelector('.auth-rules')?.textContent).to.match(/8/);
    expect(el.querySelector('label[for="' + email.id + '"]')?.textContent?.trim()).to.equal('Email');
    await expect(el).to.be.accessible();
  });

  it('a phone pool: a tel field with the E.164 hint; a username pool: a username field', async () => {
    const phone = await signUpScreen({ identifier: 'phone' });
    const tel = field(phone.el, 'phone_number');
    expect([tel.type, tel.getAttribute('autocomplete')]).to.deep.equal(['tel', 'username']);
    expect(tel.getAttribute('aria-describedby')).to.match(/-hint/);
    expect(phone.el.textContent).to.include('+14255550100');
    const username = await signUpScreen({ identifier: 'username' });
    expect(inputNames(username.el)[0]).to.equal('username');
    expect(field(username.el, 'username').getAttribute('autocomplete')).to.equal('username');
  });

  it('each required attribute with its input type, autocomplete token and label', async () => {
    const { el } = await signUpScreen({
      identifier: 'email',
      requiredAttributes: ['email', 'name', 'birthdate', 'phone_number', 'preferred_username'],
    });
    expect(inputNames(el)).to.deep.equal([
      'email',
      'name',
      'birthdate',
      'phone_number',
      'preferred_username',
      'newPassword',
      'confirmPassword',
    ]);
    const inputs = ['name', 'birthdate', 'phone_number', 'preferred_username'].map((name) => {
      const input = field(el, name);
      return [
        input.type,
        input.getAttribute('autocomplete'),
        el.querySelector(`label[for="${input.id}"]`)?.textContent?.trim(),
      ];
    });
    expect(inputs).to.deep.equal([
      ['text', 'name', 'Name'],
      ['date', 'bday', 'Birth date'],
      ['tel', 'tel', 'Phone number'],
      ['text', 'nickname', 'Preferred username'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('a passwordless sign-in (USER_AUTH, email code first) asks for no password', async () => {
    const { el } = await signUpScreen(
      { identifier: 'email' },
      { 'auth-flow-type': 'USER_AUTH', 'preferred-challenge': 'EMAIL_OTP' },
    );
    expect(inputNames(el)).to.deep.equal(['email']);
    expect(el.textContent).to.match(/No password needed/);
  });
});

describe('SIGN_UP screen: the sign-up-fields slot', () => {
  it('puts the page’s fields in the form; a required box blocks the submit; named attributes are sent', async () => {
    const { el, fake } = await signUpScreen({ identifier: 'email' }, {}, companyAndTerms());
    const form = el.querySelector('[step=SIGN_UP] form')!;
    expect(form.querySelector('input[name="custom:company"]')).to.exist;
    fill(el, { email: 'dora@example.com', newPassword: PASSWORD, confirmPassword: PASSWORD, 'custom:company': 'Acme' });
    await submitAndSettle(el);
    expect(fake.callsOf('signUp')).to.have.length(0);
    expect(document.activeElement?.getAttribute('name')).to.equal('terms');
    el.querySelector<HTMLInputElement>('input[name=terms]')!.click();
    fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    await clickToStep(el, primaryButton(el));
    const [[request]] = fake.callsOf('signUp') as [[{ userAttributes: Record<string, string> }]];
    expect(request.userAttributes).to.deep.equal({ email: 'dora@example.com', 'custom:company': 'Acme' });
  });

  it('gives the fields back to the page when the step goes, with what was typed', async () => {
    const fields = companyAndTerms();
    const { el } = await signUpScreen({ identifier: 'email' }, {}, fields);
    fill(el, { 'custom:company': 'Acme' });
    await clickToStep(el, actionButton(el, 'back-to-sign-in'));
    expect(fields.parentElement).to.equal(el);
    expect(fields.querySelector<HTMLInputElement>('input[name="custom:company"]')!.value).to.equal('Acme');
  });
});

describe('SIGN_UP screen: errors at their fields', () => {
  const filled = { email: 'dora@example.com', name: 'Dora', newPassword: PASSWORD, confirmPassword: PASSWORD };

  async function failWith(error: Error) {
    const mounted = await signUpScreen({ identifier: 'email', requiredAttributes: ['email', 'name'] });
    mounted.fake.answer('signUp', error);
    await submitAndSettle(mounted.el, filled);
    return mounted;
  }

  const typed = (el: Element) => Object.fromEntries(Object.keys(filled).map((name) => [name, field(el, name).value]));

  it('an account that exists: at the email, with a way to the forgotten password; nothing typed lost', async () => {
    const { el } = await failWith(
      awsError('UsernameExistsException', 'An account with the given email already exists.'),
    );
    expect(fieldErrorText(el, 'email')).to.match(/already/);
    expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(actionButton(el, 'forgot-password')).to.exist;
    expect(typed(el)).to.deep.equal(filled);
    await expect(el).to.be.accessible();
  });

  it('a password the pool refuses: at the new password', async () => {
    const { el } = await failWith(
      awsError(
        'InvalidPasswordException',
        'Password did not conform with policy: Password must have symbol characters',
      ),
    );
    expect(fieldErrorText(el, 'newPassword')).to.not.equal('');
    expect(typed(el)).to.deep.equal(filled);
  });

  it('a phone number that is not E.164 is refused before any call, at the phone field', async () => {
    const { el, fake } = await signUpScreen({
      identifier: 'email',
      requiredAttributes: ['email', 'phone_number'],
    });
    const values = {
      email: 'dora@example.com',
      phone_number: '425 555 0100',
      newPassword: PASSWORD,
      confirmPassword: PASSWORD,
    };
    await submitAndSettle(el, values);
    expect(fake.callsOf('signUp')).to.have.length(0);
    expect(fieldErrorText(el, 'phone_number')).to.match(/\+/);
    expect(field(el, 'phone_number').value).to.equal('425 555 0100');
    await expect(el).to.be.accessible();
  });
});
