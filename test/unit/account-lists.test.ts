/**
 * `<auth-account>`'s passkeys and devices sections: their rows (names, dates in the widget's language), adding and
 * removing a passkey behind a confirmation, forgetting a device or this one, failures at the section.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { FakeAuthService } from '../support/fake-auth-service.js';
import { awsError } from '../support/fake-auth-service.js';
import { detailsOf, form, mountAccount, settled, status, submit, until } from './helpers/account.js';
import { errorMessage } from './helpers/widget.js';

const ADDED = new Date('2026-11-02T10:00:00Z');
const USED = new Date('2026-12-01T08:30:00Z');

const rows = (el: Element, section: string) =>
  [...form(el, section).querySelectorAll('li .auth-row-text')].map((row) =>
    row.textContent!.replace(/\s+/g, ' ').trim(),
  );
const alert = (el: Element, section: string) => errorMessage(form(el, section).querySelector('[role=alert]'));
const button = (el: Element, selector: string) => el.querySelector<HTMLButtonElement>(selector)!;

const withPasskeys = (fake: FakeAuthService) => {
  fake.passkeys = [
    { id: 'cred-1', name: 'Laptop', createdAt: ADDED },
    { id: 'cred-2', createdAt: ADDED, lastUsedAt: USED },
  ];
};
const withDevices = (fake: FakeAuthService) => {
  fake.devices = {
    devices: [
      { id: 'dev-a', name: 'Firefox on Linux', lastUsedAt: USED },
      { id: 'dev-b', name: 'Chrome on Android', lastUsedAt: ADDED },
    ],
    currentDeviceKey: 'dev-b',
  };
};

/** Mounted with only the list sections, their lists loaded. */
async function mountLists(prepare: (fake: FakeAuthService) => void, attributes: Record<string, string> = {}) {
  const mounted = await mountAccount(true, { sections: 'passkeys devices', ...attributes }, prepare);
  await until(() => mounted.fake.callsOf('listDevices').length === 1);
  await settled(mounted.el);
  return mounted;
}

const medium = (lang: string, date: Date, time = false) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', ...(time ? { timeStyle: 'short' } : {}) }).format(date);

