/**
 * `<auth-account>`: nobody signed in, the sections and their order, changing the password, signing out everywhere,
 * deleting the account.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { defineAccountElements } from '../../components/account/define.js';
import '../../components/index.js';
import { awsError } from '../support/fake-auth-service.js';
import {
  detailsOf,
  form,
  input,
  mountAccount,
  NEW_PASSWORD,
  settled,
  status,
  submit,
  until,
} from './helpers/account.js';
import { errorMessage, fieldErrorText } from './helpers/widget.js';

// The entries load `<auth-account>` once one is on the page; these tests set properties before it is, so define it now.
defineAccountElements();

function fillPassword(el: Element, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const field = input(el, 'password', name);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

describe('<auth-account> with nobody signed in', () => {
  it('says so, fires auth-signed-out, and shows no section', async () => {
    const { el, events } = await mountAccount(false);
    expect(el.signedIn).to.equal(false);
    expect(el.querySelector('form')).to.equal(null);
    expect(el.querySelector('[role=status]')?.textContent).to.contain('You’re not signed in.');
    expect(detailsOf(events, 'auth-signed-out')).to.deep.equal([{}]);
    await expect(el).to.be.accessible();
  });
});

describe('<auth-account> sections', () => {
  it('shows every section as a light-DOM form by default, in order, accessible', async () => {
    const { el } = await mountAccount();
    const shown = [...el.querySelectorAll(':scope > [step]')].map((node) => node.getAttribute('step'));
    // Passkeys: the fake browser allows them; devices: the fake pool tracks none.
    expect(shown).to.deep.equal(['profile', 'password', 'mfa', 'passkeys', 'sessions', 'delete']);
    expect(document.querySelector('auth-account input[name=password][autocomplete=current-password]')).to.exist;
    expect(document.querySelector('auth-account input[name=newPassword][autocomplete=new-password]')).to.exist;
    expect(form(el, 'password').getAttribute('method')).to.equal('post');
    await expect(el).to.be.accessible();
  });

  it('`sections` picks and orders them; unknown names are ignored', async () => {
    const { el } = await mountAccount(true, { sections: 'sessions nonsense password' });
    const shown = [...el.querySelectorAll(':scope > [step]')].map((node) => node.getAttribute('step'));
    expect(shown).to.deep.equal(['sessions', 'password']);
    el.sections = 'sessions';
    await until(() => el.querySelectorAll(':scope > [step]').length === 1);
    expect(el.querySelector(':scope > [step]')!.getAttribute('step')).to.equal('sessions');
  });
});

describe('<auth-account> password', () => {
  it('changes the password: one call, a notice, auth-account-change with no secret, an empty form', async () => {
    const { el, fake, events } = await mountAccount();
    fillPassword(el, { password: 'Passw0rd!', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    const changed = oneEvent(el, 'auth-account-change');
    submit(el, 'password');
    expect((await changed).detail).to.deep.equal({ section: 'password', action: 'passwordChanged' });
    await settled(el);
    expect(fake.callsOf('updatePassword')).to.deep.equal([['Passw0rd!', NEW_PASSWORD]]);
    expect(status(el, 'password')).to.equal('Your password was changed.');
    expect(input(el, 'password', 'newPassword').value).to.equal('');
    expect(JSON.stringify(detailsOf(events, 'auth-account-change'))).to.not.contain('Passw0rd');
  });

  it('a wrong current password shows at that field and keeps what was typed', async () => {
    const { el, fake, events } = await mountAccount();
    fake.answer('updatePassword', awsError('NotAuthorizedException', 'Incorrect username or password.'));
    fillPassword(el, { password: 'wrong', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    submit(el, 'password');
    await until(() => Boolean(fieldErrorText(el, 'password')));
    expect(fieldErrorText(el, 'password')).to.equal('That isn’t your current password.');
    expect(input(el, 'password', 'password').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'password', 'newPassword').value).to.equal(NEW_PASSWORD);
    expect(detailsOf(events, 'auth-error')).to.deep.equal([
      { step: 'password', name: 'NotAuthorizedException', message: 'Incorrect username or password.' },
    ]);
    expect(detailsOf(events, 'auth-account-change')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a confirmation that does not match shows at it and makes no call', async () => {
    const { el, fake } = await mountAccount();
    fillPassword(el, { password: 'Passw0rd!', newPassword: NEW_PASSWORD, confirmPassword: 'other' });
    submit(el, 'password');
    await until(() => Boolean(fieldErrorText(el, 'confirmPassword')));
    expect(fake.callsOf('updatePassword')).to.have.length(0);
  });

  it('a failure that is not the password shows in the section’s alert, and the form stays usable', async () => {
    const { el, fake } = await mountAccount();
    fake.answer('updatePassword', awsError('LimitExceededException'));
    fillPassword(el, { password: 'Passw0rd!', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    submit(el, 'password');
    await until(() => Boolean(errorMessage(form(el, 'password').querySelector(':scope > [role=alert]'))));
    await settled(el);
    submit(el, 'password');
    await until(() => fake.callsOf('updatePassword').length === 2);
  });
});

describe('<auth-account> sessions', () => {
  it('"Sign out of every device" signs out everywhere, fires auth-account-change then auth-signed-out', async () => {
    const { el, fake, events } = await mountAccount();
    const signedOut = oneEvent(el, 'auth-signed-out');
    submit(el, 'sessions');
    await signedOut;
    expect(fake.callsOf('signOutEverywhere')).to.have.length(1);
    expect(events.map((event) => event.type)).to.deep.equal(['auth-account-change', 'auth-signed-out']);
    expect(events[0].detail).to.deep.equal({ section: 'sessions', action: 'signedOutEverywhere' });
    await until(() => el.querySelector('form') === null);
    expect(el.textContent).to.contain('You’re not signed in.');
  });

  it('a sign-out elsewhere (another tab, the app) takes the sections away with auth-signed-out', async () => {
    const { el, fake, events } = await mountAccount();
    fake.user = undefined;
    fake.emitHub({ event: 'signedOut' });
    await until(() => el.querySelector('form') === null);
    expect(detailsOf(events, 'auth-signed-out')).to.deep.equal([{}]);
  });
});

describe('<auth-account> delete account', () => {
  function typeWord(el: Element, value: string) {
    const field = input(el, 'delete', 'confirmDelete');
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }

  it('refuses at the field until the shown word is typed, keeping what was typed and calling nothing', async () => {
    const { el, fake, events } = await mountAccount(true, { sections: 'delete' });
    expect(form(el, 'delete').textContent).to.contain('To confirm, type “delete”');
    submit(el, 'delete');
    await until(() => Boolean(fieldErrorText(el, 'confirmDelete')));
    expect(fieldErrorText(el, 'confirmDelete')).to.equal('Type “delete” to confirm.');
    typeWord(el, 'delet');
    submit(el, 'delete');
    await settled(el);
    expect(fieldErrorText(el, 'confirmDelete')).to.equal('Type “delete” to confirm.');
    expect(input(el, 'delete', 'confirmDelete').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'delete', 'confirmDelete').value).to.equal('delet');
    expect(fake.callsOf('deleteUser')).to.have.length(0);
    expect(detailsOf(events, 'auth-account-change')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('with the word typed, deletes the account: auth-account-change, then signed out with a notice', async () => {
    const { el, fake, events } = await mountAccount(true, { sections: 'delete' });
    typeWord(el, ' Delete ');
    const signedOut = oneEvent(el, 'auth-signed-out');
    submit(el, 'delete');
    await signedOut;
    expect(fake.callsOf('deleteUser')).to.have.length(1);
    expect(events.map((event) => event.type)).to.deep.equal(['auth-account-change', 'auth-signed-out']);
    expect(events[0].detail).to.deep.equal({ section: 'delete', action: 'accountDeleted' });
    await until(() => el.querySelector('form') === null);
    expect(el.querySelector('[role=status]')?.textContent).to.contain('Your account was deleted.');
  });

  it('asks for the word of the page’s language', async () => {
    const { el, fake } = await mountAccount(true, { sections: 'delete', lang: 'de' });
    await until(() => Boolean(form(el, 'delete').textContent?.includes('„löschen“')));
    typeWord(el, 'delete');
    submit(el, 'delete');
    await until(() => Boolean(fieldErrorText(el, 'confirmDelete')));
    expect(fieldErrorText(el, 'confirmDelete')).to.equal('Geben Sie zur Bestätigung „löschen“ ein.');
    typeWord(el, 'LÖSCHEN');
    submit(el, 'delete');
    await until(() => fake.callsOf('deleteUser').length === 1);
  });

  it('a failed deletion shows in the section and leaves the person signed in, the word kept', async () => {
    const { el, fake, events } = await mountAccount(true, { sections: 'delete' });
    fake.answer('deleteUser', awsError('LimitExceededException'));
    typeWord(el, 'delete');
    submit(el, 'delete');
    await until(() => Boolean(errorMessage(form(el, 'delete').querySelector(':scope > [role=alert]'))));
    await settled(el);
    expect(el.signedIn).to.equal(true);
    expect(input(el, 'delete', 'confirmDelete').value).to.equal('delete');
    expect(detailsOf(events, 'auth-signed-out')).to.deep.equal([]);
    submit(el, 'delete');
    await until(() => fake.callsOf('deleteUser').length === 2);
  });
});
