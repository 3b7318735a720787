/** `<auth-account>`'s profile section: the person's email, phone and names; a new email confirmed with its code. */
import { expect, oneEvent } from '@open-wc/testing';
import type { FakeAuthService } from '../support/fake-auth-service.js';
import { awsError } from '../support/fake-auth-service.js';
import { detailsOf, form, input, mountAccount, settled, status, until } from './helpers/account.js';
import { errorMessage, fieldErrorText } from './helpers/widget.js';

const alert = (el: Element) => errorMessage(el.querySelector('[step=profile] [role=alert]'));
const sectionText = (el: Element) => form(el, 'profile').textContent!.replace(/\s+/g, ' ');
const withProfile = (fake: FakeAuthService) =>
  (fake.attributes = { sub: 'sub-123', email: 'ada@example.com', email_verified: 'true', given_name: 'Ada' });

function type(el: Element, name: string, value: string) {
  const field = input(el, 'profile', name);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function mountProfile(prepare: (fake: FakeAuthService) => void = () => {}) {
  const mounted = await mountAccount(true, { sections: 'profile' }, (fake) => {
    withProfile(fake);
    prepare(fake);
  });
  await until(() => Boolean(input(mounted.el, 'profile', 'email')));
  return mounted;
}

describe('<auth-account> profile', () => {
  it('shows the email and names the person has, typed and filled as browsers expect; accessible', async () => {
    const { el } = await mountProfile((fake) => (fake.attributes.phone_number = '+14255550100'));
    expect(sectionText(el)).to.contain('Profile');
    const email = input(el, 'profile', 'email');
    expect([email.type, email.getAttribute('autocomplete'), email.value]).to.deep.equal([
      'email',
      'email',
      'ada@example.com',
    ]);
    const phone = input(el, 'profile', 'phone_number');
    expect([phone.type, phone.getAttribute('autocomplete'), phone.value]).to.deep.equal(['tel', 'tel', '+14255550100']);
    const given = input(el, 'profile', 'given_name');
    expect([given.getAttribute('autocomplete'), given.value]).to.deep.equal(['given-name', 'Ada']);
    expect(input(el, 'profile', 'family_name')).to.equal(null);
    expect(form(el, 'profile').getAttribute('method')).to.equal('post');
    await expect(el).to.be.accessible();
  });

  it('is the first section by default', async () => {
    const { el } = await mountAccount(true, {}, withProfile);
    await until(() => Boolean(el.querySelector('[step=profile] form')));
    expect(el.querySelector('[step]')!.getAttribute('step')).to.equal('profile');
  });

  it('a new name is saved: a notice, auth-account-change profileUpdated', async () => {
    const { el, fake } = await mountProfile();
    type(el, 'given_name', 'Augusta');
    const changed = oneEvent(el, 'auth-account-change');
    form(el, 'profile').requestSubmit();
    expect((await changed).detail).to.deep.equal({ section: 'profile', action: 'profileUpdated' });
    await settled(el);
    expect(fake.callsOf('updateUserAttributes')).to.deep.equal([[{ given_name: 'Augusta' }]]);
    expect(status(el, 'profile')).to.equal('Your profile was saved.');
    expect(input(el, 'profile', 'given_name').value).to.equal('Augusta');
  });

  it('a new email asks for its code and says the old one still signs in; the code confirms it, never in the event', async () => {
    const { el, fake, events } = await mountProfile();
    type(el, 'email', 'augusta@example.com');
    form(el, 'profile').requestSubmit();
    await until(() => Boolean(input(el, 'profile', 'code')));
    await settled(el);
    expect(sectionText(el)).to.contain('Until you enter the code, you still sign in with ada@example.com.');
    expect(sectionText(el)).to.contain('We sent a code to n***@e***.');
    const code = input(el, 'profile', 'code');
    expect([code.getAttribute('autocomplete'), code.inputMode]).to.deep.equal(['one-time-code', 'numeric']);
    expect(document.activeElement).to.equal(code);
    const resend = el.querySelector<HTMLButtonElement>('[step=profile] [data-action=resend-code]')!;
    expect(resend.disabled, 'the cooldown runs').to.equal(true);
    expect(detailsOf(events, 'auth-account-change')).to.deep.equal([]);
    await expect(el).to.be.accessible();

    type(el, 'code', '482913');
    const changed = oneEvent(el, 'auth-account-change');
    form(el, 'profile').requestSubmit();
    expect((await changed).detail).to.deep.equal({ section: 'profile', action: 'emailChanged' });
    await settled(el);
    expect(fake.callsOf('confirmUserAttribute')).to.deep.equal([['email', '482913']]);
    expect(status(el, 'profile')).to.equal('Confirmed. You now sign in with augusta@example.com.');
    expect(input(el, 'profile', 'email').value).to.equal('augusta@example.com');
    expect(JSON.stringify(events.map((event) => event.detail))).to.not.contain('482913');
  });

  it('a wrong code shows at the code field and keeps it; cancel goes back to the fields', async () => {
    const { el, events } = await mountProfile((fake) =>
      fake.answer('confirmUserAttribute', awsError('CodeMismatchException', 'Invalid code')),
    );
    type(el, 'email', 'augusta@example.com');
    form(el, 'profile').requestSubmit();
    await until(() => Boolean(input(el, 'profile', 'code')));
    type(el, 'code', '000000');
    form(el, 'profile').requestSubmit();
    await until(() => Boolean(fieldErrorText(form(el, 'profile'), 'code')));
    expect(input(el, 'profile', 'code').value).to.equal('000000');
    expect(input(el, 'profile', 'code').getAttribute('aria-invalid')).to.equal('true');
    expect(detailsOf(events, 'auth-error')).to.deep.equal([
      { step: 'profile', name: 'CodeMismatchException', message: 'Invalid code' },
    ]);
    form(el, 'profile').querySelector<HTMLButtonElement>('button[name=choice][value=cancel]')!.click();
    await until(() => Boolean(input(el, 'profile', 'email')));
    expect(input(el, 'profile', 'email').value).to.equal('ada@example.com');
  });

  it('an email another account has: at the email field, what was typed kept, the form usable', async () => {
    const { el } = await mountProfile((fake) =>
      fake.answer(
        'updateUserAttributes',
        awsError('AliasExistsException', 'An account with the email already exists.'),
      ),
    );
    type(el, 'email', 'taken@example.com');
    type(el, 'given_name', 'Augusta');
    form(el, 'profile').requestSubmit();
    await until(() => Boolean(fieldErrorText(form(el, 'profile'), 'email')));
    expect(fieldErrorText(form(el, 'profile'), 'email')).to.contain('An account with this email already exists');
    expect(input(el, 'profile', 'email').value).to.equal('taken@example.com');
    expect(input(el, 'profile', 'given_name').value).to.equal('Augusta');
    expect(alert(el)).to.equal('');
    expect(form(el, 'profile').querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).to.equal(false);
  });

  it('says it in the page’s language', async () => {
    const { el } = await mountAccount(true, { sections: 'profile', lang: 'fr' }, withProfile);
    await until(() => sectionText(el).includes('Profil') && Boolean(input(el, 'profile', 'email')));
    expect(form(el, 'profile').querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Enregistrer');
  });
});
