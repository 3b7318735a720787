/** `<auth-account>`'s passkeys and devices sections (src/flow/account-lists.ts) with the fake service. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { AccountController, type AccountChange, type AccountSection } from '../../src/flow/account.js';
import type { FlowError } from '../../src/flow/errors.js';
import { awsError, FakeAuthService, signedInUser } from '../support/fake-auth-service.js';

const ADDED = new Date('2026-11-02T10:00:00Z');
const USED = new Date('2026-12-01T08:30:00Z');

/** An account element's flow with `fake` (its passkeys and devices set by the test), its lists loaded. */
async function account(prepare: (fake: FakeAuthService) => void = () => {}) {
  const fake = new FakeAuthService();
  fake.user = signedInUser();
  prepare(fake);
  const changes: AccountChange[] = [];
  const errors: { section: AccountSection; error: FlowError }[] = [];
  const flow = new AccountController({
    service: fake,
    sink: {
      changed: (change) => changes.push(change),
      signedOut: () => {},
      error: (section, error) => errors.push({ section, error }),
    },
  });
  await flow.start(async () => {});
  await loaded(flow);
  return {
    fake,
    flow,
    changes,
    errors,
    passkeys: () => flow.state.sections.passkeys,
    devices: () => flow.state.sections.devices,
  };
}