describe('<auth-account> passkeys', () => {
  it('lists each passkey with its name and dates; one without a name is called "Passkey"; accessible', async () => {
    const { el } = await mountLists((fake) => withPasskeys(fake));
    await until(() => rows(el, 'passkeys').length === 2);
    expect(rows(el, 'passkeys')).to.deep.equal([
      `Laptop Added ${medium('en', ADDED)}`,
      `Passkey Added ${medium('en', ADDED)} · Last used ${medium('en', USED)}`,
    ]);
    expect(form(el, 'passkeys').querySelector('h2')!.textContent).to.equal('Passkeys');
    expect(button(el, '[step=passkeys] button[type=submit]').textContent!.trim()).to.equal('Add a passkey');
    await expect(el).to.be.accessible();
  });

  it('dates are written in the widget’s language (German text, German dates)', async () => {
    const { el } = await mountLists((fake) => withPasskeys(fake), { lang: 'de' });
    await until(() => rows(el, 'passkeys')[0]?.includes(medium('de', ADDED)) ?? false);
    expect(rows(el, 'passkeys')[0]).to.equal(`Laptop Hinzugefügt am ${medium('de', ADDED)}`);
  });

  it('none yet: says so; a browser without WebAuthn shows no passkeys section', async () => {
    const { el } = await mountLists(() => {});
    await until(() => form(el, 'passkeys')?.textContent?.includes('You haven’t added a passkey yet.') ?? false);
    const unsupported = await mountAccount(true, { sections: 'passkeys password' }, (fake) => {
      fake.passkeysSupported = false;
    });
    await until(() => unsupported.fake.callsOf('passkeysAllowed').length === 1);
    await settled(unsupported.el);
    const shown = [...unsupported.el.querySelectorAll(':scope > [step]')].map((node) => node.getAttribute('step'));
    expect(shown).to.deep.equal(['password']);
  });

  it('add: the browser’s dialog, a notice, auth-account-change, the new row', async () => {
    const { el, fake } = await mountLists(() => {});
    fake.answer('registerPasskey', () => {
      fake.passkeys.push({ id: 'cred-new', name: 'Passkey 1', createdAt: ADDED });
    });
    const changed = oneEvent(el, 'auth-account-change');
    submit(el, 'passkeys');
    expect((await changed).detail).to.deep.equal({ section: 'passkeys', action: 'passkeyAdded' });
    await until(() => rows(el, 'passkeys').length === 1);
    expect(status(el, 'passkeys')).to.equal('Passkey added. You can use it the next time you sign in.');
    expect(fake.callsOf('registerPasskey')).to.have.length(1);
  });

  it('a cancelled dialog shows in the section’s alert, fires auth-error, and "Add a passkey" works again', async () => {
    const { el, fake, events } = await mountLists(() => {});
    fake.answer('registerPasskey', awsError('PasskeyRegistrationCanceled', 'cancelled'));
    submit(el, 'passkeys');
    await until(() => Boolean(alert(el, 'passkeys')));
    expect(alert(el, 'passkeys')).to.contain('The passkey wasn’t created');
    expect(detailsOf(events, 'auth-error')).to.deep.equal([
      { step: 'passkeys', name: 'PasskeyRegistrationCanceled', message: 'cancelled' },
    ]);
    await expect(el).to.be.accessible();
    submit(el, 'passkeys');
    await until(() => fake.callsOf('registerPasskey').length === 2 && !el.querySelector('[aria-busy=true]'));
    expect(detailsOf(events, 'auth-account-change')).to.deep.equal([{ section: 'passkeys', action: 'passkeyAdded' }]);
  });

  it('remove asks first (focus on the answer); "Keep it" keeps it and focus returns to its button', async () => {
    const { el, fake } = await mountLists((fake) => withPasskeys(fake));
    await until(() => rows(el, 'passkeys').length === 2);
    button(el, '[data-id=cred-1] [data-action=remove-passkey]').click();
    await until(() => Boolean(el.querySelector('[data-action=confirm-remove]')));
    await settled(el);
    expect(document.activeElement).to.equal(button(el, '[data-action=confirm-remove]'));
    expect(form(el, 'passkeys').querySelector('.auth-confirm p')!.textContent).to.equal(
      'Remove “Laptop”? You won’t be able to sign in with it any more.',
    );
    expect(form(el, 'passkeys').querySelector('button[type=submit]:not([name])'), 'no "Add" meanwhile').to.equal(null);
    await expect(el).to.be.accessible();
    button(el, '[data-action=cancel]').click();
    await until(() => !el.querySelector('[data-action=confirm-remove]'));
    await settled(el);
    expect(document.activeElement).to.equal(button(el, '[data-id=cred-1] [data-action=remove-passkey]'));
    expect(fake.callsOf('deletePasskey')).to.have.length(0);
  });

  it('confirmed: deletes it, says so, fires the change, the row is gone and focus is on the heading', async () => {
    const { el, fake, events } = await mountLists((fake) => withPasskeys(fake));
    await until(() => rows(el, 'passkeys').length === 2);
    button(el, '[data-id=cred-2] [data-action=remove-passkey]').click();
    await until(() => Boolean(el.querySelector('[data-action=confirm-remove]')));
    button(el, '[data-action=confirm-remove]').click();
    await until(() => rows(el, 'passkeys').length === 1 && !el.querySelector('[aria-busy=true]'));
    await settled(el);
    expect(fake.callsOf('deletePasskey')).to.deep.equal([['cred-2']]);
    expect(status(el, 'passkeys')).to.equal('Passkey removed.');
    expect(detailsOf(events, 'auth-account-change')).to.deep.equal([{ section: 'passkeys', action: 'passkeyDeleted' }]);
    expect(document.activeElement).to.equal(form(el, 'passkeys').querySelector('h2'));
  });

  it('a list that cannot load says so with "Try again", which loads it', async () => {
    const { el, fake } = await mountLists((fake) => fake.answer('listPasskeys', awsError('InternalErrorException')));
    await until(() => Boolean(el.querySelector('[step=passkeys] [data-action=reload]')));
    expect(alert(el, 'passkeys')).to.not.equal('');
    fake.passkeys = [{ id: 'cred-1', name: 'Laptop' }];
    button(el, '[step=passkeys] [data-action=reload]').click();
    await until(() => rows(el, 'passkeys').length === 1);
    expect(alert(el, 'passkeys')).to.equal('');
  });
});

