/** Social sign-in buttons: shown only with OAuth settings, named as signInWithRedirect takes them. */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { FakeAuthService, signedInUser } from '../support/fake-auth-service.js';
import { formAlertText, mount, settle, type Mounted } from './helpers/widget.js';

async function withProviders(oauth: boolean, setUp: (fake: FakeAuthService) => void = () => {}): Promise<Mounted> {
  const fake = new FakeAuthService();
  fake.oauth = oauth;
  setUp(fake);
  return mount(fake, { 'social-providers': 'google okta' });
}

const oauthError = (message: string) => ({ name: 'OAuthSignInException', message });

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

  it('starts on SIGN_IN with the cancel message after a return the person cancelled, buttons usable', async () => {
    const { el, fake, events } = await withProviders(true, (fake) => {
      fake.redirectFailure = { error: oauthError('The person cancelled the sign-in at Google.'), canceled: true };
    });
    await settle(el);
    expect(el.step).to.equal('SIGN_IN');
    expect(el.querySelector('form > [role=status]')!.textContent).to.contain(
      'The sign-in with that provider was cancelled.',
    );
    expect(formAlertText(el)).to.equal('');
    const errors = events.filter((event) => event.type === 'auth-error');
    expect(errors.map((event) => event.detail)).to.deep.equal([
      { step: 'SIGN_IN', name: 'OAuthSignInException', message: 'The person cancelled the sign-in at Google.' },
    ]);
    providerButtons(el)[0].click();
    await settle(el);
    expect(fake.callsOf('signInWithRedirect')).to.deep.equal([['Google']]);
  });

  it('starts on SIGN_IN with one failure message after a return that did not work (stale state, spent code)', async () => {
    const { el, events } = await withProviders(true, (fake) => {
      fake.redirectFailure = { error: oauthError('An error occurred while validating the state.'), canceled: false };
    });
    await settle(el);
    expect(formAlertText(el)).to.contain('Signing in with that provider didn’t work');
    expect(events.filter((event) => event.type === 'auth-error')).to.have.length(1);
  });

  it('tells a cancel reported by Hub (back from the provider) from a failure', async () => {
    const { el, fake } = await withProviders(true);
    fake.emitHub({
      event: 'signInWithRedirect_failure',
      error: oauthError('User cancelled OAuth flow.'),
      canceled: true,
    });
    await settle(el);
    // A cancel the person chose is information, not an error: a polite status, no "Error:".
    const status = el.querySelector('form > [role=status]')!;
    expect(status.textContent).to.contain('The sign-in with that provider was cancelled.');
    expect(status.getAttribute('data-kind')).to.equal('info');
    expect(el.querySelector('form')!.textContent).to.not.contain('Error:');
    expect(formAlertText(el)).to.equal('');
  });

  it('draws "or" between two lines once the logos are there (their chunk brings the lines)', async () => {
    const { el } = await withProviders(true);
    await waitUntil(() => el.querySelector('[data-provider] svg path'), 'the provider logos never arrived', {
      timeout: 5000,
    });
    const divider = el.querySelector('.auth-divider')!;
    for (const side of ['::before', '::after']) {
      const line = getComputedStyle(divider, side);
      expect(line.borderTopWidth, side).to.equal('1px');
      expect(line.borderTopStyle, side).to.equal('solid');
      expect(parseFloat(line.width), side).to.be.greaterThan(40);
    }
    const range = document.createRange();
    range.selectNodeContents(divider);
    const word = range.getBoundingClientRect();
    const card = divider.getBoundingClientRect();
    // The word in the middle, as it is before the lines arrive.
    expect(Math.abs(word.left + word.width / 2 - (card.left + card.width / 2))).to.be.lessThan(2);
  });
});
