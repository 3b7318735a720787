/** `<auth-account>`'s two-step verification section (src/flow/account-mfa.ts) with the fake service. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { AccountController, type AccountChange } from '../../src/flow/account.js';
import type { FlowError } from '../../src/flow/errors.js';
import { awsError, FakeAuthService, signedInUser } from '../support/fake-auth-service.js';

/** An account flow with a signed-in person, the MFA section loaded. */
async function account(setup: (fake: FakeAuthService) => void = () => undefined) {
  const fake = new FakeAuthService();
  fake.user = signedInUser();
  setup(fake);
  const changes: AccountChange[] = [];
  const errors: FlowError[] = [];
  const flow = new AccountController({
    service: fake,
    sink: { changed: (change) => changes.push(change), signedOut: () => undefined, error: (_, e) => errors.push(e) },
    totpIssuer: () => 'Acme Corp',
  });
  await flow.start(async () => {});
  await flow.load('mfa');
  return { fake, flow, changes, errors, section: () => flow.state.sections.mfa, view: () => flow.state.mfa };
}

describe('<auth-account> two-step verification flow', () => {
  it('load: what is on and preferred, the pool’s types offered in a fixed order, plus any type already on', async () => {
    const a = await account((fake) => {
      fake.mfaPreference = { enabled: ['EMAIL', 'TOTP'], preferred: 'EMAIL' };
      fake.poolMfaSettings = { status: 'on', types: ['SMS', 'TOTP'] };
    });
    assert.deepEqual(a.view(), {
      status: 'on',
      offered: ['TOTP', 'SMS', 'EMAIL'],
      enabled: ['TOTP', 'EMAIL'],
      preferred: 'EMAIL',
      totp: undefined,
    });
    assert.equal(a.section().busy, false);
    assert.equal(a.fake.callsOf('fetchMfaPreference').length, 1);
  });

  it('load: a configuration that does not say offers the authenticator app; a pool with MFA off hides the section', async () => {
    const unsaid = await account((fake) => (fake.poolMfaSettings = { status: 'optional' }));
    assert.deepEqual(unsaid.view()?.offered, ['TOTP']);
    assert.equal(unsaid.view()?.status, 'optional');
    const off = await account((fake) => (fake.poolMfaSettings = { status: 'off', types: [] }));
    assert.equal(off.view()?.status, 'off');
  });

  it('cancel before anything loaded leaves nothing loaded', async () => {
    const a = await account((fake) => fake.answer('fetchMfaPreference', awsError('NetworkError', 'offline')));
    await a.flow.submit('mfa', { choice: 'cancel' });
    assert.equal(a.view(), undefined);
  });

  it('after a change the methods offered stay the pool’s', async () => {
    const a = await account((fake) => (fake.poolMfaSettings = { status: 'optional' }));
    await a.flow.submit('mfa', { choice: 'enable:TOTP' });
    await a.flow.submit('mfa', { code: '123456' });
    assert.deepEqual(a.view()?.offered, ['TOTP']);
  });

  it('load: nobody signed in loads nothing; a failed load shows its error and a submit loads again', async () => {
    const nobody = new AccountController({
      service: new FakeAuthService(),
      sink: { changed: () => undefined, signedOut: () => undefined, error: () => undefined },
    });
    await nobody.start(async () => {});
    await nobody.load('mfa');
    await nobody.load('password');
    assert.equal(nobody.state.mfa, undefined);

    const a = await account((fake) => fake.answer('fetchMfaPreference', awsError('NetworkError', 'offline')));
    assert.equal(a.view(), undefined);
    assert.equal(a.section().error?.name, 'NetworkError');
    await a.flow.submit('mfa', {});
    assert.deepEqual(a.view()?.enabled, []);
    assert.equal(a.section().error, undefined);
  });

  it('authenticator app: setUpTOTP gives the key and its otpauth link; the first code verifies, turns it on preferred, says so, fires', async () => {
    const a = await account();
    await a.flow.submit('mfa', { choice: 'enable:TOTP' });
    assert.deepEqual(a.view()?.totp, {
      secret: 'JBSWY3DPEHPK3PXP',
      uri: 'otpauth://totp/Acme%20Corp:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20Corp',
    });
    assert.deepEqual(a.changes, []);
    await a.flow.submit('mfa', { code: '12 34 56' });
    assert.deepEqual(a.fake.callsOf('verifyTotpSetup'), [['123456']]);
    assert.deepEqual(a.fake.callsOf('updateMfaPreference'), [['TOTP', 'PREFERRED']]);
    assert.deepEqual(a.view()?.enabled, ['TOTP']);
    assert.equal(a.view()?.preferred, 'TOTP');
    assert.equal(a.view()?.totp, undefined);
    assert.deepEqual(a.section().notice, { messageId: 'account.mfa.totpOn' });
    assert.equal(a.section().done, 1);
    assert.deepEqual(a.changes, [{ section: 'mfa', action: 'totpEnabled' }]);
  });

  it('authenticator app: with no login id, the label is Cognito’s username; with no issuer given, none', async () => {
    const fake = new FakeAuthService();
    fake.user = { username: 'a1b2c3', userId: 'sub-123' };
    const flow = new AccountController({
      service: fake,
      sink: { changed: () => undefined, signedOut: () => undefined, error: () => undefined },
    });
    await flow.start(async () => {});
    await flow.load('mfa');
    await flow.submit('mfa', { choice: 'enable:TOTP' });
    assert.equal(flow.state.mfa?.totp?.uri, 'otpauth://totp/:a1b2c3?secret=JBSWY3DPEHPK3PXP&issuer=');
  });

  it('authenticator app beside another method: turned on, not made preferred', async () => {
    const a = await account((fake) => (fake.mfaPreference = { enabled: ['SMS'], preferred: 'SMS' }));
    await a.flow.submit('mfa', { choice: 'enable:TOTP' });
    await a.flow.submit('mfa', { code: '123456' });
    assert.deepEqual(a.fake.callsOf('updateMfaPreference'), [['TOTP', 'ENABLED']]);
    assert.deepEqual(a.view()?.enabled, ['TOTP', 'SMS']);
    assert.equal(a.view()?.preferred, 'SMS');
  });

  it('first code: empty or not digits is refused at the field with no call; a wrong code stays in setup, at the field', async () => {
    const a = await account();
    await a.flow.submit('mfa', { choice: 'enable:TOTP' });
    await a.flow.submit('mfa', { code: '' });
    assert.equal(a.section().error?.field, 'code');
    assert.equal(a.section().error?.messageId, 'error.required');
    await a.flow.submit('mfa', { code: 'abc' });
    assert.equal(a.section().error?.messageId, 'error.codeFormat');
    assert.equal(a.fake.callsOf('verifyTotpSetup').length, 0);
    a.fake.answer('verifyTotpSetup', awsError('EnableSoftwareTokenMFAException', 'Code mismatch'));
    await a.flow.submit('mfa', { code: '000000' });
    assert.equal(a.section().error?.field, 'code');
    assert.equal(a.section().error?.name, 'EnableSoftwareTokenMFAException');
    assert.ok(a.view()?.totp, 'still in setup');
    assert.equal(a.section().busy, false);
    assert.equal(a.fake.callsOf('updateMfaPreference').length, 0);
    assert.deepEqual(a.changes, []);
    assert.equal(a.errors.length, 3);
  });

  it('cancel forgets the setup (and only it); a code with no setup under way calls nothing', async () => {
    const a = await account((fake) => (fake.mfaPreference = { enabled: ['SMS'] }));
    await a.flow.submit('mfa', { choice: 'enable:TOTP' });
    await a.flow.submit('mfa', {});
    assert.equal(a.section().error?.messageId, 'error.required');
    await a.flow.submit('mfa', { choice: 'cancel' });
    assert.equal(a.view()?.totp, undefined);
    assert.deepEqual(a.view()?.enabled, ['SMS']);
    assert.equal(a.view()?.status, 'optional');
    await a.flow.submit('mfa', { choice: 'cancel' });
    await a.flow.submit('mfa', { code: '123456' });
    assert.equal(a.fake.callsOf('verifyTotpSetup').length, 0);
    assert.equal(a.section().error, undefined);
  });

  it('text message and email turn on; one is made preferred; each says so and fires its action', async () => {
    const a = await account();
    await a.flow.submit('mfa', { choice: 'enable:SMS' });
    assert.deepEqual(a.section().notice, { messageId: 'account.mfa.saved' });
    await a.flow.submit('mfa', { choice: 'enable:EMAIL' });
    await a.flow.submit('mfa', { choice: 'prefer:EMAIL' });
    assert.deepEqual(a.section().notice, { messageId: 'account.mfa.saved' });
    assert.deepEqual(a.fake.callsOf('updateMfaPreference'), [
      ['SMS', 'ENABLED'],
      ['EMAIL', 'ENABLED'],
      ['EMAIL', 'PREFERRED'],
    ]);
    assert.deepEqual(a.view()?.enabled, ['SMS', 'EMAIL']);
    assert.deepEqual(a.view()?.offered, ['TOTP', 'SMS', 'EMAIL']);
    assert.equal(a.view()?.preferred, 'EMAIL');
    assert.deepEqual(
      a.changes.map((change) => change.action),
      ['smsEnabled', 'emailEnabled', 'mfaPreferred'],
    );
    assert.ok(a.changes.every((change) => change.section === 'mfa'));
  });

  it('turn off: optional MFA lets the last one go', async () => {
    const a = await account((fake) => (fake.mfaPreference = { enabled: ['TOTP'], preferred: 'TOTP' }));
    await a.flow.submit('mfa', { choice: 'disable:TOTP' });
    assert.deepEqual(a.fake.callsOf('updateMfaPreference'), [['TOTP', 'DISABLED']]);
    assert.deepEqual(a.view()?.enabled, []);
    assert.equal(a.view()?.preferred, undefined);
    assert.deepEqual(a.section().notice, { messageId: 'account.mfa.saved' });
    assert.deepEqual(a.changes, [{ section: 'mfa', action: 'mfaDisabled' }]);
  });

  it('turn off where MFA is required: the last one is refused with no call; one of two may go', async () => {
    const a = await account((fake) => {
      fake.poolMfaSettings = { status: 'on', types: ['TOTP', 'SMS'] };
      fake.mfaPreference = { enabled: ['TOTP', 'SMS'], preferred: 'TOTP' };
    });
    await a.flow.submit('mfa', { choice: 'disable:SMS' });
    assert.deepEqual(a.view()?.enabled, ['TOTP']);
    await a.flow.submit('mfa', { choice: 'disable:TOTP' });
    assert.deepEqual(a.fake.callsOf('updateMfaPreference'), [['SMS', 'DISABLED']]);
    assert.equal(a.section().error?.messageId, 'error.mfaLastRequired');
    assert.equal(a.section().error?.message, 'error.mfaLastRequired');
    assert.equal(a.section().error?.field, undefined);
    assert.deepEqual(a.view()?.enabled, ['TOTP']);
    assert.deepEqual(a.changes, [{ section: 'mfa', action: 'mfaDisabled' }]);
  });

  it('turn off refused by the server (the configuration did not say MFA is required): the same clear message', async () => {
    const a = await account((fake) => {
      fake.poolMfaSettings = { status: 'optional' };
      fake.mfaPreference = { enabled: ['TOTP'] };
      fake.answer(
        'updateMfaPreference',
        awsError(
          'InvalidParameterException',
          'MFA is required in this user pool: at least one MFA method must stay enabled',
        ),
      );
    });
    await a.flow.submit('mfa', { choice: 'disable:TOTP' });
    assert.equal(a.section().error?.messageId, 'error.mfaLastRequired');
    assert.equal(a.section().error?.name, 'InvalidParameterException');
    assert.deepEqual(a.view()?.enabled, ['TOTP']);
    assert.equal(a.section().busy, false);
    // Any other refusal is described as usual, even one that mentions something required.
    a.fake.answer('updateMfaPreference', awsError('NotAuthorizedException', 'A valid access token is required'));
    await a.flow.submit('mfa', { choice: 'disable:TOTP' });
    assert.equal(a.section().error?.name, 'NotAuthorizedException');
    assert.notEqual(a.section().error?.messageId, 'error.mfaLastRequired');
    a.fake.answer('updateMfaPreference', awsError('InvalidParameterException', 'User does not have a phone number'));
    await a.flow.submit('mfa', { choice: 'enable:SMS' });
    assert.notEqual(a.section().error?.messageId, 'error.mfaLastRequired');
    a.fake.answer('updateMfaPreference', awsError('InvalidParameterException', 'Something else'));
    await a.flow.submit('mfa', { choice: 'disable:TOTP' });
    assert.notEqual(a.section().error?.messageId, 'error.mfaLastRequired');
    assert.deepEqual(a.changes, []);
  });

  it('an unknown choice or type does nothing but send a code; a sign-out drops what the section showed', async () => {
    const a = await account();
    await a.flow.submit('mfa', { choice: 'enable:FAX' });
    await a.flow.submit('mfa', { choice: 'bogus:TOTP' });
    assert.equal(a.fake.callsOf('setUpTotp').length, 0);
    assert.equal(a.fake.callsOf('updateMfaPreference').length, 0);
    a.fake.user = undefined;
    a.fake.emitHub({ event: 'signedOut' });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(a.flow.state.user, null);
    assert.equal(a.view(), undefined);
  });
});
