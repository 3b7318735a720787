/** `<auth-account>`'s flow (src/flow/account.ts) with the fake service: what each section calls, says and fires. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { AccountController, sectionsOf, type AccountChange, type AccountSection } from '../../src/flow/account.js';
import type { FlowError } from '../../src/flow/errors.js';
import type { AuthHooks } from '../../src/flow/hooks.js';
import { awsError, FakeAuthService, signedInUser } from '../support/fake-auth-service.js';

const CHANGE = { password: 'Old-passw0rd!', newPassword: 'N3w-passw0rd!', confirmPassword: 'N3w-passw0rd!' };

/** An account element's flow, started with `user` signed in (none: nobody), and what it told its host. */
async function account(options: { user?: boolean; configure?: () => Promise<void>; hooks?: AuthHooks } = {}) {
  const fake = new FakeAuthService();
  if (options.user ?? true) fake.user = signedInUser();
  const changes: AccountChange[] = [];
  const errors: { section: AccountSection; error: FlowError }[] = [];
  let signedOut = 0;
  let onlineListener: (() => void) | undefined;
  const flow = new AccountController({
    service: fake,
    sink: {
      changed: (change) => changes.push(change),
      signedOut: () => signedOut++,
      error: (section, error) => errors.push({ section, error }),
    },
    hooks: () => options.hooks,
    online: (listener) => {
      onlineListener = listener;
      return () => (onlineListener = undefined);
    },
  });
  await flow.start(options.configure ?? (async () => {}));
  return {
    fake,
    flow,
    changes,
    errors,
    signedOut: () => signedOut,
    goOnline: () => onlineListener?.(),
  };
}

