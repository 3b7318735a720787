/** passkey-prompt="after-sign-in": offered after a sign-in without a passkey; register or skip (remembered). */
import { expect } from '@open-wc/testing';
import { passkeyPromptSkippedKey } from '../../src/flow/passkey-offer.js';
import { FakeAuthService } from '../support/fake-auth-service.js';
import {
  actionButton,
  clickToStep,
  detailsOf,
  mount,
  primaryButton,
  reload,
  signInTo,
  type Mounted,
} from './helpers/widget.js';

const PROMPT = { 'passkey-prompt': 'after-sign-in' };

async function prompted(): Promise<Mounted> {
  const fake = new FakeAuthService();
  fake.platformAuthenticator = true;
  fake.passkeyCount = 0;
  const mounted = await mount(fake, PROMPT);
  await signInTo(mounted, 'DONE');
  return mounted;
}

describe('passkey prompt', () => {
  it('comes after auth-signed-in', async () => {
    const { el, events } = await prompted();
    expect(el.step).to.equal('PASSKEY_PROMPT');
    const types = events.map((event) => event.type);
    expect(types.indexOf('auth-signed-in')).to.be.below(types.lastIndexOf('auth-step-change'));
    expect(events.at(-1)!.detail).to.deep.equal({ step: 'PASSKEY_PROMPT', previousStep: 'SIGN_IN' });
  });

  it('register: auth-passkey-registered, then DONE', async () => {
    const { el, fake, events } = await prompted();
    expect(await clickToStep(el, primaryButton(el))).to.deep.equal({ step: 'DONE', previousStep: 'PASSKEY_PROMPT' });
    expect(fake.callsOf('registerPasskey')).to.have.length(1);
    expect(detailsOf(events, 'auth-passkey-registered')).to.deep.equal([{}]);
    const types = events.map((event) => event.type);
    expect(types.indexOf('auth-passkey-registered')).to.be.below(types.lastIndexOf('auth-step-change'));
  });

  it('skip: DONE, remembered per user, and the next sign-in goes straight to DONE', async () => {
    const first = await prompted();
    expect(await clickToStep(first.el, actionButton(first.el, 'skip'))).to.deep.equal({
      step: 'DONE',
      previousStep: 'PASSKEY_PROMPT',
    });
    expect(localStorage.getItem(passkeyPromptSkippedKey('sub-123'))).to.not.equal(null);
    const second = await reload(first, PROMPT);
    second.fake.platformAuthenticator = true;
    expect(await signInTo(second, 'DONE')).to.deep.equal({ step: 'DONE', previousStep: 'SIGN_IN' });
  });

  it('is not offered when the user has a passkey already', async () => {
    const fake = new FakeAuthService();
    fake.platformAuthenticator = true;
    fake.passkeyCount = 1;
    const mounted = await mount(fake, PROMPT);
    expect((await signInTo(mounted, 'DONE')).step).to.equal('DONE');
  });
});
