/**
 * What the user typed, on each step: what is sent (spaces people type around a name or an answer dropped), and
 * the message at the field where it cannot be sent as it is (nothing is called then).
 */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import type { PasswordPolicy } from '../../src/flow/password-policy.js';
import { step, type FakeAuthService } from '../support/fake-auth-service.js';
import { CREDENTIALS, harness, type Harness } from './harness.js';

const NEW_PASSWORD = 'N3w-Passw0rd!';

/** A harness on `signInStep`, reached from SIGN_IN. */
async function on(signInStep: string, extra: Record<string, unknown> = {}, setup: Parameters<typeof harness>[0] = {}) {
  const h = harness(setup);
  h.fake.answer('signIn', step(signInStep, extra));
  await h.flow.start();
  await h.flow.submit('SIGN_IN', CREDENTIALS);
  assert.equal(h.flow.state.step, signInStep);
  return h;
}

/** The error shown, as the user meets it: its text id, the field it sits at, the rule it names. */
const shown = (h: Harness) => {
  const error = h.flow.state.error;
  return error && { messageId: error.messageId, field: error.field, ...(error.valueIds ? error.valueIds : {}) };
};

/** Submits and checks that nothing was called and the error sits at the field. */
async function refused(h: Harness, values: Record<string, string>, expected: ReturnType<typeof shown>) {
  const before = h.fake.calls.length;
  const current = h.flow.state.step!;
  await h.flow.submit(current, values);
  assert.deepEqual(h.fake.calls.slice(before), [], 'nothing sent');
  assert.deepEqual(shown(h), expected);
  assert.equal(h.flow.state.step, current);
}

const both = (password: string) => ({ newPassword: password, confirmPassword: password });

const answered = (fake: FakeAuthService) => fake.callsOf('confirmSignIn').map(([request]) => request);

