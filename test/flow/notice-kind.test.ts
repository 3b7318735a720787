/** notice-kind.ts: every notice the flow shows has a kind, and a cancelled social sign-in is no error. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { noticeKind } from '../../src/flow/notice-kind.js';
import { en } from '../../src/messages/en.js';

describe('noticeKind', () => {
  it('a cancel the person chose is information; other failures are errors', () => {
    assert.equal(noticeKind('error.socialCanceled'), 'info');
    assert.equal(noticeKind('error.socialSignIn'), 'error');
    assert.equal(noticeKind('error.notAuthorized'), 'error');
  });

  it('notices by what they tell', () => {
    assert.equal(noticeKind('notice.signedOut'), 'info');
    assert.equal(noticeKind('hint.codeResentNoDestination'), 'info');
    assert.equal(noticeKind('notice.totpSetupRestart'), 'warning');
    assert.equal(noticeKind('hint.resetRequired'), 'warning');
    assert.equal(noticeKind('notice.accountConfirmed'), 'success');
    assert.equal(noticeKind('notice.passwordReset'), 'success');
    assert.equal(noticeKind('notice.passkeyRegistered'), 'success');
  });

  it('every error id of the English catalog but the cancel is an error', () => {
    const errors = Object.keys(en).filter((id) => id.startsWith('error.') && id !== 'error.socialCanceled');
    assert.deepEqual(
      errors.filter((id) => noticeKind(id) !== 'error'),
      [],
    );
  });
});
