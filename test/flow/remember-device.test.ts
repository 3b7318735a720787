/** remember-device.ts through the controller: the checkbox on MFA code steps, rememberDevice() after the sign-in. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import type { RememberDevice } from '../../src/flow/remember-device.js';
import { awsError, step } from '../support/fake-auth-service.js';
import { CREDENTIALS, harness } from './harness.js';

const TOTP = step('CONFIRM_SIGN_IN_WITH_TOTP_CODE');

async function signInWithCode(option: RememberDevice | undefined, values: Record<string, string>) {
  const h = harness({ options: { rememberDevice: option } });
  h.fake.answer('signIn', TOTP).answer('confirmSignIn', step('DONE'));
  await h.flow.start();
  await h.flow.submit('SIGN_IN', CREDENTIALS);
  const offered = h.flow.view().offerRememberDevice;
  await h.flow.submit('CONFIRM_SIGN_IN_WITH_TOTP_CODE', { code: '123456', ...values });
  assert.equal(h.flow.state.step, 'DONE');
  return { h, offered, remembered: h.fake.callsOf('rememberDevice').length };
}

describe('remember device', () => {
  it('ask: the MFA code step offers it; a ticked box remembers the device once the sign-in completes', async () => {
    const { h, offered, remembered } = await signInWithCode('ask', { rememberDevice: 'on' });
    assert.equal(offered, true);
    assert.equal(remembered, 1);
    const calls = h.fake.calls.map((call) => call.method);
    assert.ok(calls.indexOf('rememberDevice') > calls.indexOf('confirmSignIn'), 'after the tokens exist');
  });

  it('ask: an unticked box remembers nothing', async () => {
    assert.equal((await signInWithCode('ask', {})).remembered, 0);
  });

  it('always: remembers without asking; never (the default): neither asks nor remembers', async () => {
    const always = await signInWithCode('always', {});
    assert.deepEqual([always.offered, always.remembered], [false, 1]);
    const never = await signInWithCode(undefined, { rememberDevice: 'on' });
    assert.deepEqual([never.offered, never.remembered], [false, 0]);
  });

  it('a pool without device tracking (rememberDevice throws) still ends signed in, with no error shown', async () => {
    const h = harness({ options: { rememberDevice: 'always' } });
    h.fake.answer('signIn', step('DONE')).answer('rememberDevice', awsError('DeviceMetadataNotFoundException'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'DONE');
    assert.equal(h.flow.state.error, undefined);
    assert.deepEqual(
      h.log.filter((entry) => entry.startsWith('error:')),
      [],
    );
  });

  it('the sign-in step offers no checkbox', async () => {
    const h = harness({ options: { rememberDevice: 'ask' } });
    await h.flow.start();
    assert.equal(h.flow.view().offerRememberDevice, false);
  });
});
