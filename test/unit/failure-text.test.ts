/**
 * The English text of errors comes with the first one shown (that a sign-in that goes right never downloads it is
 * checked on the CDN build, in `test/e2e/first-load.test.ts`). One test in a page of its own, so the text has not
 * been added to the lookup before it; notices: `notice-text.test.ts`.
 */
import { expect } from '@open-wc/testing';
import { awsError } from '../support/fake-auth-service.js';
import { CREDENTIALS, fieldErrorText, mount, recordForm, submitAndSettle } from './helpers/widget.js';

describe('text of the first error', () => {
  it('shows once it is there, prefix included: the form is busy until then, and shows no message id', async () => {
    const { el, fake } = await mount();
    fake.answer('signIn', awsError('NotAuthorizedException', 'Incorrect username or password.'));
    const { snapshots, stop } = recordForm(el);
    await submitAndSettle(el, CREDENTIALS);
    stop();
    expect(fieldErrorText(el, 'password')).to.equal('Incorrect username or password.');
    expect(el.querySelector('.auth-field-error')?.textContent?.trim()).to.match(/^Error:\s+Incorrect/);
    expect(el.querySelector('form')?.hasAttribute('aria-busy'), 'busy once the text is there').to.equal(false);
    expect(snapshots.some((shot) => shot.busy === 'true' && shot.alert === '')).to.equal(true);
    expect(snapshots.filter((shot) => /error\./.test(shot.alert))).to.deep.equal([]);
  });
});
