/** The sign-up journey in the flow tier: SIGN_UP → signUp → CONFIRM_SIGN_UP / link / auto sign-in → the sign-in steps. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import type { SignUpRequest } from '../../src/auth-service.js';
import { PENDING_KEY } from '../../src/flow/resume.js';
import { awsError, signUpStep, step } from '../support/fake-auth-service.js';
import { harness, MemoryStore, until } from './harness.js';

const EMAIL = 'new@example.com';
const PASSWORD = 'Passw0rd!';
const FORM = { email: EMAIL, newPassword: PASSWORD, confirmPassword: PASSWORD };

/** A flow on `SIGN_UP` for a pool that signs in with email. */
async function onSignUp(options: Parameters<typeof harness>[0] = {}) {
  const h = harness(options);
  h.fake.identifier = 'email';
  await h.flow.start();
  h.flow.goToSignUp();
  assert.equal(h.flow.state.step, 'SIGN_UP');
  return h;
}

const sentRequest = (h: ReturnType<typeof harness>) => h.fake.callsOf('signUp')[0][0] as SignUpRequest;

describe('SIGN_UP', () => {
  it('"Create account" leads to SIGN_UP keeping what was typed; initial-step opens on it', async () => {
    const h = harness();
    await h.flow.start();
    h.flow.goToSignUp(' alice ');
    assert.equal(h.flow.state.step, 'SIGN_UP');
    assert.equal(h.flow.state.username, 'alice');
    const page = harness({ options: { initialStep: 'SIGN_UP' } });
    await page.flow.start();
    assert.deepEqual(page.log, ['step:SIGN_UP']);
  });

  it('sends the identifier as username and attribute, the password, and asks Amplify to sign in afterwards', async () => {
    const h = await onSignUp();
    h.fake.answer(
      'signUp',
      signUpStep('CONFIRM_SIGN_UP', {
        nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: { destination: 'n***@e***' } },
      }),
    );
    await h.flow.submit('SIGN_UP', { ...FORM, email: ` ${EMAIL} `, terms: 'on', 'custom:company': 'Acme' });
    assert.deepEqual(sentRequest(h), {
      username: EMAIL,
      password: PASSWORD,
      userAttributes: { email: EMAIL, 'custom:company': 'Acme' },
      autoSignIn: true,
    });
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_UP');
    assert.equal(h.flow.state.username, EMAIL);
    assert.equal(h.flow.state.data.codeDelivery?.destination, 'n***@e***');
  });

  it('fires auth-signed-up with no password, then the code confirms and auto sign-in signs in: no second password', async () => {
    const h = await onSignUp();
    h.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    h.fake.answer('confirmSignUp', signUpStep('COMPLETE_AUTO_SIGN_IN'));
    h.fake.answer('autoSignIn', step('DONE'));
    await h.flow.submit('SIGN_UP', FORM);
    assert.deepEqual(h.signedUp, [{ username: EMAIL, userId: 'sub-new', loginId: EMAIL, confirmed: false }]);
    await h.flow.submit('CONFIRM_SIGN_UP', { code: '123 456' });
    assert.deepEqual(h.fake.callsOf('confirmSignUp'), [[EMAIL, '123456']]);
    assert.equal(h.fake.callsOf('autoSignIn').length, 1);
    assert.equal(h.fake.callsOf('signIn').length, 0, 'no sign-in with a typed password');
    assert.equal(h.flow.state.step, 'DONE');
    assert.deepEqual(
      h.log.filter((entry) => !entry.startsWith('before:')),
      ['step:SIGN_IN', 'step:SIGN_UP', 'signedUp', 'step:CONFIRM_SIGN_UP', 'signedIn', 'step:DONE'],
    );
  });

  it('auto sign-in goes on through the sign-in steps the pool asks for (MFA setup), then DONE', async () => {
    const h = await onSignUp();
    h.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    h.fake.answer('confirmSignUp', signUpStep('COMPLETE_AUTO_SIGN_IN'));
    h.fake.answer(
      'autoSignIn',
      step('CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', { allowedMFATypes: ['TOTP', 'EMAIL'] }),
    );
    h.fake.answer(
      'confirmSignIn',
      step('CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { totpSetupDetails: { sharedSecret: 'S' } }),
    );
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.submit('SIGN_UP', FORM);
    await h.flow.submit('CONFIRM_SIGN_UP', { code: '123456' });
    assert.equal(h.flow.state.step, 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION');
    await h.flow.submit('CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', { choice: 'TOTP' });
    assert.equal(h.flow.state.totp?.uri.includes(encodeURIComponent(EMAIL)), true);
    await h.flow.submit('CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { code: '123456' });
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('a pool that confirms at once (COMPLETE_AUTO_SIGN_IN straight away) signs in without a code', async () => {
    const h = await onSignUp();
    h.fake.answer('signUp', signUpStep('COMPLETE_AUTO_SIGN_IN', { isSignUpComplete: true }));
    h.fake.answer('autoSignIn', step('DONE'));
    await h.flow.submit('SIGN_UP', FORM);
    assert.equal(h.flow.state.step, 'DONE');
    assert.equal(h.fake.callsOf('confirmSignUp').length, 0);
  });

  it('DONE (confirmed, no auto sign-in) lands on SIGN_IN with the identifier and a notice', async () => {
    const h = await onSignUp();
    h.fake.answer('signUp', signUpStep('DONE'));
    await h.flow.submit('SIGN_UP', FORM);
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.username, EMAIL);
    assert.equal(h.flow.state.notice?.messageId, 'notice.accountConfirmed');
  });

  it('past the auto sign-in (Amplify answers DONE), the code confirms and lands on SIGN_IN with a notice, never an error', async () => {
    const first = await onSignUp();
    first.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    await first.flow.submit('SIGN_UP', FORM);
    // A reload: the step comes back from the record; Amplify's auto sign-in lived in the old page only.
    const h = harness({ session: first.session });
    await h.flow.start();
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_UP');
    h.fake.answer('confirmSignUp', signUpStep('DONE'));
    await h.flow.submit('CONFIRM_SIGN_UP', { code: '123456' });
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.username, EMAIL);
    assert.equal(h.flow.state.notice?.messageId, 'notice.accountConfirmed');
    assert.equal(h.flow.state.error, undefined);
    assert.equal(h.fake.callsOf('autoSignIn').length, 0);
  });

  it('an auto sign-in Amplify has dropped meanwhile also lands on SIGN_IN with the notice', async () => {
    const h = await onSignUp();
    h.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    h.fake.answer('confirmSignUp', signUpStep('COMPLETE_AUTO_SIGN_IN'));
    h.fake.answer('autoSignIn', awsError('AutoSignInException', 'The autoSignIn flow has not started'));
    await h.flow.submit('SIGN_UP', FORM);
    await h.flow.submit('CONFIRM_SIGN_UP', { code: '123456' });
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.notice?.messageId, 'notice.accountConfirmed');
    assert.equal(h.flow.state.error, undefined);
  });

  it('with USER_AUTH, auto sign-in uses it and the preferred first factor; a code-first pool sends no password', async () => {
    const h = await onSignUp({ options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } });
    assert.equal(h.flow.view().signUpNeedsPassword, false);
    h.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    await h.flow.submit('SIGN_UP', { email: EMAIL });
    assert.deepEqual(sentRequest(h), {
      username: EMAIL,
      userAttributes: { email: EMAIL },
      autoSignIn: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
    });
  });

  it('with USER_AUTH and a password, auto sign-in asks for the password factor', async () => {
    const h = await onSignUp({ options: { authFlowType: 'USER_AUTH' } });
    h.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    await h.flow.submit('SIGN_UP', FORM);
    assert.deepEqual(sentRequest(h).autoSignIn, { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' });
  });

  it('a username pool sends the username, required attributes by name and a phone as E.164', async () => {
    const h = harness();
    h.fake.settings = { ...h.fake.settings, requiredAttributes: ['name', 'phone_number'] };
    await h.flow.start();
    h.flow.goToSignUp();
    await h.flow.submit('SIGN_UP', {
      username: 'alice',
      newPassword: PASSWORD,
      confirmPassword: PASSWORD,
      name: 'Alice',
    });
    assert.equal(h.flow.state.error?.field, 'phone_number');
    assert.equal(h.flow.state.error?.messageId, 'error.required');
    await h.flow.submit('SIGN_UP', {
      username: 'alice',
      newPassword: PASSWORD,
      confirmPassword: PASSWORD,
      name: 'Alice',
      phone_number: '0612',
    });
    assert.equal(h.flow.state.error?.messageId, 'error.phoneFormat');
    assert.equal(h.fake.callsOf('signUp').length, 0);
    h.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    await h.flow.submit('SIGN_UP', {
      username: ' alice ',
      newPassword: PASSWORD,
      confirmPassword: PASSWORD,
      name: ' Alice ',
      phone_number: '+1 (425) 555-0100',
    });
    assert.deepEqual(sentRequest(h).userAttributes, { name: 'Alice', phone_number: '+14255550100' });
    assert.equal(sentRequest(h).username, 'alice');
  });

  it('a phone number typed in the digits of any script is checked and sent as ASCII E.164', async () => {
    const h = harness();
    h.fake.settings = { ...h.fake.settings, requiredAttributes: ['phone_number'] };
    await h.flow.start();
    h.flow.goToSignUp();
    h.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    const form = { username: 'alice', newPassword: PASSWORD, confirmPassword: PASSWORD };
    await h.flow.submit('SIGN_UP', { ...form, phone_number: '+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧' });
    assert.equal(h.flow.state.error, undefined);
    assert.deepEqual(sentRequest(h).userAttributes, { phone_number: '+966501234567' });
  });

  it('checks the identifier, the password pair and the pool rules before sending', async () => {
    const h = await onSignUp();
    h.fake.policy = { minLength: 12 };
    await h.flow.submit('SIGN_UP', { ...FORM, email: 'not-an-email' });
    assert.deepEqual([h.flow.state.error?.field, h.flow.state.error?.messageId], ['email', 'error.emailFormat']);
    await h.flow.submit('SIGN_UP', { ...FORM, confirmPassword: 'other' });
    assert.deepEqual(
      [h.flow.state.error?.field, h.flow.state.error?.messageId],
      ['confirmPassword', 'error.passwordMismatch'],
    );
    await h.flow.submit('SIGN_UP', FORM);
    assert.equal(h.flow.state.error?.field, 'newPassword');
    assert.equal(h.fake.callsOf('signUp').length, 0);
  });
});

describe('SIGN_UP errors sit at their field', () => {
  const cases: Array<[string, string, Partial<Record<string, string>>, string, string]> = [
    ['email pool, taken', 'UsernameExistsException', {}, 'email', 'error.accountExists.email'],
    ['weak password', 'InvalidPasswordException', {}, 'newPassword', 'error.invalidPassword'],
  ];
  for (const [what, name, , field, messageId] of cases) {
    it(what, async () => {
      const h = await onSignUp();
      h.fake.answer('signUp', awsError(name, 'Password did not conform with policy: x'));
      await h.flow.submit('SIGN_UP', FORM);
      assert.equal(h.flow.state.step, 'SIGN_UP');
      assert.deepEqual([h.flow.state.error?.field, h.flow.state.error?.messageId], [field, messageId]);
    });
  }

  it('a username pool: a taken username at the username field', async () => {
    const h = harness();
    await h.flow.start();
    h.flow.goToSignUp();
    h.fake.answer('signUp', awsError('UsernameExistsException', 'User already exists'));
    await h.flow.submit('SIGN_UP', { username: 'alice', newPassword: PASSWORD, confirmPassword: PASSWORD });
    assert.deepEqual(
      [h.flow.state.error?.field, h.flow.state.error?.messageId],
      ['username', 'error.accountExists.username'],
    );
  });

  it('an attribute Cognito refuses sits at that attribute', async () => {
    const h = await onSignUp();
    h.fake.answer('signUp', awsError('InvalidParameterException', 'Invalid birthdate format.'));
    await h.flow.submit('SIGN_UP', { ...FORM, birthdate: '31/02/1990' });
    assert.equal(h.flow.state.error?.field, 'birthdate');
  });

  it('"SignUp is not permitted" reads as sign-up not allowed, in the alert', async () => {
    const h = await onSignUp();
    h.fake.answer('signUp', awsError('NotAuthorizedException', 'SignUp is not permitted for this user pool'));
    await h.flow.submit('SIGN_UP', FORM);
    assert.equal(h.flow.state.step, 'SIGN_UP');
    assert.deepEqual([h.flow.state.error?.field, h.flow.state.error?.messageId], [undefined, 'error.signUpNotAllowed']);
  });

  it('limits and the network go to the alert', async () => {
    for (const [name, messageId] of [
      ['LimitExceededException', 'error.limitExceeded'],
      ['NetworkError', 'error.network'],
      ['CodeDeliveryFailureException', 'error.codeDelivery'],
    ]) {
      const h = await onSignUp();
      h.fake.answer('signUp', awsError(name));
      await h.flow.submit('SIGN_UP', FORM);
      assert.deepEqual([h.flow.state.error?.field, h.flow.state.error?.messageId], [undefined, messageId], name);
    }
  });
});

describe('CONFIRM_SIGN_UP_WITH_LINK', () => {
  it('waits on Amplify by itself, with no press, and signs in once the link is opened', async () => {
    const h = await onSignUp();
    let opened!: () => void;
    h.fake.answer(
      'signUp',
      signUpStep('COMPLETE_AUTO_SIGN_IN', {
        isSignUpComplete: false,
        nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN', codeDeliveryDetails: { destination: 'n***@e***' } },
      }),
    );
    h.fake.answer('autoSignIn', () => new Promise((resolve) => (opened = () => resolve(step('DONE')))));
    await h.flow.submit('SIGN_UP', FORM);
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_UP_WITH_LINK');
    assert.equal(h.flow.state.busy, false, 'the screen stays usable while waiting');
    assert.equal(h.flow.state.data.codeDelivery?.destination, 'n***@e***');
    assert.equal(h.fake.callsOf('autoSignIn').length, 1);
    // A new link meanwhile.
    await h.flow.resendCode();
    assert.deepEqual(h.fake.callsOf('resendSignUpCode'), [[EMAIL]]);
    opened();
    await until(h.flow, (state) => state.step === 'DONE');
  });

  it('says so when the wait ends, and stays on the step', async () => {
    const h = await onSignUp();
    h.fake.answer('signUp', signUpStep('COMPLETE_AUTO_SIGN_IN', { isSignUpComplete: false }));
    h.fake.answer('autoSignIn', awsError('AutoSignInException', 'The account was not confirmed on time.'));
    await h.flow.submit('SIGN_UP', FORM);
    await until(h.flow, (state) => state.error !== undefined);
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_UP_WITH_LINK');
    assert.equal(h.flow.state.error?.messageId, 'error.signUpLinkWaitEnded');
  });

  it('"back to sign in" while waiting drops the late sign-in (signed out again)', async () => {
    const h = await onSignUp();
    let opened!: () => void;
    h.fake.answer('signUp', signUpStep('COMPLETE_AUTO_SIGN_IN', { isSignUpComplete: false }));
    h.fake.answer('autoSignIn', () => new Promise((resolve) => (opened = () => resolve(step('DONE')))));
    await h.flow.submit('SIGN_UP', FORM);
    const signedOut = new Promise<void>((resolve) => h.fake.answer('signOut', () => resolve()));
    h.flow.restart();
    opened();
    await signedOut;
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.ok(!h.log.includes('signedIn'));
  });

  it('a reload goes to SIGN_IN with the identifier and a notice (Amplify waited in the old page only)', async () => {
    const session = new MemoryStore();
    const first = await onSignUp({ session });
    first.fake.answer('signUp', signUpStep('COMPLETE_AUTO_SIGN_IN', { isSignUpComplete: false }));
    first.fake.answer('autoSignIn', () => new Promise(() => {}));
    await first.flow.submit('SIGN_UP', FORM);
    assert.ok(session.getItem(PENDING_KEY));
    const h = harness({ session });
    await h.flow.start();
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.username, EMAIL);
    assert.equal(h.flow.state.notice?.messageId, 'notice.signUpLinkRestart');
  });
});
