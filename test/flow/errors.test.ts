/** errors.ts and error-names.ts: which message and field each error gets, and whether the user stays or starts over. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { toFlowError } from '../../src/flow/error-names.js';
import { afterError, inputError, placeError, redirectError } from '../../src/flow/errors.js';
import { en } from '../../src/messages/en.js';

const named = (name: string, message = 'text') => Object.assign(new Error(message), { name });

describe('toFlowError', () => {
  const FIELDS: Array<[string, string | undefined]> = [
    ['UserNotFoundException', 'username'],
    ['CodeMismatchException', 'code'],
    ['ExpiredCodeException', 'code'],
    ['EnableSoftwareTokenMFAException', 'code'],
    ['InvalidPasswordException', 'newPassword'],
    ['NotAuthorizedException', undefined],
    ['LimitExceededException', undefined],
    ['InvalidParameterException', undefined],
  ];
  for (const [name, field] of FIELDS) {
    it(`puts ${name} at ${field ?? 'the alert'}`, () => assert.equal(toFlowError(named(name)).field, field));
  }

  it('keeps the name and message for auth-error, and never puts server text into what is shown', () => {
    const error = toFlowError(named('CodeMismatchException', 'Invalid code'));
    assert.deepEqual(error, {
      name: 'CodeMismatchException',
      message: 'Invalid code',
      messageId: 'error.codeMismatch',
      field: 'code',
    });
    for (const name of ['InvalidParameterException', 'InvalidPasswordException', 'SomethingElse', 'Unknown']) {
      const shown = toFlowError(named(name, 'Injected fault <b>'));
      assert.equal(shown.values, undefined, name);
      assert.doesNotMatch(en[shown.messageId as keyof typeof en], /\{message\}/, name);
    }
  });

  it('tells "attempts exceeded" and an expired session apart from a wrong password', () => {
    assert.equal(
      toFlowError(named('NotAuthorizedException', 'Password attempts exceeded')).messageId,
      'error.passwordAttemptsExceeded',
    );
    assert.equal(
      toFlowError(named('NotAuthorizedException', 'Invalid session for the user, session is expired.')).messageId,
      'error.sessionExpired',
    );
    assert.equal(
      toFlowError(named('NotAuthorizedException', 'Incorrect username or password.')).messageId,
      'error.notAuthorized',
    );
  });

  it("names each password rule Cognito words, in the user's language", () => {
    const rule = (message: string) =>
      toFlowError(named('InvalidPasswordException', `Password did not conform with policy: ${message}`));
    assert.deepEqual(rule('Password must have uppercase characters').valueIds, { rule: 'password.rule.uppercase' });
    assert.deepEqual(rule('Password must have lowercase characters').valueIds, { rule: 'password.rule.lowercase' });
    assert.deepEqual(rule('Password must have numeric characters').valueIds, { rule: 'password.rule.number' });
    assert.deepEqual(rule('Password must have symbol characters').valueIds, { rule: 'password.rule.symbol' });
    assert.equal(rule('Password not long enough').messageId, 'error.passwordTooShort');
    assert.equal(rule('Something new').messageId, 'error.invalidPassword');
  });

  it('maps network failures, plain objects and strings', () => {
    assert.equal(toFlowError(new TypeError('Failed to fetch')).messageId, 'error.network');
    assert.equal(toFlowError({ name: 'NetworkError', message: 'offline' }).messageId, 'error.network');
    assert.deepEqual(toFlowError('boom'), { name: 'Unknown', message: 'boom', messageId: 'error.service' });
    assert.equal(toFlowError(named('SomethingElse')).messageId, 'error.unknown');
  });

  it('an error named after an Object.prototype member is an unknown error, with a message', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      const error = toFlowError(named(name));
      assert.equal(error.messageId, 'error.unknown', name);
      assert.equal(placeError(error, name).field, undefined, name);
    }
  });

  it('inputError names the field', () => {
    assert.deepEqual(inputError('email', 'error.emailFormat'), {
      name: 'InvalidInput',
      message: 'error.emailFormat',
      messageId: 'error.emailFormat',
      field: 'email',
    });
  });
});

describe('placeError', () => {
  it('puts the generic code field where the step has it', () => {
    const code = toFlowError(named('CodeMismatchException'));
    assert.equal(placeError(code, 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE').field, 'answer');
    assert.equal(placeError(code, 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP').field, 'email');
    assert.equal(placeError(code, 'CONFIRM_SIGN_IN_WITH_SMS_CODE').field, 'code');
    assert.equal(
      placeError(toFlowError(named('InvalidParameterException')), 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP').field,
      'email',
    );
    assert.equal(placeError(toFlowError(named('InvalidParameterException')), 'SIGN_IN').field, undefined);
  });
});

describe('afterError', () => {
  const notAuthorized = toFlowError(named('NotAuthorizedException', 'Incorrect username or password.'));
  it('a wrong password on SIGN_IN stays', () =>
    assert.deepEqual(afterError(notAuthorized, 'SIGN_IN'), { action: 'stay' }));
  it('NotAuthorized on a code step ends the session: start over, "the sign-in was stopped"', () => {
    const next = afterError(notAuthorized, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal(next.action === 'startOver' && next.error.messageId, 'error.signInEnded');
  });
  it('a wrong password on CONFIRM_SIGN_IN_WITH_PASSWORD starts over with "incorrect password"', () => {
    const next = afterError(notAuthorized, 'CONFIRM_SIGN_IN_WITH_PASSWORD');
    assert.equal(next.action === 'startOver' && next.error.messageId, 'error.notAuthorized');
  });
  it('an expired session on TOTP setup starts over; a wrong code stays', () => {
    assert.equal(
      afterError(toFlowError(named('SignInException')), 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP').action,
      'startOver',
    );
    assert.equal(
      afterError(toFlowError(named('CodeMismatchException')), 'CONFIRM_SIGN_IN_WITH_SMS_CODE').action,
      'stay',
    );
  });
  it('steps without an Amplify session stay', () => {
    assert.equal(afterError(notAuthorized, 'CONFIRM_RESET_PASSWORD').action, 'stay');
    assert.equal(afterError(notAuthorized, 'DONE').action, 'stay');
  });
});

describe('redirectError', () => {
  it('says cancelled for a cancel, and that it did not work for anything else, keeping the error name', () => {
    const oauth = named('OAuthSignInException', 'An error occurred while validating the state.');
    assert.equal(redirectError({ error: oauth, canceled: true }).messageId, 'error.socialCanceled');
    const failed = redirectError({ error: oauth, canceled: false });
    assert.deepEqual(
      [failed.name, failed.message, failed.messageId],
      ['OAuthSignInException', 'An error occurred while validating the state.', 'error.socialSignIn'],
    );
    assert.equal(redirectError({}).name, 'OAuthSignInException');
  });
});
