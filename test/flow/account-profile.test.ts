/** `<auth-account>`'s profile section (src/flow/account-profile.ts) with the fake service. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { AccountController, type AccountChange } from '../../src/flow/account.js';
import { profileFields } from '../../src/flow/account-profile.js';
import type { FlowError } from '../../src/flow/errors.js';
import { awsError, FakeAuthService, signedInUser } from '../support/fake-auth-service.js';

/** An account flow with a signed-in person (email and given name), the profile loaded, the clock at 1000 s. */
async function account(setup: (fake: FakeAuthService) => void = () => undefined) {
  const fake = new FakeAuthService();
  fake.user = signedInUser();
  fake.attributes = { sub: 'sub-123', email: 'ada@example.com', email_verified: 'true', given_name: 'Ada' };
  setup(fake);
  const changes: AccountChange[] = [];
  const errors: FlowError[] = [];
  const clock = { now: 1_000_000 };
  const flow = new AccountController({
    service: fake,
    sink: { changed: (change) => changes.push(change), signedOut: () => undefined, error: (_, e) => errors.push(e) },
    now: () => clock.now,
  });
  await flow.start(async () => {});
  await flow.load('profile');
  const view = () => flow.state.profile;
  return { fake, flow, changes, errors, clock, view, section: () => flow.state.sections.profile };
}

const FIELDS = { email: 'ada@example.com', given_name: 'Ada' };