describe('SIGN_IN', () => {
  it('a username typed with spaces around it is sent without them, the password as typed', async () => {
    const h = harness();
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', { username: '  alice@example.com \t', password: ' Passw0rd! ' });
    assert.deepEqual(h.fake.callsOf('signIn'), [
      [{ username: 'alice@example.com', password: ' Passw0rd! ', authFlowType: 'USER_SRP_AUTH' }],
    ]);
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('a refused submit shows its message at once, and the form is never busy (no spinner flashes)', async () => {
    const h = harness();
    await h.flow.start();
    const calls = h.fake.calls.length;
    const busy: boolean[] = [];
    const stop = h.flow.subscribe(() => busy.push(h.flow.state.busy));
    const submitted = h.flow.submit('SIGN_IN', { username: '', password: 'x' });
    assert.equal(h.flow.state.error?.field, 'username', 'the message is there before the submit settles');
    await submitted;
    stop();
    assert.deepEqual(busy.filter(Boolean), []);
    assert.equal(h.fake.calls.length, calls, 'nothing sent');
  });

  it('a username of spaces, or no password, is required at its field', async () => {
    const h = harness();
    await h.flow.start();
    await refused(h, { username: '   ', password: 'x' }, { messageId: 'error.required', field: 'username' });
    await refused(h, { username: 'alice' }, { messageId: 'error.required', field: 'password' });
    await refused(h, { username: 'alice', password: '   ' }, { messageId: 'error.required', field: 'password' });
  });

  it('USER_AUTH with a preferred first factor asks for it, and for no password unless it is one', async () => {
    const h = harness({ options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } });
    h.fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_EMAIL_CODE'));
    await h.flow.start();
    assert.equal(h.flow.view().needsPassword, false);
    await h.flow.submit('SIGN_IN', { username: ' bob ' });
    assert.deepEqual(h.fake.callsOf('signIn'), [
      [{ username: 'bob', authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' }],
    ]);
  });

  it('USER_AUTH preferring the password sends it', async () => {
    const h = harness({ options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD' } });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    assert.equal(h.flow.view().needsPassword, true);
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.deepEqual(h.fake.callsOf('signIn'), [
      [{ ...CREDENTIALS, authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD' }],
    ]);
  });

  it('USER_SRP_AUTH sends no preferred challenge even when one is configured', async () => {
    const h = harness({ options: { preferredChallenge: 'EMAIL_OTP' } });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.deepEqual(h.fake.callsOf('signIn'), [[{ ...CREDENTIALS, authFlowType: 'USER_SRP_AUTH' }]]);
  });

  it('CUSTOM_WITHOUT_SRP asks for the username only', async () => {
    const h = harness({ options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    assert.equal(h.flow.view().needsPassword, false);
    await h.flow.submit('SIGN_IN', { username: 'alice', password: 'ignored' });
    assert.deepEqual(h.fake.callsOf('signIn'), [[{ username: 'alice', authFlowType: 'CUSTOM_WITHOUT_SRP' }]]);
  });
});

describe('code steps', () => {
  it('a code pasted with spaces and dashes is sent as digits', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: ' 123-456 ' });
    assert.deepEqual(answered(h.fake), [{ challengeResponse: '123456', userAttributes: undefined }]);
  });

  it('no code is required; letters, or fewer than 4 or more than 10 digits, are refused', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const format = { messageId: 'error.codeFormat', field: 'code' };
    await refused(h, {}, { messageId: 'error.required', field: 'code' });
    await refused(h, { code: ' - ' }, { messageId: 'error.required', field: 'code' });
    await refused(h, { code: '12a456' }, format);
    await refused(h, { code: '123' }, format);
    await refused(h, { code: '12345678901' }, format);
    await refused(h, { code: 'x123456' }, format);
    await refused(h, { code: '123456x' }, format);
    h.fake.answer('confirmSignIn', step('DONE'), step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_TOTP_CODE', { code: '1234' });
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('a code typed in the digits of any script is checked and sent as ASCII digits', async () => {
    const typed = {
      'Arabic-Indic': ['١٢٣٤٥٦', '123456'],
      Persian: ['۷۸۹ ۰۱۲', '789012'],
      Devanagari: ['१२३-४५६', '123456'],
      'full-width': ['１２３４５６', '123456'],
      Bengali: ['৯৮৭৬৫৪', '987654'],
      mathematical: ['𝟘𝟙𝟚𝟛𝟜𝟝', '012345'],
    };
    for (const [script, [code, sent]] of Object.entries(typed)) {
      const h = await on('CONFIRM_SIGN_IN_WITH_SMS_CODE');
      h.fake.answer('confirmSignIn', step('DONE'));
      await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code });
      assert.deepEqual(answered(h.fake), [{ challengeResponse: sent, userAttributes: undefined }], script);
    }
    const h = await on('CONFIRM_SIGN_UP');
    h.fake.answer('signIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_UP', { code: '٤٥٦٧٨٩' });
    assert.deepEqual(h.fake.callsOf('confirmSignUp'), [[CREDENTIALS.username, '456789']]);
  });

  it('ten digits are a code', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_EMAIL_CODE', { code: '1234567890' });
    assert.deepEqual(answered(h.fake), [{ challengeResponse: '1234567890', userAttributes: undefined }]);
  });

  it('the sign-up code confirms the account of the username, and is checked the same way', async () => {
    const h = await on('CONFIRM_SIGN_UP');
    await refused(h, { code: 'abc' }, { messageId: 'error.codeFormat', field: 'code' });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_UP', { code: '12 34 56' });
    assert.deepEqual(h.fake.callsOf('confirmSignUp'), [[CREDENTIALS.username, '123456']]);
    assert.equal(h.flow.state.step, 'DONE');
  });
});

describe('other answers', () => {
  it('a custom challenge answer is sent without the spaces around it; none is required', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', { additionalInfo: { q: '2 + 2?' } });
    await refused(h, { answer: '  ' }, { messageId: 'error.required', field: 'answer' });
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', { answer: ' four ' });
    assert.deepEqual(answered(h.fake), [{ challengeResponse: 'four', userAttributes: undefined }]);
  });

  it('an email for email MFA setup is sent without spaces; a malformed one is refused at the field', async () => {
    const h = await on('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    const format = { messageId: 'error.emailFormat', field: 'email' };
    await refused(h, { email: ' ' }, { messageId: 'error.required', field: 'email' });
    for (const email of ['me', 'me@example', 'me@@example.com', 'me @example.com', '@example.com', 'me@.com']) {
      await refused(h, { email }, format);
    }
    await refused(h, { email: 'x me@example.org' }, format);
    await refused(h, { email: 'me@example.org y' }, format);
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP', { email: ' me@example.org ' });
    assert.deepEqual(answered(h.fake), [{ challengeResponse: 'me@example.org', userAttributes: undefined }]);
  });

  it('the password step sends the password as typed; none is required', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_PASSWORD');
    await refused(h, { password: '' }, { messageId: 'error.required', field: 'password' });
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_PASSWORD', { password: ' secret ' });
    assert.deepEqual(answered(h.fake), [{ challengeResponse: ' secret ', userAttributes: undefined }]);
  });

  it('a choice sends the button pressed; a submit without one sends nothing and shows nothing', async () => {
    const h = await on('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] });
    await refused(h, {}, undefined);
    h.fake.answer('confirmSignIn', step('CONFIRM_SIGN_IN_WITH_TOTP_CODE'));
    await h.flow.submit('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { choice: 'TOTP' });
    assert.deepEqual(answered(h.fake), [{ challengeResponse: 'TOTP', userAttributes: undefined }]);
  });
});

describe('a new password', () => {
  const POLICY: PasswordPolicy = {
    minLength: 8,
    requireLowercase: true,
    requireUppercase: true,
    requireNumbers: true,
    requireSymbols: true,
  };
  const rule = (id: string) => ({ messageId: 'error.passwordRule', field: 'newPassword', rule: id });

  it('each rule of the pool is checked before anything is sent, first broken rule first', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    h.fake.policy = POLICY;
    await refused(h, both('Ab1!'), rule('password.rule.minLength'));
    assert.deepEqual(h.flow.state.error?.values, { count: '8' });
    await refused(h, both('AAAAAAA1!'), rule('password.rule.lowercase'));
    await refused(h, both('aaaaaaa1!'), rule('password.rule.uppercase'));
    await refused(h, both('aaaaAAAA!'), rule('password.rule.number'));
    await refused(h, both('aaaaAAAA1'), rule('password.rule.symbol'));
    assert.equal(h.flow.state.error?.values, undefined, 'only the length rule has a count');
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', both('aaaAAA1 ~'));
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('length counts characters, not UTF-16 units', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    h.fake.policy = { minLength: 4 };
    await refused(h, both('Éé😀'), rule('password.rule.minLength'));
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', both('Éé😀x'));
    assert.equal(h.flow.state.step, 'DONE');
  });

  it("letters and digits count as Cognito counts them: A–Z, a–z and 0–9 only, as Cognito's documentation says", async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    h.fake.policy = POLICY;
    await refused(h, both('пАРОЛЬ123!'), rule('password.rule.lowercase'));
    await refused(h, both('пароль123!a'), rule('password.rule.uppercase'));
    await refused(h, both('Éééééé1!a'), rule('password.rule.uppercase'));
    await refused(h, both('Passwort١٢٣!'), rule('password.rule.number'));
    await refused(h, both('Passw0rd«»'), rule('password.rule.symbol'));
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', both('пАРОЛЬ123!aZ'));
    assert.equal(h.flow.state.step, 'DONE');
  });

  it("every one of Cognito's special characters counts as a symbol", async () => {
    for (const symbol of '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ') {
      const h = await on('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
      h.fake.policy = { requireSymbols: true };
      h.fake.answer('confirmSignIn', step('DONE'));
      await h.flow.submit('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', both(`abc${symbol}`));
      assert.equal(h.flow.state.step, 'DONE', `"${symbol}" is a symbol`);
    }
  });

  it('a pool without rules, or a zero length, takes any password', async () => {
    for (const policy of [undefined, {}, { minLength: 0 }]) {
      const h = await on('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
      h.fake.policy = policy;
      h.fake.answer('confirmSignIn', step('DONE'));
      await h.flow.submit('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', both('a'));
      assert.equal(h.flow.state.step, 'DONE');
    }
  });

  it('both fields are required, must match, and the attributes Cognito still needs are sent trimmed', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', {
      missingAttributes: ['userAttributes.given_name'],
    });
    await refused(h, { confirmPassword: NEW_PASSWORD }, { messageId: 'error.required', field: 'newPassword' });
    await refused(h, { newPassword: NEW_PASSWORD }, { messageId: 'error.required', field: 'confirmPassword' });
    await refused(
      h,
      { newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}x` },
      { messageId: 'error.passwordMismatch', field: 'confirmPassword' },
    );
    await refused(h, { ...both(NEW_PASSWORD), given_name: ' ' }, { messageId: 'error.required', field: 'given_name' });
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', { ...both(NEW_PASSWORD), given_name: ' Ann ' });
    assert.deepEqual(answered(h.fake), [{ challengeResponse: NEW_PASSWORD, userAttributes: { given_name: 'Ann' } }]);
  });

  it('without missing attributes, none are sent', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', both(NEW_PASSWORD));
    assert.deepEqual(answered(h.fake), [{ challengeResponse: NEW_PASSWORD, userAttributes: undefined }]);
  });
});

describe('password reset', () => {
  async function onConfirmReset(setup: Parameters<typeof harness>[0] = {}) {
    const h = harness(setup);
    await h.flow.start();
    h.flow.forgotPassword();
    await h.flow.submit('RESET_PASSWORD', { username: `  ${CREDENTIALS.username} ` });
    assert.deepEqual(h.fake.callsOf('resetPassword'), [[CREDENTIALS.username]]);
    assert.equal(h.flow.state.step, 'CONFIRM_RESET_PASSWORD');
    return h;
  }

  it('the reset asks for a username (spaces only are none)', async () => {
    const h = harness();
    await h.flow.start();
    h.flow.forgotPassword('   ');
    assert.equal(h.flow.state.username, '');
    await refused(h, { username: '  ' }, { messageId: 'error.required', field: 'username' });
  });

  it('the new password is checked against the pool, then set and signed in with', async () => {
    const h = await onConfirmReset();
    h.fake.policy = { minLength: 16 };
    await refused(h, { code: '123456', ...both(NEW_PASSWORD) }, rule());
    await refused(h, { code: '12x', ...both(NEW_PASSWORD) }, { messageId: 'error.codeFormat', field: 'code' });
    await refused(
      h,
      { code: '123456', newPassword: NEW_PASSWORD, confirmPassword: 'other' },
      { messageId: 'error.passwordMismatch', field: 'confirmPassword' },
    );
    h.fake.answer('signIn', step('DONE'));
    await h.flow.submit('CONFIRM_RESET_PASSWORD', { code: '123 456', ...both('long-enough-pass') });
    assert.deepEqual(h.fake.callsOf('confirmResetPassword'), [[CREDENTIALS.username, '123456', 'long-enough-pass']]);
    assert.deepEqual(h.fake.callsOf('signIn'), [
      [{ username: CREDENTIALS.username, password: 'long-enough-pass', authFlowType: 'USER_SRP_AUTH' }],
    ]);
    assert.equal(h.flow.state.step, 'DONE');

    function rule() {
      return { messageId: 'error.passwordRule', field: 'newPassword', rule: 'password.rule.minLength' };
    }
  });

  it('USER_AUTH signs in with the new password by SRP; CUSTOM_WITHOUT_SRP goes back to sign in with a notice', async () => {
    const user = await onConfirmReset({ options: { authFlowType: 'USER_AUTH' } });
    user.fake.answer('signIn', step('DONE'));
    await user.flow.submit('CONFIRM_RESET_PASSWORD', { code: '123456', ...both(NEW_PASSWORD) });
    assert.deepEqual(user.fake.callsOf('signIn'), [
      [
        {
          username: CREDENTIALS.username,
          password: NEW_PASSWORD,
          authFlowType: 'USER_AUTH',
          preferredChallenge: 'PASSWORD_SRP',
        },
      ],
    ]);

    const custom = await onConfirmReset({ options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    await custom.flow.submit('CONFIRM_RESET_PASSWORD', { code: '123456', ...both(NEW_PASSWORD) });
    assert.deepEqual(custom.fake.callsOf('signIn'), []);
    assert.equal(custom.flow.state.step, 'SIGN_IN');
    assert.equal(custom.flow.state.username, CREDENTIALS.username);
    assert.equal(custom.flow.state.notice?.messageId, 'notice.passwordReset');
  });
});

describe('what the page is told about refused input', () => {
  it('each kind of refusal has its own name in auth-error', async () => {
    const h = await on('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    h.fake.policy = { minLength: 20 };
    const names: string[] = [];
    for (const values of [{}, { newPassword: 'a', confirmPassword: 'b' }, both('short')]) {
      await h.flow.submit('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', values);
      names.push(h.flow.state.error!.name);
    }
    const code = await on('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await code.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: 'abc' });
    names.push(code.flow.state.error!.name);
    const email = await on('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    await email.flow.submit('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP', { email: 'me' });
    names.push(email.flow.state.error!.name);
    assert.deepEqual(names, [
      'RequiredField',
      'PasswordMismatch',
      'PasswordPolicy',
      'InvalidCodeFormat',
      'InvalidEmailFormat',
    ]);
    assert.equal(email.log.at(-1), 'error:InvalidEmailFormat');
  });

  it('a pool rule that is not set (or a length below 1) asks nothing of the password', async () => {
    for (const policy of [{ minLength: -1 }, { requireUppercase: false, requireLowercase: false }]) {
      const h = await on('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
      h.fake.policy = policy;
      h.fake.answer('confirmSignIn', step('DONE'));
      await h.flow.submit('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', both('A'));
      assert.equal(h.flow.state.step, 'DONE', JSON.stringify(policy));
    }
  });
});
