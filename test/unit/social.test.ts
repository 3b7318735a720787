/** Social sign-in buttons: shown only with OAuth settings, named as signInWithRedirect takes them. */
import { expect, oneEvent } from '@open-wc/testing';
import { FakeAuthService, signedInUser } from '../support/fake-auth-service.js';
import { formAlertText, mount, settle, type Mounted } from './helpers/widget.js';

async function withProviders(oauth: boolean): Promise<Mounted> {
  const fake = new FakeAuthService();
  fake.oauth = oauth;
  return mount(fake, { 'social-providers': 'google okta' });
}

const providerButtons = (el: Element) => [...el.querySelectorAll<HTMLButtonElement>('button[data-provider]')];

describe('social sign-in', () => {
  it('shows one button per provider, Amplify-named', async () => {
    const { el } = await withProviders(true);
    expect(providerButtons(el).map((button) => button.dataset.provider)).to.deep.equal(['Google', 'okta']);
    await expect(el).to.be.accessible();
  });

  it('shows none without OAuth settings', async () => {
    const { el } = await withProviders(false);
    expect(providerButtons(el)).to.have.length(0);
  });

  it('calls signInWithRedirect with the provider clicked', async () => {
    const { el, fake } = await withProviders(true);
    el.querySelector<HTMLButtonElement>('button[data-provider=okta]')!.click();
    await settle(el);
    expect(fake.callsOf('signInWithRedirect')).to.deep.equal([['okta']]);
  });

  it('shows a message when Hub reports signInWithRedirect_failure', async () => {
    const { el, fake, events } = await withProviders(true);
    const error = oneEvent(el, 'auth-error');
    fake.emitHub({ event: 'signInWithRedirect_failure', error: { name: 'OAuthSignInException', message: 'denied' } });
    expect((await error).detail).to.deep.equal({ step: 'SIGN_IN', name: 'OAuthSignInException', message: 'denied' });
    await settle(el);
    expect(formAlertText(el)).to.contain('provider');
    expect(events.filter((event) => event.type === 'auth-step-change')).to.have.length(1);
  });

  it('finishes the sign-in when Hub reports signInWithRedirect', async () => {
    const { el, fake } = await withProviders(true);
    const changed = oneEvent(el, 'auth-step-change');
    fake.user = signedInUser('bob@example.com');
    fake.emitHub({ event: 'signInWithRedirect' });
    expect((await changed).detail).to.deep.equal({ step: 'DONE', previousStep: 'SIGN_IN' });
  });
});