describe('<auth-account> devices', () => {
  it('this device first and marked, each with its name and last use; hidden without device tracking', async () => {
    const { el } = await mountLists((fake) => withDevices(fake));
    await until(() => rows(el, 'devices').length === 2);
    expect(rows(el, 'devices')).to.deep.equal([
      `Chrome on Android This device Last used ${medium('en', ADDED, true)}`,
      `Firefox on Linux Last used ${medium('en', USED, true)}`,
    ]);
    expect(
      [...form(el, 'devices').querySelectorAll('[data-action=forget-device]')].map((b) => b.textContent!.trim()),
    ).to.deep.equal(['Forget this device', 'Forget']);
    await expect(el).to.be.accessible();

    const untracked = await mountAccount(true, { sections: 'devices sessions' });
    await until(() => untracked.fake.callsOf('listDevices').length === 1);
    await settled(untracked.el);
    const shown = [...untracked.el.querySelectorAll(':scope > [step]')].map((node) => node.getAttribute('step'));
    expect(shown).to.deep.equal(['sessions']);
  });

  it('forget one: forgetDevice with its key, a notice, the change, the row gone', async () => {
    const { el, fake, events } = await mountLists((fake) => withDevices(fake));
    await until(() => rows(el, 'devices').length === 2);
    button(el, '[data-id=dev-a] [data-action=forget-device]').click();
    await until(() => rows(el, 'devices').length === 1);
    expect(fake.callsOf('forgetDevice')).to.deep.equal([['dev-a']]);
    expect(status(el, 'devices')).to.equal('Device forgotten. It will need a verification code at its next sign-in.');
    expect(detailsOf(events, 'auth-account-change')).to.deep.equal([{ section: 'devices', action: 'deviceForgotten' }]);
  });

  it('forget this one: says a code will be asked for here; a failure shows in the alert and keeps the row', async () => {
    const { el, fake } = await mountLists((fake) => withDevices(fake));
    await until(() => rows(el, 'devices').length === 2);
    fake.answer('forgetDevice', awsError('InternalErrorException'));
    button(el, '[data-id=dev-b] [data-action=forget-device]').click();
    await until(() => Boolean(alert(el, 'devices')));
    expect(rows(el, 'devices')).to.have.length(2);
    button(el, '[data-id=dev-b] [data-action=forget-device]').click();
    await until(() => rows(el, 'devices').length === 1);
    expect(status(el, 'devices')).to.equal(
      'This device was forgotten. You’ll need a verification code the next time you sign in here.',
    );
    expect(alert(el, 'devices')).to.equal('');
  });
});

describe('<auth-account> list sections at 320 px', () => {
  for (const lang of ['de', 'ta', 'ru']) {
    it(`${lang}: rows, badges and buttons wrap inside the card (no sideways scroll)`, async () => {
      const { el } = await mountLists(
        (fake) => {
          withPasskeys(fake);
          withDevices(fake);
          fake.devices.devices[0]!.name = 'Firefox-auf-dem-Arbeitslaptop-im-Büro-mit-einem-sehr-langen-Namen';
        },
        { lang },
      );
      el.style.width = '320px';
      await until(() => rows(el, 'passkeys').length === 2 && rows(el, 'devices').length === 2);
      await settled(el);
      for (const section of ['passkeys', 'devices']) {
        const shown = form(el, section);
        const edge = el.getBoundingClientRect().right + 0.5;
        const outside = [...shown.querySelectorAll('li *')].filter((node) => node.getBoundingClientRect().right > edge);
        expect(
          outside.map((node) => node.textContent?.trim()),
          `${section} in ${lang}`,
        ).to.deep.equal([]);
      }
    });
  }
});
