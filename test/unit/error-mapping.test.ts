/** src/errors.ts: which message and field each thrown error gets. */
import { expect } from '@open-wc/testing';
import { inputError, toFlowError } from '../../src/errors.js';

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
    it(`puts ${name} at ${field ?? 'the alert'}`, () => {
      expect(toFlowError(named(name)).field).to.equal(field);
    });
  }

  it('keeps the name and message, and offers the message as a value', () => {
    expect(toFlowError(named('CodeMismatchException', 'Invalid code'))).to.deep.include({
      name: 'CodeMismatchException',
      message: 'Invalid code',
      messageId: 'error.codeMismatch',
      values: { message: 'Invalid code' },
    });
  });

  it('tells "attempts exceeded" and an expired session apart from a wrong password', () => {
    expect(toFlowError(named('NotAuthorizedException', 'Password attempts exceeded')).messageId).to.equal(
      'error.passwordAttemptsExceeded',
    );
    expect(
      toFlowError(named('NotAuthorizedException', 'Invalid session for the user, session is expired.')).messageId,
    ).to.equal('error.sessionExpired');
    expect(toFlowError(named('NotAuthorizedException', 'Incorrect username or password.')).messageId).to.equal(
      'error.notAuthorized',
    );
  });

  it('maps network failures, plain objects and strings', () => {
    expect(toFlowError(new TypeError('Failed to fetch')).messageId).to.equal('error.network');
    expect(toFlowError({ name: 'NetworkError', message: 'offline' })).to.include({
      name: 'NetworkError',
      messageId: 'error.network',
      message: 'offline',
    });
    expect(toFlowError('boom')).to.include({ name: 'Unknown', message: 'boom' });
    expect(toFlowError(named('SomethingElse')).messageId).to.equal('error.unknown');
  });

  it('inputError names the field', () => {
    expect(inputError('email', 'error.emailFormat')).to.deep.equal({
      name: 'InvalidInput',
      message: 'error.emailFormat',
      messageId: 'error.emailFormat',
      field: 'email',
    });
  });
});