/** Resolves once neither list is loading (the state says so as it changes); fails after 2 s. */
function loaded(flow: AccountController): Promise<void> {
  const done = () => !flow.state.sections.passkeys.loading && !flow.state.sections.devices.loading;
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the lists are still loading')), 2000);
    const stop = flow.subscribe(() => {
      if (!done()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

const twoPasskeys = (fake: FakeAuthService) => {
  fake.passkeys = [
    { id: 'cred-1', name: 'Laptop', createdAt: ADDED },
    { id: 'cred-2', createdAt: ADDED, lastUsedAt: USED },
  ];
};

const threeDevices = (fake: FakeAuthService) => {
  fake.devices = {
    devices: [
      { id: 'dev-a', name: 'Firefox on Linux', lastUsedAt: USED },
      { id: 'dev-b', name: 'Chrome on Android', lastUsedAt: ADDED },
      { id: 'dev-c', lastUsedAt: USED },
    ],
    currentDeviceKey: 'dev-b',
  };
};

describe('<auth-account> passkeys', () => {
  it('startup lists the passkeys once signed in, and shows the section', async () => {
    const a = await account(twoPasskeys);
    assert.deepEqual(a.passkeys().items, [
      { id: 'cred-1', name: 'Laptop', createdAt: ADDED },
      { id: 'cred-2', createdAt: ADDED, lastUsedAt: USED },
    ]);
    assert.equal(a.passkeys().shown, true);
    assert.equal(a.passkeys().loading, false);
    assert.equal(a.passkeys().busy, false);
    assert.deepEqual(a.flow.shownSections(undefined), ['profile', 'password', 'mfa', 'passkeys', 'sessions', 'delete']);
    assert.deepEqual(a.changes, []);
  });

  it('hidden where the browser or the pool allows no passkeys; nobody signed in: nothing is listed', async () => {
    const browser = await account((fake) => (fake.passkeysSupported = false));
    assert.equal(browser.passkeys().shown, false);
    assert.equal(browser.fake.callsOf('listPasskeys').length, 0);
    assert.deepEqual(browser.flow.shownSections('passkeys password'), ['password']);

    const pool = await account((fake) => fake.answer('listPasskeys', awsError('WebAuthnNotEnabledException')));
    assert.equal(pool.passkeys().shown, false);
    assert.deepEqual(pool.errors, []);
    const client = await account((fake) =>
      fake.answer('listPasskeys', awsError('WebAuthnConfigurationMissingException')),
    );
    assert.equal(client.passkeys().shown, false);

    const nobody = await account((fake) => (fake.user = undefined));
    assert.equal(nobody.fake.callsOf('passkeysAllowed').length, 0);
    assert.equal(nobody.fake.callsOf('listDevices').length, 0);
  });

  it('a list that fails to load says so in the section, and "reload" loads it again', async () => {
    const a = await account((fake) => fake.answer('listPasskeys', awsError('NetworkError', 'offline')));
    assert.equal(a.passkeys().items, undefined);
    assert.equal(a.passkeys().error?.name, 'NetworkError');
    assert.equal(a.passkeys().shown, undefined, 'not known: it shows, with the error and a retry');
    assert.deepEqual(a.flow.shownSections('passkeys'), ['passkeys']);
    assert.deepEqual(
      a.errors.map((e) => e.section),
      ['passkeys'],
    );
    a.fake.passkeys = [{ id: 'cred-1', name: 'Laptop' }];
    await a.flow.submit('passkeys', { action: 'reload' });
    assert.deepEqual(a.passkeys().items, [{ id: 'cred-1', name: 'Laptop' }]);
    assert.equal(a.passkeys().error, undefined);
    assert.equal(a.passkeys().shown, true);
  });

  it('add: registers a passkey, says so, fires the change and lists the new one', async () => {
    const a = await account();
    assert.deepEqual(a.passkeys().items, []);
    a.fake.answer('registerPasskey', () => {
      a.fake.passkeys.push({ id: 'cred-new', name: 'Passkey 1', createdAt: ADDED });
    });
    await a.flow.submit('passkeys', { action: 'add' });
    assert.equal(a.fake.callsOf('registerPasskey').length, 1);
    assert.deepEqual(a.changes, [{ section: 'passkeys', action: 'passkeyAdded' }]);
    assert.deepEqual(a.passkeys().notice, { messageId: 'account.passkeys.added' });
    assert.deepEqual(a.passkeys().items, [{ id: 'cred-new', name: 'Passkey 1', createdAt: ADDED }]);
    assert.equal(a.passkeys().busy, false);
  });

  it('add refused or cancelled: the error in the section, no change fired, the list kept, usable again', async () => {
    const a = await account(twoPasskeys);
    a.fake.answer('registerPasskey', awsError('PasskeyRegistrationCanceled'));
    await a.flow.submit('passkeys', { action: 'add' });
    assert.equal(a.passkeys().error?.messageId, 'error.passkeyRegistrationCanceled');
    assert.equal(a.passkeys().error?.field, undefined);
    assert.deepEqual(a.changes, []);
    assert.equal(a.passkeys().items?.length, 2);
    assert.equal(a.passkeys().busy, false);
    await a.flow.submit('passkeys', { action: 'add' });
    assert.equal(a.fake.callsOf('registerPasskey').length, 2);
    assert.equal(a.passkeys().error, undefined);
  });

  it('remove asks first: nothing is deleted until confirmed; cancel keeps it', async () => {
    const a = await account(twoPasskeys);
    await a.flow.submit('passkeys', { action: 'remove', id: 'cred-2' });
    assert.equal(a.passkeys().confirming, 'cred-2');
    assert.equal(a.fake.callsOf('deletePasskey').length, 0);
    await a.flow.submit('passkeys', { action: 'cancel' });
    assert.equal(a.passkeys().confirming, undefined);
    await a.flow.submit('passkeys', { action: 'confirm' });
    assert.equal(a.fake.callsOf('deletePasskey').length, 0, 'nothing waits for a confirmation');
    await a.flow.submit('passkeys', { action: 'remove' });
    assert.equal(a.passkeys().confirming, undefined, 'no passkey named: nothing to confirm');
    assert.deepEqual(a.changes, []);
  });

  it('confirmed: deletes that passkey, says so, fires the change and lists the rest', async () => {
    const a = await account(twoPasskeys);
    await a.flow.submit('passkeys', { action: 'remove', id: 'cred-1' });
    await a.flow.submit('passkeys', { action: 'confirm' });
    assert.deepEqual(a.fake.callsOf('deletePasskey'), [['cred-1']]);
    assert.deepEqual(a.changes, [{ section: 'passkeys', action: 'passkeyDeleted' }]);
    assert.deepEqual(a.passkeys().notice, { messageId: 'account.passkeys.deleted' });
    assert.deepEqual(
      a.passkeys().items?.map((item) => item.id),
      ['cred-2'],
    );
    assert.equal(a.passkeys().confirming, undefined);
  });

  it('a failed deletion keeps the passkey, its confirmation and the error; a second try works', async () => {
    const a = await account(twoPasskeys);
    a.fake.answer('deletePasskey', awsError('InternalErrorException'));
    await a.flow.submit('passkeys', { action: 'remove', id: 'cred-1' });
    await a.flow.submit('passkeys', { action: 'confirm' });
    assert.equal(a.passkeys().error?.name, 'InternalErrorException');
    assert.equal(a.passkeys().confirming, 'cred-1');
    assert.equal(a.passkeys().items?.length, 2);
    assert.deepEqual(a.changes, []);
    await a.flow.submit('passkeys', { action: 'confirm' });
    assert.deepEqual(a.fake.callsOf('deletePasskey'), [['cred-1'], ['cred-1']]);
    assert.equal(a.passkeys().items?.length, 1);
  });

  it('one call at a time: a second add while the first runs calls nothing', async () => {
    const a = await account();
    let finish!: () => void;
    a.fake.answer('registerPasskey', () => new Promise<void>((resolve) => (finish = resolve)));
    const first = a.flow.submit('passkeys', { action: 'add' });
    assert.equal(a.passkeys().busy, true);
    await a.flow.submit('passkeys', { action: 'add' });
    finish();
    await first;
    assert.equal(a.fake.callsOf('registerPasskey').length, 1);
  });
});

describe('<auth-account> devices', () => {
  it('lists the devices with this one first and marked', async () => {
    const a = await account(threeDevices);
    assert.equal(a.devices().shown, true);
    assert.deepEqual(a.devices().items, [
      { id: 'dev-b', name: 'Chrome on Android', lastUsedAt: ADDED, current: true },
      { id: 'dev-a', name: 'Firefox on Linux', lastUsedAt: USED, current: false },
      { id: 'dev-c', lastUsedAt: USED, current: false },
    ]);
  });

  it('a pool without device tracking (no device key here, none listed) hides the section', async () => {
    const a = await account();
    assert.equal(a.devices().shown, false);
    assert.deepEqual(a.flow.shownSections('devices sessions'), ['sessions']);
    const onlyThis = await account((fake) => (fake.devices = { devices: [], currentDeviceKey: 'dev-x' }));
    assert.equal(onlyThis.devices().shown, true, 'this device has a key: the pool tracks devices');
    assert.deepEqual(onlyThis.devices().items, []);
    const others = await account((fake) => (fake.devices = { devices: [{ id: 'dev-y' }] }));
    assert.equal(others.devices().shown, true);
    assert.deepEqual(others.devices().items, [{ id: 'dev-y', current: false }]);
  });

  it('forget another device: forgets it, says so, fires the change and lists the rest', async () => {
    const a = await account(threeDevices);
    await a.flow.submit('devices', { action: 'forget', id: 'dev-a' });
    assert.deepEqual(a.fake.callsOf('forgetDevice'), [['dev-a']]);
    assert.deepEqual(a.changes, [{ section: 'devices', action: 'deviceForgotten' }]);
    assert.deepEqual(a.devices().notice, { messageId: 'account.devices.forgot' });
    assert.deepEqual(
      a.devices().items?.map((item) => item.id),
      ['dev-b', 'dev-c'],
    );
  });

  it('forget this device: says it will be asked for a code here; the section stays after the last one goes', async () => {
    const a = await account((fake) => (fake.devices = { devices: [{ id: 'dev-b' }], currentDeviceKey: 'dev-b' }));
    await a.flow.submit('devices', { action: 'forget', id: 'dev-b' });
    assert.deepEqual(a.fake.callsOf('forgetDevice'), [['dev-b']]);
    assert.deepEqual(a.devices().notice, { messageId: 'account.devices.forgotThis' });
    assert.deepEqual(a.devices().items, []);
    assert.equal(a.devices().shown, true);
    assert.deepEqual(a.flow.shownSections('devices'), ['devices']);
  });

  it('a failed forget keeps the list and shows the error; other actions and no id do nothing', async () => {
    const a = await account(threeDevices);
    a.fake.answer('forgetDevice', awsError('ResourceNotFoundException', 'Device does not exist.'));
    await a.flow.submit('devices', { action: 'forget', id: 'dev-c' });
    assert.equal(a.devices().error?.name, 'ResourceNotFoundException');
    assert.equal(a.devices().items?.length, 3);
    assert.deepEqual(a.changes, []);
    assert.equal(a.devices().busy, false);
    await a.flow.submit('devices', { action: 'forget' });
    await a.flow.submit('devices', { action: 'add' });
    await a.flow.submit('devices', { action: 'remove', id: 'dev-a' });
    assert.equal(a.fake.callsOf('forgetDevice').length, 1);
    assert.equal(a.fake.callsOf('registerPasskey').length, 0);
    assert.equal(a.devices().confirming, undefined);
  });
});
