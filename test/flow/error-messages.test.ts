/**
 * What the user reads when a call fails: each of Cognito's and Amplify's error names (and the messages that say
 * more) shown as its own message at its field, and where the flow goes when the sign-in session is gone.
 */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { ERROR_MEANINGS } from '../support/error-meanings.js';
import { awsError, step } from '../support/fake-auth-service.js';
import { CREDENTIALS, harness, type Harness } from './harness.js';

/** Reaches RESET_PASSWORD, a step that keeps every error where it happened, and fails its call with `error`. */
async function resetFailsWith(error: unknown): Promise<Harness> {
  const h = harness();
  await h.flow.start();
  h.flow.forgotPassword();
  h.fake.answer('resetPassword', () => Promise.reject(error));
  await h.flow.submit('RESET_PASSWORD', { username: CREDENTIALS.username });
  assert.equal(h.flow.state.step, 'RESET_PASSWORD');
  return h;
}

const shown = (h: Harness) => {
  const { messageId, field, valueIds } = h.flow.state.error ?? {};
  return { messageId, field, ...(valueIds ? { rule: valueIds.rule } : {}) };
};

describe('each error name has its own message', () => {
  for (const [name, messageId, field] of ERROR_MEANINGS) {
    it(`${name}: ${messageId}${field ? ` at ${field}` : ''}`, async () => {
      const h = await resetFailsWith(awsError(name, `${name} said something`));
      assert.deepEqual(shown(h), { messageId, field });
      assert.equal(h.flow.state.error?.name, name);
      assert.equal(h.flow.state.error?.message, `${name} said something`, 'the service text goes to auth-error');
      assert.deepEqual(h.log.slice(-1), [`error:${name}`]);
      assert.equal(h.flow.state.busy, false);
    });
  }

  it('something thrown without a name reads as a service problem, its text kept for auth-error', async () => {
    const h = await resetFailsWith('boom');
    assert.deepEqual(shown(h), { messageId: 'error.service', field: undefined });
    assert.equal(h.flow.state.error?.name, 'Unknown');
    assert.equal(h.flow.state.error?.message, 'boom');
  });

  for (const nothing of [null, undefined]) {
    it(`a call that fails with ${nothing} reads as a service problem`, async () => {
      const h = await resetFailsWith(nothing);
      assert.deepEqual(shown(h), { messageId: 'error.service', field: undefined });
      assert.equal(h.flow.state.error?.name, 'Unknown');
    });
  }

  it('an object with a message but no name keeps the message; a non-string name is no name', async () => {
    const h = await resetFailsWith({ name: 42, message: 'odd' });
    assert.equal(h.flow.state.error?.name, 'Unknown');
    assert.equal(h.flow.state.error?.message, 'odd');
  });
});

describe('what a message says beyond the name', () => {
  const cases: Array<[string, string, { messageId: string; field?: string; rule?: string }]> = [
    ['NotAuthorizedException', 'Password attempts exceeded', { messageId: 'error.passwordAttemptsExceeded' }],
    [
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
      { messageId: 'error.sessionExpired' },
    ],
    ['NotAuthorizedException', 'Invalid session for the user.', { messageId: 'error.sessionExpired' }],
    [
      'NotAuthorizedException',
      'USER_PASSWORD_AUTH flow not enabled for this client',
      { messageId: 'error.flowNotAllowed' },
    ],
    ['NotAuthorizedException', 'Auth flow is not enabled for this client', { messageId: 'error.flowNotAllowed' }],
    ['InvalidParameterException', 'USER_AUTH flow not enabled for this client', { messageId: 'error.flowNotAllowed' }],
    ['InvalidPasswordException', 'Password did not conform with policy: Password not long enough', short()],
    ['InvalidPasswordException', 'Password is too short', short()],
    ['InvalidPasswordException', 'Minimum length not met', short()],
    ['InvalidPasswordException', 'Password must have uppercase characters', rule('uppercase')],
    ['InvalidPasswordException', 'Password must have lowercase characters', rule('lowercase')],
    ['InvalidPasswordException', 'Password must have numeric characters', rule('number')],
    ['InvalidPasswordException', 'Password must contain a number', rule('number')],
    ['InvalidPasswordException', 'Password must have symbol characters', rule('symbol')],
    ['InvalidPasswordException', 'Password must have special characters', rule('symbol')],
    ['InvalidPasswordException', 'PASSWORD MUST HAVE UPPERCASE CHARACTERS', rule('uppercase')],
    // The same words under another name mean nothing more.
    ['UserNotFoundException', 'attempts exceeded', { messageId: 'error.userNotFound', field: 'username' }],
    ['LimitExceededException', 'Password must have uppercase characters', { messageId: 'error.limitExceeded' }],
  ];
  for (const [name, message, expected] of cases) {
    it(`${name} "${message}": ${expected.messageId}${expected.rule ? ` (${expected.rule})` : ''}`, async () => {
      const h = await resetFailsWith(awsError(name, message));
      assert.deepEqual(shown(h), { field: undefined, ...expected });
      assert.equal(h.flow.state.error?.message, message);
    });
  }

  function short() {
    return { messageId: 'error.passwordTooShort', field: 'newPassword' };
  }
  function rule(name: string) {
    return { messageId: 'error.passwordRule', field: 'newPassword', rule: `password.rule.${name}` };
  }
});