describe('<auth-account> profile flow', () => {
  it('is the first section by default', async () => {
    const a = await account();
    assert.deepEqual(a.flow.shownSections(undefined).slice(0, 2), ['profile', 'password']);
  });

  it('load: the email, phone number and names the person has (given and family name when none), nothing else', async () => {
    const a = await account((fake) => (fake.attributes.phone_number = '+14255550100'));
    assert.deepEqual(a.view(), {
      attributes: { email: 'ada@example.com', phone_number: '+14255550100', given_name: 'Ada' },
      fields: ['email', 'phone_number', 'given_name'],
    });
    assert.equal(a.section().busy, false);
    assert.deepEqual(profileFields({ name: 'Ada L', family_name: 'L' }), ['name', 'family_name']);
    assert.deepEqual(profileFields({ phone_number: '+1' }), ['phone_number', 'given_name', 'family_name']);
  });

  it('load: nobody signed in loads nothing; a failed load shows its error and a submit loads again', async () => {
    const nobody = new AccountController({
      service: new FakeAuthService(),
      sink: { changed: () => undefined, signedOut: () => undefined, error: () => undefined },
    });
    await nobody.start(async () => {});
    await nobody.load('profile');
    await nobody.resendCode('profile');
    assert.equal(nobody.state.profile, undefined);

    const a = await account((fake) => fake.answer('fetchUserAttributes', awsError('NetworkError', 'offline')));
    assert.equal(a.view(), undefined);
    assert.equal(a.section().error?.name, 'NetworkError');
    await a.flow.submit('profile', { choice: 'cancel' });
    assert.deepEqual(a.view()?.fields, ['email', 'given_name']);
    assert.equal(a.section().error, undefined);
  });

  it('a name is saved at once: only what changed of the fields shown is sent, it says so and fires profileUpdated', async () => {
    const a = await account();
    await a.flow.submit('profile', { ...FIELDS, given_name: '  Augusta ', family_name: 'King', nickname: 'A' });
    assert.deepEqual(a.fake.callsOf('updateUserAttributes'), [[{ given_name: 'Augusta' }]]);
    assert.equal(a.view()?.attributes.given_name, 'Augusta');
    assert.deepEqual(a.section().notice, { messageId: 'account.profile.saved' });
    assert.deepEqual(a.changes, [{ section: 'profile', action: 'profileUpdated' }]);
    assert.equal(a.view()?.pending, undefined);
  });

  it('nothing changed: no call, no event, it says the profile is saved', async () => {
    const a = await account((fake) => (fake.attributes.phone_number = '+14255550100'));
    await a.flow.submit('profile', { ...FIELDS, phone_number: '+1 425 555-0100' });
    assert.equal(a.fake.callsOf('updateUserAttributes').length, 0);
    assert.deepEqual(a.changes, []);
    assert.deepEqual(a.section().notice, { messageId: 'account.profile.saved' });
  });

  it('a new email waits for its code (old one kept), then the code confirms it and fires emailChanged, never the code', async () => {
    const a = await account();
    await a.flow.submit('profile', { ...FIELDS, email: 'augusta@example.com' });
    assert.deepEqual(a.fake.callsOf('updateUserAttributes'), [[{ email: 'augusta@example.com' }]]);
    assert.deepEqual(a.view()?.pending, {
      attributes: ['email'],
      values: { email: 'augusta@example.com' },
      destination: 'n***@e***',
    });
    assert.equal(a.view()?.attributes.email, 'ada@example.com');
    assert.equal(a.view()?.resendAt, 1_030_000);
    assert.deepEqual(a.changes, []);
    await a.flow.submit('profile', { code: '12 34 56' });
    assert.deepEqual(a.fake.callsOf('confirmUserAttribute'), [['email', '123456']]);
    assert.equal(a.view()?.attributes.email, 'augusta@example.com');
    assert.equal(a.view()?.pending, undefined);
    assert.deepEqual(a.section().notice, {
      messageId: 'account.profile.confirmed',
      values: { value: 'augusta@example.com' },
    });
    assert.deepEqual(a.changes, [{ section: 'profile', action: 'emailChanged' }]);
  });

  it('a new phone number and a name at once: the name is saved, the phone waits; confirmed, phoneChanged', async () => {
    const a = await account((fake) => (fake.attributes.phone_number = '+14255550100'));
    await a.flow.submit('profile', { ...FIELDS, phone_number: '+1 (425) 555-0199', given_name: 'Augusta' });
    assert.deepEqual(a.fake.callsOf('updateUserAttributes'), [
      [{ phone_number: '+14255550199', given_name: 'Augusta' }],
    ]);
    assert.deepEqual(a.changes, [{ section: 'profile', action: 'profileUpdated' }]);
    assert.deepEqual(a.view()?.pending?.attributes, ['phone_number']);
    await a.flow.submit('profile', { code: '654321' });
    assert.deepEqual(a.fake.callsOf('confirmUserAttribute'), [['phone_number', '654321']]);
    assert.deepEqual(a.changes.at(-1), { section: 'profile', action: 'phoneChanged' });
    assert.equal(a.view()?.attributes.phone_number, '+14255550199');
  });

  it('email and phone at once: one code after the other', async () => {
    const a = await account((fake) => (fake.attributes.phone_number = '+14255550100'));
    await a.flow.submit('profile', { ...FIELDS, email: 'b@example.com', phone_number: '+14255550199' });
    assert.deepEqual(a.view()?.pending?.attributes, ['email', 'phone_number']);
    await a.flow.submit('profile', { code: '111111' });
    assert.deepEqual(a.view()?.pending?.attributes, ['phone_number']);
    assert.deepEqual(a.view()?.pending?.values, { email: 'b@example.com', phone_number: '+14255550199' });
    await a.flow.submit('profile', { code: '222222' });
    assert.deepEqual(a.fake.callsOf('confirmUserAttribute'), [
      ['email', '111111'],
      ['phone_number', '222222'],
    ]);
    assert.equal(a.view()?.pending, undefined);
    assert.deepEqual(a.changes, [
      { section: 'profile', action: 'emailChanged' },
      { section: 'profile', action: 'phoneChanged' },
    ]);
  });

  it('a pool that changes the email at once (no code): emailChanged straight away', async () => {
    const a = await account((fake) =>
      fake.answer('updateUserAttributes', () => {
        fake.attributes.email = 'c@example.com';
        return { pending: [] };
      }),
    );
    await a.flow.submit('profile', { ...FIELDS, email: 'c@example.com' });
    assert.equal(a.view()?.pending, undefined);
    assert.equal(a.view()?.attributes.email, 'c@example.com');
    assert.deepEqual(a.changes, [{ section: 'profile', action: 'emailChanged' }]);
    assert.deepEqual(a.section().notice, { messageId: 'account.profile.saved' });
  });

  it('a bad email or phone number is refused at its field with no call; an emptied name is sent', async () => {
    const a = await account((fake) => (fake.attributes.phone_number = '+14255550100'));
    await a.flow.submit('profile', { ...FIELDS, email: 'not-an-email', phone_number: '+14255550100' });
    assert.deepEqual([a.section().error?.field, a.section().error?.messageId], ['email', 'error.emailFormat']);
    await a.flow.submit('profile', { ...FIELDS, phone_number: '555' });
    assert.deepEqual([a.section().error?.field, a.section().error?.messageId], ['phone_number', 'error.phoneFormat']);
    await a.flow.submit('profile', { ...FIELDS, email: ' ', phone_number: '+14255550100' });
    assert.deepEqual([a.section().error?.field, a.section().error?.messageId], ['email', 'error.required']);
    assert.equal(a.fake.callsOf('updateUserAttributes').length, 0);
    await a.flow.submit('profile', { email: 'ada@example.com', phone_number: '+14255550100', given_name: '' });
    assert.deepEqual(a.fake.callsOf('updateUserAttributes'), [[{ given_name: '' }]]);
  });

  it('an email another account has: at the email field, nothing pending, usable again', async () => {
    const a = await account((fake) => fake.answer('updateUserAttributes', awsError('AliasExistsException', 'taken')));
    await a.flow.submit('profile', { ...FIELDS, email: 'taken@example.com' });
    assert.deepEqual(a.section().error, {
      name: 'AliasExistsException',
      message: 'error.accountExists.email',
      messageId: 'error.accountExists.email',
      field: 'email',
    });
    assert.equal(a.errors.length, 1);
    assert.equal(a.view()?.pending, undefined);
    assert.equal(a.section().busy, false);
    await a.flow.submit('profile', { ...FIELDS, email: 'free@example.com' });
    assert.deepEqual(a.view()?.pending?.values, { email: 'free@example.com' });
    assert.equal(a.section().error, undefined);
  });

  it('a name refused by the server: its error, in the alert (no field of its own named)', async () => {
    const a = await account((fake) =>
      fake.answer(
        'updateUserAttributes',
        awsError('AliasExistsException', 'x'),
        awsError('InvalidParameterException', 'bad'),
      ),
    );
    await a.flow.submit('profile', { ...FIELDS, given_name: 'X' });
    assert.equal(a.section().error?.name, 'AliasExistsException');
    assert.notEqual(a.section().error?.field, 'given_name');
    await a.flow.submit('profile', { ...FIELDS, given_name: 'Y' });
    assert.equal(a.section().error?.name, 'InvalidParameterException');
    assert.deepEqual(a.changes, []);
  });

  it('the code: refused at its field before any call when empty or not digits; a wrong one stays pending', async () => {
    const a = await account((fake) => fake.answer('confirmUserAttribute', awsError('CodeMismatchException', 'wrong')));
    await a.flow.submit('profile', { ...FIELDS, email: 'augusta@example.com' });
    await a.flow.submit('profile', {});
    assert.deepEqual([a.section().error?.field, a.section().error?.messageId], ['code', 'error.required']);
    await a.flow.submit('profile', { code: 'abc' });
    assert.equal(a.section().error?.messageId, 'error.codeFormat');
    assert.equal(a.fake.callsOf('confirmUserAttribute').length, 0);
    await a.flow.submit('profile', { code: '000000' });
    assert.deepEqual([a.section().error?.field, a.section().error?.messageId], ['code', 'error.codeMismatch']);
    assert.deepEqual(a.view()?.pending?.attributes, ['email']);
    assert.deepEqual(a.changes, []);
    await a.flow.submit('profile', { code: '123456' });
    assert.deepEqual(a.changes, [{ section: 'profile', action: 'emailChanged' }]);
  });

  it('a new code: not before the cooldown; then sent to the pending attribute, the cooldown again', async () => {
    const a = await account();
    await a.flow.resendCode('profile');
    assert.equal(a.fake.callsOf('sendUserAttributeVerificationCode').length, 0, 'nothing pending');
    await a.flow.submit('profile', { ...FIELDS, email: 'augusta@example.com' });
    a.clock.now += 10_000;
    assert.equal(a.flow.resendWaitMs('profile'), 20_000);
    assert.equal(a.flow.resendWaitMs('password'), 0);
    await a.flow.resendCode('profile');
    assert.equal(a.fake.callsOf('sendUserAttributeVerificationCode').length, 0);
    a.clock.now += 20_000;
    assert.equal(a.flow.resendWaitMs('profile'), 0);
    await a.flow.resendCode('password');
    await a.flow.resendCode('profile');
    assert.deepEqual(a.fake.callsOf('sendUserAttributeVerificationCode'), [['email']]);
    assert.equal(a.view()?.resendAt, 1_060_000);
    assert.deepEqual(a.section().notice, { messageId: 'hint.codeResentNoDestination' });
    assert.deepEqual(a.changes, []);
  });

  it('cancel leaves the code: the fields again, the old email kept', async () => {
    const a = await account();
    await a.flow.submit('profile', { ...FIELDS, email: 'augusta@example.com' });
    await a.flow.submit('profile', { choice: 'cancel' });
    assert.equal(a.view()?.pending, undefined);
    assert.equal(a.view()?.attributes.email, 'ada@example.com');
    assert.equal(a.fake.callsOf('confirmUserAttribute').length, 0);
  });

  it('signed out: the profile is forgotten', async () => {
    const a = await account();
    a.fake.user = undefined;
    a.fake.emitHub({ event: 'signedOut' });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(a.flow.state.profile, undefined);
  });
});
