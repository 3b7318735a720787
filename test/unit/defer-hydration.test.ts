/**
 * `defer-hydration`: a server-rendered page (Next.js, Nuxt, SvelteKit) hydrates the markup it sent; the element must
 * not change that markup before the framework is done. While the attribute is there the element starts nothing and
 * writes nothing; removed, it starts as if just connected.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { AuthSignIn } from '../../components/auth-sign-in.js';
import { FakeAuthService } from '../support/fake-auth-service.js';
import { container, nextTask } from './helpers/widget.js';

/** The element as a server rendered it: attributes only, no children. */
function serverRendered(fake: FakeAuthService & { configured?: number }) {
  fake.configured = 0;
  fake.configure = async () => void fake.configured!++;
  const holder = container();
  holder.innerHTML = '<auth-sign-in defer-hydration user-pool-id="us-east-1_x" user-pool-client-id="c"></auth-sign-in>';
  const el = holder.querySelector('auth-sign-in') as AuthSignIn;
  el.authService = fake;
  return el;
}

describe('defer-hydration', () => {
  it('leaves the server-rendered markup alone while present', async () => {
    const fake: FakeAuthService & { configured?: number } = new FakeAuthService();
    const el = serverRendered(fake);
    const before = el.outerHTML;
    for (let i = 0; i < 5; i++) await nextTask();
    expect(el.outerHTML).to.equal(before, 'no child, no step, no dir, no aria-busy');
    expect(el.shadowRoot?.childElementCount ?? 0).to.equal(0);
    expect(fake.configured).to.equal(0, 'nothing configured');
  });

  it('starts once the attribute is removed: SIGN_IN, with the properties set while it waited', async () => {
    const fake: FakeAuthService & { configured?: number } = new FakeAuthService();
    const el = serverRendered(fake);
    el.lang = 'ja';
    const started = oneEvent(el, 'auth-step-change');
    el.removeAttribute('defer-hydration');
    expect((await started).detail).to.deep.equal({ step: 'SIGN_IN', previousStep: null });
    expect(el.getAttribute('step')).to.equal('SIGN_IN');
    expect(el.querySelector('input[name=username]')).to.exist;
    expect(el.getAttribute('lang')).to.equal('ja');
    expect(el.querySelector('h2')!.textContent?.trim()).to.not.equal('Sign in');
    expect(fake.configured).to.equal(1);
  });

  it('stays inert when removed while disconnected, and starts on connection', async () => {
    const fake: FakeAuthService & { configured?: number } = new FakeAuthService();
    const el = serverRendered(fake);
    const holder = el.parentElement!;
    el.remove();
    el.removeAttribute('defer-hydration');
    for (let i = 0; i < 5; i++) await nextTask();
    expect(el.childElementCount).to.equal(0);
    const started = oneEvent(el, 'auth-step-change');
    holder.append(el);
    expect((await started).detail.step).to.equal('SIGN_IN');
  });
});
