/**
 * Focus rings: a heading the widget focuses on a step change shows none, even after keyboard use (it is no
 * control: no key reaches it), while fields and buttons keep their strong ring.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { step } from '../support/fake-auth-service.js';
import { CREDENTIALS, fill, field, heading, mount, settle } from './helpers/widget.js';

describe('focus rings', () => {
  it('a heading focused after the Enter key shows no ring; the field reached by keyboard shows one', async () => {
    const { el, fake } = await mount();
    fill(el, CREDENTIALS);
    field(el, 'username').focus();
    await sendKeys({ press: 'Tab' });
    const password = field(el, 'password');
    expect(document.activeElement === password, 'the password field has focus').to.equal(true);
    expect(getComputedStyle(password).outlineStyle).to.equal('solid');
    fake.answer('signIn', step('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] }));
    const changed = oneEvent(el, 'auth-step-change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await settle(el);
    const title = heading(el);
    expect(document.activeElement === title, 'the heading has focus').to.equal(true);
    expect(getComputedStyle(title).outlineStyle).to.equal('none');
  });
});
