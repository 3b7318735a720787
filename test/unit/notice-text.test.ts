/**
 * The English text of notices comes with the first one shown. One test in a page of its own, so the text has not
 * been added to the lookup before it; errors: `failure-text.test.ts`.
 */
import { expect } from '@open-wc/testing';
import { mount, recordForm, settle, signInTo } from './helpers/widget.js';

describe('text of the first notice', () => {
  it('shows once it is there: the form is busy until then, and shows no message id', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'DONE');
    await settle(mounted.el);
    const { snapshots, stop } = recordForm(mounted.el);
    await mounted.el.signOut();
    await settle(mounted.el);
    stop();
    expect(mounted.el.querySelector('[role=status]')?.textContent?.trim()).to.equal('You’re signed out.');
    expect(mounted.el.querySelector('form')?.hasAttribute('aria-busy'), 'busy once the text is there').to.equal(false);
    expect(snapshots.some((shot) => shot.busy === 'true' && shot.status === '')).to.equal(true);
    expect(snapshots.filter((shot) => /notice\./.test(shot.status))).to.deep.equal([]);
  });
});
