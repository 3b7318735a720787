/** `<auth-account>`'s two-step verification section: what is on, an authenticator app turned on, preferred, off. */
import { expect, oneEvent } from '@open-wc/testing';
import { awsError } from '../support/fake-auth-service.js';
import { detailsOf, form, input, mountAccount, settled, status, until } from './helpers/account.js';
import { errorMessage, fieldErrorText } from './helpers/widget.js';

const press = (el: Element, choice: string) =>
  form(el, 'mfa').querySelector<HTMLButtonElement>(`button[name=choice][value="${choice}"]`)!.click();
const button = (el: Element, choice: string) =>
  form(el, 'mfa').querySelector<HTMLButtonElement>(`button[name=choice][value="${choice}"]`);
const alert = (el: Element) => errorMessage(el.querySelector('[step=mfa] [role=alert]'));
const sectionText = (el: Element) => form(el, 'mfa').textContent!.replace(/\s+/g, ' ');

function typeCode(el: Element, code: string) {
  const field = input(el, 'mfa', 'code');
  field.value = code;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<auth-account> two-step verification', () => {
  it('lists the pool’s methods, all off, each with its own "Turn on"; accessible', async () => {
    const { el } = await mountAccount(true, { sections: 'mfa' });
    await until(() => Boolean(button(el, 'enable:TOTP')));
    expect(sectionText(el)).to.contain('Two-step verification is off');
    expect(button(el, 'enable:SMS')).to.exist;
    expect(button(el, 'enable:EMAIL')).to.equal(null);
    const name = document.getElementById(button(el, 'enable:TOTP')!.getAttribute('aria-describedby')!);
    expect(name?.textContent).to.contain('Authenticator app');
    await expect(el).to.be.accessible();
  });

  it('turns on an authenticator app: the sign-in’s setup block, the first code, a notice, the change with no secret', async () => {
    const { el, fake, events } = await mountAccount(true, { sections: 'mfa', 'totp-issuer': 'Acme' });
    await until(() => Boolean(button(el, 'enable:TOTP')));
    press(el, 'enable:TOTP');
    await until(() => Boolean(el.querySelector('[data-totp-secret]')));
    expect(el.querySelector('[data-totp-secret]')!.textContent!.replace(/\s/g, '')).to.equal('JBSWY3DPEHPK3PXP');
    expect(el.querySelector('a[href^="otpauth://"]')!.getAttribute('href')).to.equal(
      'otpauth://totp/Acme:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme',
    );
    await until(() => Boolean(el.querySelector('[step=mfa] svg.auth-qr[role=img]')));
    expect(el.querySelector('[step=mfa] svg.auth-qr')!.getAttribute('aria-label')).to.contain('QR code');
    expect(input(el, 'mfa', 'code').getAttribute('autocomplete')).to.equal('one-time-code');
    await expect(el).to.be.accessible();

    typeCode(el, '123456');
    const changed = oneEvent(el, 'auth-account-change');
    form(el, 'mfa').requestSubmit();
    expect((await changed).detail).to.deep.equal({ section: 'mfa', action: 'totpEnabled' });
    await settled(el);
    expect(fake.callsOf('verifyTotpSetup')).to.deep.equal([['123456']]);
    expect(status(el, 'mfa')).to.equal('Your authenticator app is on. Next time you sign in, enter the code it shows.');
    expect(sectionText(el)).to.contain('On, used first');
    expect(el.querySelector('[data-totp-secret]')).to.equal(null);
    expect(JSON.stringify(detailsOf(events, 'auth-account-change'))).to.not.contain('JBSWY3DPEHPK3PXP');
  });

  it('a wrong first code shows at the field, keeps the code and the setup; the next try works', async () => {
    const { el, fake, events } = await mountAccount(true, { sections: 'mfa' });
    await until(() => Boolean(button(el, 'enable:TOTP')));
    press(el, 'enable:TOTP');
    await until(() => Boolean(el.querySelector('[data-totp-secret]')));
    fake.answer('verifyTotpSetup', awsError('EnableSoftwareTokenMFAException', 'Code mismatch'));
    typeCode(el, '000000');
    form(el, 'mfa').requestSubmit();
    await until(() => Boolean(fieldErrorText(el, 'code')));
    expect(input(el, 'mfa', 'code').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'mfa', 'code').value).to.equal('000000');
    expect(el.querySelector('[data-totp-secret]')).to.exist;
    expect(detailsOf(events, 'auth-error')[0]).to.include({ step: 'mfa', name: 'EnableSoftwareTokenMFAException' });
    typeCode(el, '123456');
    form(el, 'mfa').requestSubmit();
    await until(() => Boolean(button(el, 'disable:TOTP')));
  });

  it('where the pool requires MFA, turning off the last method is refused clearly with no call; the section stays usable', async () => {
    const { el, fake } = await mountAccount(true, { sections: 'mfa' }, (fake) => {
      fake.poolMfaSettings = { status: 'on', types: ['TOTP', 'SMS'] };
      fake.mfaPreference = { enabled: ['TOTP'], preferred: 'TOTP' };
    });
    await until(() => Boolean(button(el, 'disable:TOTP')));
    press(el, 'disable:TOTP');
    await until(() => Boolean(alert(el)));
    expect(alert(el)).to.contain('This account must keep two-step verification.');
    expect(fake.callsOf('updateMfaPreference')).to.deep.equal([]);
    press(el, 'enable:SMS');
    await until(() => Boolean(button(el, 'prefer:SMS')));
    expect(status(el, 'mfa')).to.equal('Your change was saved.');
    await expect(el).to.be.accessible();
  });

  it('a pool with MFA off shows no two-step verification section', async () => {
    const { el, fake } = await mountAccount(
      true,
      { sections: 'mfa password' },
      (fake) => (fake.poolMfaSettings = { status: 'off', types: [] }),
    );
    await until(() => fake.callsOf('poolMfa').length === 1 && !el.querySelector('[step=mfa] [aria-busy=true]'));
    await settled(el);
    expect(el.querySelector('[step=mfa] form')).to.equal(null);
    expect(el.querySelector('[step=password] form')).to.exist;
  });

  it('a failed load says why and loads again on "Try again"', async () => {
    const { el } = await mountAccount(true, { sections: 'mfa' }, (fake) =>
      fake.answer('fetchMfaPreference', awsError('NetworkError', 'Network error')),
    );
    await until(() => Boolean(alert(el)));
    expect(alert(el)).to.contain('couldn’t reach');
    form(el, 'mfa').querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => Boolean(button(el, 'enable:TOTP')));
  });
});