/** Lets the Hub listeners' awaited checks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('<auth-account> flow', () => {
  it('sections: the ones asked for, in the order asked, unknown and repeated names dropped; none asked: all', () => {
    const all = ['profile', 'password', 'mfa', 'passkeys', 'devices', 'sessions', 'delete'];
    assert.deepEqual(sectionsOf(undefined), all);
    assert.deepEqual(sectionsOf('  '), all);
    assert.deepEqual(sectionsOf('delete  password profiles password'), ['delete', 'password']);
    assert.deepEqual(sectionsOf('bogus'), all);
  });

  it('startup: a signed-in person is shown; nobody signed in fires auth-signed-out once; a failed configuration too', async () => {
    const signedIn = await account();
    assert.deepEqual(signedIn.flow.state.user, signedInUser());
    assert.equal(signedIn.signedOut(), 0);

    const nobody = await account({ user: false });
    assert.equal(nobody.flow.state.user, null);
    assert.equal(nobody.flow.state.signedOutNotice, undefined);
    assert.equal(nobody.signedOut(), 1);

    const broken = await account({
      configure: async () => {
        throw new Error('bad configuration');
      },
    });
    assert.equal(broken.flow.state.user, null);
    assert.deepEqual(broken.flow.state.signedOutNotice, { messageId: 'notice.signedOut' });
    assert.equal(broken.signedOut(), 1);
    assert.equal(broken.fake.callsOf('currentUser').length, 0);
  });

  it('password: a changed password calls updatePassword once, says so, empties the form and fires the change', async () => {
    const a = await account();
    let heard = 0;
    a.flow.subscribe(() => heard++);
    await a.flow.submit('password', CHANGE);
    assert.deepEqual(a.fake.callsOf('updatePassword'), [[CHANGE.password, CHANGE.newPassword]]);
    assert.deepEqual(a.changes, [{ section: 'password', action: 'passwordChanged' }]);
    const section = a.flow.state.sections.password;
    assert.deepEqual(section.notice, { messageId: 'account.password.changed' });
    assert.equal(section.done, 1);
    assert.equal(section.busy, false);
    assert.equal(section.error, undefined);
    assert.ok(heard >= 2, 'the host hears busy and done');
    assert.equal(a.flow.state.user !== null, true, 'still signed in');
  });

  it('password: a missing current password or a confirmation that differs is refused at its field, with no call', async () => {
    const a = await account();
    await a.flow.submit('password', { ...CHANGE, password: '' });
    assert.equal(a.flow.state.sections.password.error?.field, 'password');
    await a.flow.submit('password', { ...CHANGE, confirmPassword: 'Something-else1!' });
    assert.equal(a.flow.state.sections.password.error?.field, 'confirmPassword');
    assert.equal(a.flow.state.sections.password.error?.messageId, 'error.passwordMismatch');
    assert.equal(a.fake.callsOf('updatePassword').length, 0);
    assert.deepEqual(a.changes, []);
    assert.deepEqual(
      a.errors.map((e) => [e.section, e.error.field]),
      [
        ['password', 'password'],
        ['password', 'confirmPassword'],
      ],
    );
  });

  it('password: a wrong current password sits at its field; a revoked session is not called a wrong password', async () => {
    const a = await account();
    a.fake.answer('updatePassword', awsError('NotAuthorizedException', 'Incorrect username or password.'));
    await a.flow.submit('password', CHANGE);
    const wrong = a.flow.state.sections.password.error;
    assert.equal(wrong?.field, 'password');
    assert.equal(wrong?.messageId, 'account.error.currentPassword');
    assert.equal(wrong?.name, 'NotAuthorizedException');
    assert.equal(a.flow.state.sections.password.busy, false);
    assert.equal(a.flow.state.sections.password.done, 0, 'the form keeps what was typed');

    a.fake.answer('updatePassword', awsError('NotAuthorizedException', 'Access Token has been revoked'));
    await a.flow.submit('password', CHANGE);
    const revoked = a.flow.state.sections.password.error;
    assert.notEqual(revoked?.messageId, 'account.error.currentPassword');
    assert.equal(revoked?.field, undefined);
    assert.deepEqual(a.changes, []);
  });

  it('password: any other failure shows in the section, not at a field, and the section stays usable', async () => {
    const a = await account();
    a.fake.answer('updatePassword', awsError('LimitExceededException', 'Attempt limit exceeded'));
    await a.flow.submit('password', CHANGE);
    const error = a.flow.state.sections.password.error;
    assert.equal(error?.name, 'LimitExceededException');
    assert.equal(error?.field, undefined);
    assert.equal(a.flow.state.sections.password.busy, false);
    await a.flow.submit('password', CHANGE);
    assert.equal(a.fake.callsOf('updatePassword').length, 2);
    assert.equal(a.flow.state.sections.password.error, undefined, 'a new try clears the old error');
    assert.equal(a.flow.state.sections.password.done, 1);
  });

  it('one call at a time per section, and nothing is called when nobody is signed in', async () => {
    const a = await account();
    let release!: () => void;
    a.fake.answer('updatePassword', () => new Promise<void>((resolve) => (release = resolve)));
    const first = a.flow.submit('password', CHANGE);
    assert.equal(a.flow.state.sections.password.busy, true);
    await a.flow.submit('password', CHANGE);
    release();
    await first;
    assert.equal(a.fake.callsOf('updatePassword').length, 1);

    const nobody = await account({ user: false });
    await nobody.flow.submit('password', CHANGE);
    await nobody.flow.submit('sessions', {});
    await nobody.flow.submit('delete', { word: 'delete', confirmDelete: 'delete' });
    assert.equal(nobody.fake.calls.filter((c) => c.method !== 'currentUser').length, 0);
  });

  it('sessions: signs out of every device, fires the change, and ends signed out once', async () => {
    const a = await account();
    await a.flow.submit('sessions', {});
    assert.equal(a.fake.callsOf('signOutEverywhere').length, 1);
    assert.deepEqual(a.changes, [{ section: 'sessions', action: 'signedOutEverywhere' }]);
    assert.equal(a.flow.state.user, null);
    assert.deepEqual(a.flow.state.signedOutNotice, { messageId: 'notice.signedOut' });
    assert.equal(a.signedOut(), 1);
  });

  it('delete: refused at the field until the shown word is typed (case and spaces aside); then deleted and signed out', async () => {
    const a = await account();
    await a.flow.submit('delete', { word: 'delete', confirmDelete: 'nope' });
    const refused = a.flow.state.sections.delete.error;
    assert.equal(refused?.field, 'confirmDelete');
    assert.equal(refused?.messageId, 'account.delete.mismatch');
    assert.deepEqual(refused?.values, { word: 'delete' });
    await a.flow.submit('delete', { word: '', confirmDelete: '' });
    assert.equal(a.flow.state.sections.delete.error?.field, 'confirmDelete');
    assert.equal(a.fake.callsOf('deleteUser').length, 0);

    await a.flow.submit('delete', { word: 'delete', confirmDelete: '  DELETE ' });
    assert.equal(a.fake.callsOf('deleteUser').length, 1);
    assert.deepEqual(a.changes, [{ section: 'delete', action: 'accountDeleted' }]);
    assert.equal(a.flow.state.user, null);
    assert.deepEqual(a.flow.state.signedOutNotice, { messageId: 'account.delete.done' });
    assert.equal(a.signedOut(), 1);
  });

  it('delete: a failed deletion stays signed in, with the error in the section', async () => {
    const a = await account();
    a.fake.answer('deleteUser', awsError('InternalErrorException', 'boom'));
    await a.flow.submit('delete', { word: 'delete', confirmDelete: 'delete' });
    assert.notEqual(a.flow.state.user, null);
    assert.equal(a.flow.state.sections.delete.error?.name, 'InternalErrorException');
    assert.equal(a.flow.state.sections.delete.error?.field, undefined);
    assert.deepEqual(a.changes, []);
    assert.equal(a.signedOut(), 0);
    assert.deepEqual(
      a.errors.map((e) => e.section),
      ['delete'],
    );
  });

  it('session news: a sign-out elsewhere ends it; a failed refresh ends it only when Amplify dropped the tokens', async () => {
    const kept = await account();
    kept.fake.emitHub({ event: 'tokenRefresh_failure' });
    await settle();
    assert.notEqual(kept.flow.state.user, null, 'tokens kept: still signed in');
    assert.equal(kept.signedOut(), 0);

    kept.fake.user = undefined;
    kept.fake.emitHub({ event: 'tokenRefresh_failure' });
    await settle();
    assert.equal(kept.flow.state.user, null);
    assert.deepEqual(kept.flow.state.signedOutNotice, { messageId: 'notice.sessionEnded' });
    assert.equal(kept.signedOut(), 1);

    const elsewhere = await account();
    elsewhere.fake.emitHub({ event: 'signedOut' });
    await settle();
    assert.equal(elsewhere.flow.state.user, null);
    assert.deepEqual(elsewhere.flow.state.signedOutNotice, { messageId: 'notice.signedOut' });
    assert.equal(elsewhere.signedOut(), 1);
  });

  it('session news: a sign-in elsewhere shows the person; back online asks again only while signed in', async () => {
    const a = await account({ user: false });
    a.goOnline();
    assert.equal(a.fake.callsOf('currentUser').length, 1, 'signed out: nothing to refresh');
    a.fake.user = signedInUser('bob@example.com');
    a.fake.emitHub({ event: 'signedIn' });
    await settle();
    assert.deepEqual(a.flow.state.user, signedInUser('bob@example.com'));
    assert.equal(a.flow.state.signedOutNotice, undefined);
    a.goOnline();
    assert.equal(a.fake.callsOf('currentUser').length, 3);
  });

  it('dispose: no more session news, and a listener that unsubscribed hears nothing', async () => {
    const a = await account();
    let heard = 0;
    const unsubscribe = a.flow.subscribe(() => heard++);
    unsubscribe();
    a.flow.dispose();
    a.fake.emitHub({ event: 'signedOut' });
    await settle();
    assert.notEqual(a.flow.state.user, null);
    assert.equal(heard, 0);
  });

  it("the page's validate hook: sees each section's values first; a refusal shows and nothing is called", async () => {
    const seen: string[] = [];
    const { flow, fake, errors } = await account({
      hooks: {
        validate: (section, values) => {
          seen.push(section);
          if (section === 'password' && values.newPassword?.includes('acme'))
            throw { field: 'newPassword', message: 'Not the company name.' };
          if (section === 'sessions') throw { message: 'Ask IT first.' };
          return { ...values, confirmPassword: values.newPassword };
        },
        beforeSignIn: () => {
          throw new Error('never on <auth-account>');
        },
      },
    });
    await flow.submit('password', { ...CHANGE, newPassword: 'acme-Passw0rd!', confirmPassword: 'acme-Passw0rd!' });
    assert.deepEqual(fake.callsOf('updatePassword'), []);
    assert.equal(flow.state.sections.password.error?.field, 'newPassword');
    assert.equal(flow.state.sections.password.error?.values?.reason, 'Not the company name.');
    assert.equal(flow.state.sections.password.busy, false);
    await flow.submit('sessions', {});
    assert.deepEqual(fake.callsOf('signOutEverywhere'), []);
    assert.equal(flow.state.sections.sessions.error?.values?.reason, 'Ask IT first.');
    assert.deepEqual(
      errors.map(({ section, error }) => [section, error.name]),
      [
        ['password', 'InputRefused'],
        ['sessions', 'InputRefused'],
      ],
    );
    // What validate returns is what the section sends (here: the confirmation filled in by the page).
    await flow.submit('password', { ...CHANGE, confirmPassword: '' });
    assert.deepEqual(fake.callsOf('updatePassword'), [[CHANGE.password, CHANGE.newPassword]]);
    assert.equal(flow.state.sections.password.notice?.messageId, 'account.password.changed');
    assert.equal(flow.state.sections.password.busy, false);
    assert.deepEqual(seen, ['password', 'sessions', 'password']);
  });
});
