/** A signInStep this version does not know: a message, auth-error, a way back, and the page's slot for it. */
import { expect } from '@open-wc/testing';
import {
  actionButton,
  clickToStep,
  container,
  CREDENTIALS,
  detailsOf,
  field,
  mount,
  signInTo,
  nextTask,
} from './helpers/widget.js';

describe('flow: unknown step', () => {
  it('names the step, shows a message and fires auth-error', async () => {
    const mounted = await mount();
    expect(await signInTo(mounted, 'SOMETHING_NEW')).to.deep.equal({ step: 'SOMETHING_NEW', previousStep: 'SIGN_IN' });
    expect(mounted.el.step).to.equal('SOMETHING_NEW');
    expect(mounted.el.getAttribute('step')).to.equal('SOMETHING_NEW');
    expect(mounted.el.textContent).to.contain('SOMETHING_NEW');
    expect(detailsOf(mounted.events, 'auth-error').at(-1)).to.include({ step: 'SOMETHING_NEW', name: 'UnknownStep' });
  });

  it('goes back to sign-in with the username kept', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'SOMETHING_NEW');
    expect(await clickToStep(mounted.el, actionButton(mounted.el, 'back-to-sign-in'))).to.deep.equal({
      step: 'SIGN_IN',
      previousStep: 'SOMETHING_NEW',
    });
    expect(field(mounted.el, 'username').value).to.equal(CREDENTIALS.username);
  });

  it('shows the page’s own content given in a slot named after the step', async () => {
    const parent = container();
    const mounted = await mount(undefined, {}, {}, parent);
    const own = document.createElement('div');
    own.slot = 'SOMETHING_NEW';
    own.textContent = 'Our own screen';
    mounted.el.append(own);
    await signInTo(mounted, 'SOMETHING_NEW');
    const slot = mounted.el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="SOMETHING_NEW"]');
    expect(slot, 'a slot named after the step').to.exist;
    expect(slot!.assignedElements()).to.deep.equal([own]);
    expect(own.assignedSlot).to.equal(slot);
    expect(own.getClientRects().length, 'the page’s content is shown').to.be.above(0);
    expect(mounted.el.querySelector('form')!.getClientRects().length, 'the built-in screen is not').to.equal(0);
  });

  it('takes the page’s content given once the step shows, and gives the screen back when it goes', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'SOMETHING_NEW');
    const form = mounted.el.querySelector('form')!;
    expect(form.getClientRects().length, 'the built-in screen first').to.be.above(0);
    const own = document.createElement('div');
    own.slot = 'SOMETHING_NEW';
    own.textContent = 'Our own screen';
    mounted.el.append(own);
    await nextTask();
    await mounted.el.updateComplete;
    expect(own.getClientRects().length, 'the page’s content is shown').to.be.above(0);
    expect(form.getClientRects().length, 'the built-in screen is not').to.equal(0);
    own.slot = 'elsewhere';
    await nextTask();
    await mounted.el.updateComplete;
    expect(form.getClientRects().length, 'the built-in screen is back').to.be.above(0);
  });
});