describe('when the sign-in session is gone', () => {
  const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE');

  async function onSms() {
    const h = harness();
    h.fake.answer('signIn', SMS);
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    return h;
  }

  it('an expired session on the SMS step reads "session expired", back on SIGN_IN with the username', async () => {
    const h = await onSms();
    h.fake.answer(
      'confirmSignIn',
      awsError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
    );
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.username, CREDENTIALS.username);
    assert.deepEqual(shown(h), { messageId: 'error.sessionExpired', field: undefined });
  });

  it('SignInException on the SMS step reads "session expired" too', async () => {
    const h = await onSms();
    h.fake.answer('confirmSignIn', awsError('SignInException', 'Sign-in session expired'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.deepEqual(shown(h), { messageId: 'error.sessionExpired', field: undefined });
  });

  it('a plain NotAuthorizedException on a code step reads "the sign-in was stopped"', async () => {
    const h = await onSms();
    h.fake.answer('confirmSignIn', awsError('NotAuthorizedException', 'Not authorized'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.deepEqual(shown(h), { messageId: 'error.signInEnded', field: undefined });
  });

  it('a wrong password on the password step is a wrong password, shown at the password on SIGN_IN', async () => {
    const h = harness({ options: { authFlowType: 'USER_AUTH' } });
    h.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_PASSWORD'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', { username: CREDENTIALS.username });
    h.fake.answer('confirmSignIn', awsError('NotAuthorizedException', 'Incorrect username or password.'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_PASSWORD', { password: 'wrong' });
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.deepEqual(shown(h), { messageId: 'error.notAuthorized', field: 'password' });
  });

  it('a wrong code stays on the code step, at the code', async () => {
    const h = await onSms();
    h.fake.answer('confirmSignIn', awsError('CodeMismatchException'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.deepEqual(shown(h), { messageId: 'error.codeMismatch', field: 'code' });
  });

  it('NotAuthorizedException outside a sign-in session (the reset code) stays where it happened', async () => {
    const h = harness();
    await h.flow.start();
    h.flow.forgotPassword(CREDENTIALS.username);
    await h.flow.submit('RESET_PASSWORD', { username: CREDENTIALS.username });
    h.fake.answer('confirmResetPassword', awsError('NotAuthorizedException'));
    await h.flow.submit('CONFIRM_RESET_PASSWORD', {
      code: '123456',
      newPassword: 'N3w!pass',
      confirmPassword: 'N3w!pass',
    });
    assert.equal(h.flow.state.step, 'CONFIRM_RESET_PASSWORD');
    assert.deepEqual(shown(h), { messageId: 'error.notAuthorized', field: undefined });
  });

  it('a wrong password on SIGN_IN stays there, at the password', async () => {
    const h = harness();
    h.fake.answer('signIn', awsError('NotAuthorizedException', 'Incorrect username or password.'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.deepEqual(shown(h), { messageId: 'error.notAuthorized', field: 'password' });
  });
});
