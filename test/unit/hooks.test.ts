import { expect, oneEvent } from '@open-wc/testing';
import type { FormValues } from '../../src/flow/hooks.js';
import { FakeAuthService, signUpStep, step } from '../support/fake-auth-service.js';
import {
  container,
  CREDENTIALS,
  actionButton,
  clickToStep,
  field,
  fieldErrorText,
  fill,
  formAlertText,
  mount,
  primaryButton,
  settle,
} from './helpers/widget.js';

describe('the client-metadata attribute', () => {
  it('JSON of strings: every call that takes it is given it', async () => {
    const { el, fake } = await mount(undefined, { 'client-metadata': '{"site":"shop","plan":"free"}' });
    expect(el.clientMetadata).to.deep.equal({ site: 'shop', plan: 'free' });
    fake.answer('signIn', step('DONE'));
    fill(el, CREDENTIALS);
    await clickToStep(el, primaryButton(el));
    expect(fake.metadata).to.deep.equal([{ method: 'signIn', clientMetadata: { site: 'shop', plan: 'free' } }]);
  });

  it('changed later: the next call is given the new value', async () => {
    const { el, fake } = await mount(undefined, { 'client-metadata': '{"site":"shop"}' });
    el.setAttribute('client-metadata', '{"site":"blog"}');
    await settle(el);
    fake.answer('signIn', step('DONE'));
    fill(el, CREDENTIALS);
    await clickToStep(el, primaryButton(el));
    expect(fake.metadata).to.deep.equal([{ method: 'signIn', clientMetadata: { site: 'blog' } }]);
  });

  it('invalid JSON: a console warning that names the attribute, and the widget signs in without metadata', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el, fake } = await mount(undefined, { 'client-metadata': '{site: shop}' });
      expect(warnings.some((text) => /^<auth-sign-in>: client-metadata is not valid JSON/.test(text))).to.equal(
        true,
        warnings.join(' | '),
      );
      fake.answer('signIn', step('DONE'));
      fill(el, CREDENTIALS);
      await clickToStep(el, primaryButton(el));
      expect(fake.metadata).to.deep.equal([{ method: 'signIn' }]);
      expect(el.step).to.equal('DONE');
    } finally {
      console.warn = warn;
    }
  });

  it('the property: strings are sent, anything else is left out', async () => {
    const { el, fake } = await mount(
      undefined,
      {},
      {
        clientMetadata: { site: 'shop', count: 3 as unknown as string },
      },
    );
    fake.answer('signIn', step('DONE'));
    fill(el, CREDENTIALS);
    await clickToStep(el, primaryButton(el));
    expect(fake.metadata).to.deep.equal([{ method: 'signIn', clientMetadata: { site: 'shop' } }]);
  });
});

describe('hooks on the screen', () => {
  it('a refusal shows at its field, the typed values stay, and focus goes there', async () => {
    const { el, fake } = await mount(
      undefined,
      {},
      {
        hooks: {
          validate: (_step: string, values: FormValues) => {
            if (values.username?.endsWith('@mailinator.com'))
              throw { field: 'username', message: 'Use your work email.' };
            return values;
          },
        },
      },
    );
    fill(el, { username: 'x@mailinator.com', password: 'Passw0rd!' });
    primaryButton(el).click();
    await settle(el);
    expect(fieldErrorText(el, 'username')).to.equal('Use your work email.');
    expect(field(el, 'username').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'username').value).to.equal('x@mailinator.com');
    expect(field(el, 'password').value).to.equal('Passw0rd!');
    expect(document.activeElement).to.equal(field(el, 'username'));
    expect(fake.callsOf('signIn')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a list of refusals: each shows at its own field at once', async () => {
    const { el, fake } = await mount(
      undefined,
      {},
      {
        hooks: {
          beforeSignUp: () => {
            throw [
              { field: 'username', message: 'Pick another name.' },
              { field: 'newPassword', message: 'Not that one.' },
            ];
          },
        },
      },
    );
    fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    await clickToStep(el, actionButton(el, 'sign-up'));
    fill(el, { username: 'carol', newPassword: 'N3w-Passw0rd!', confirmPassword: 'N3w-Passw0rd!' });
    primaryButton(el).click();
    await settle(el);
    expect(fieldErrorText(el, 'username')).to.equal('Pick another name.');
    expect(fieldErrorText(el, 'newPassword')).to.equal('Not that one.');
    expect(field(el, 'newPassword').getAttribute('aria-invalid')).to.equal('true');
    expect(fake.callsOf('signUp')).to.deep.equal([]);
    expect(el.step).to.equal('SIGN_UP');
  });

  it("a terms checkbox of the page's own: refused in the alert with focus on the box, then sent with metadata", async () => {
    const fake = new FakeAuthService();
    const terms = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'terms' });
    const label = document.createElement('label');
    label.slot = 'sign-up-fields';
    label.append(terms, 'I accept the terms');
    const holder = container();
    const el = document.createElement('auth-sign-in');
    el.append(label);
    el.authService = fake;
    el.hooks = {
      beforeSignUp: (_step, values) => {
        if (values.terms !== 'on') throw { field: 'terms', message: 'Please accept the terms.' };
        return { values, clientMetadata: { termsVersion: '2026-11' } };
      },
    };
    const started = oneEvent(el, 'auth-step-change');
    holder.append(el);
    await started;
    await settle(el);
    await clickToStep(el, actionButton(el, 'sign-up'));
    fill(el, { username: 'carol', newPassword: 'N3w-Passw0rd!', confirmPassword: 'N3w-Passw0rd!' });
    primaryButton(el).click();
    await settle(el);
    expect(formAlertText(el)).to.equal('Please accept the terms.');
    expect(document.activeElement).to.equal(terms);
    expect(fake.callsOf('signUp')).to.deep.equal([]);
    terms.click();
    fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    await clickToStep(el, primaryButton(el));
    expect(fake.metadata).to.deep.equal([{ method: 'signUp', clientMetadata: { termsVersion: '2026-11' } }]);
  });

  it('a refusal without a field shows in the form alert', async () => {
    const { el } = await mount(
      undefined,
      {},
      {
        hooks: {
          beforeSignIn: () => {
            throw { message: 'Sign-in is closed for maintenance.' };
          },
        },
      },
    );
    fill(el, CREDENTIALS);
    primaryButton(el).click();
    await settle(el);
    expect(formAlertText(el)).to.equal('Sign-in is closed for maintenance.');
  });
});
