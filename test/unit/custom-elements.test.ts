/** Registration: defining twice is harmless, and two widgets on one page keep their own steps. */
import { expect } from '@open-wc/testing';
import { CREDENTIALS, field, mount, signInTo } from './helpers/widget.js';

describe('custom elements', () => {
  it('importing the registering modules again does not throw', async () => {
    // A query string makes the browser evaluate the module a second time, as a second copy of the widget would.
    await import(/* @vite-ignore */ `../../components/cdn.ts?again=${Date.now()}`);
    await import(/* @vite-ignore */ `../../components/index.ts?again=${Date.now()}`);
    expect(customElements.get('auth-sign-in')).to.exist;
  });

  it('two widgets on one page do not mix their steps', async () => {
    const first = await mount();
    const second = await mount();
    await signInTo(first, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    expect(first.el.step).to.equal('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    expect(second.el.step).to.equal('SIGN_IN');
    expect(field(second.el, 'username').value).to.equal('');
    expect(field(second.el, 'password')).to.exist;
    expect(second.events.filter((event) => event.type === 'auth-step-change')).to.have.length(1);
    expect(second.fake.callsOf('signIn')).to.have.length(0);
    expect(first.fake.callsOf('signIn')[0][0]).to.include({ username: CREDENTIALS.username });
  });
});
