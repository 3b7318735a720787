/** The journey as data, row by row: sign-up's pure parts and the call table's result maps. */
import assert from 'node:assert/strict';
import type { SignUpRequest } from '../../src/auth-service.js';
import { stageAfter, unverifiedContacts } from '../../src/flow/after-sign-in.js';
import { callRow, type CallContext } from '../../src/flow/calls.js';
import type { FlowError } from '../../src/flow/errors.js';
import {
  autoSignInOption,
  identifierField,
  isAttributeName,
  signUpErrorField,
  signUpNext,
  STANDARD_ATTRIBUTES,
} from '../../src/flow/sign-up.js';
import { awsError, FakeAuthService, signedInUser, signUpStep, step } from '../support/fake-auth-service.js';
import { describe, it } from './tests.js';

const context: CallContext = {
  step: 'CONFIRM_SIGN_UP',
  data: { codeDelivery: { destination: 'old' } },
  username: 'alice@example.com',
  totpIssuer: 'Acme',
  authFlowType: 'USER_SRP_AUTH',
};
const request: SignUpRequest = {
  username: 'alice@example.com',
  userAttributes: { email: 'alice@example.com', name: 'Alice', family_name: 'Smith' },
  autoSignIn: true,
};
const error = (name: string, message = name): FlowError => ({ name, message, messageId: 'x' });

describe('sign-up.ts', () => {
  it('the identifier field for each identifier kind', () => {
    assert.deepEqual((['email', 'phone', 'email-or-phone', 'username'] as const).map(identifierField), [
      'email',
      'phone_number',
      'email',
      'username',
    ]);
  });

  it('sends standard and custom attributes, nothing else', () => {
    for (const name of STANDARD_ATTRIBUTES) assert.equal(isAttributeName(name), true, name);
    assert.equal(STANDARD_ATTRIBUTES.size, 16);
    for (const name of ['custom:company', 'custom:a.b-c_d']) assert.equal(isAttributeName(name), true, name);
    for (const name of ['terms', 'sub', 'email_verified', 'xcustom:company', 'custom:', 'custom:a b', 'custom:x/']) {
      assert.equal(isAttributeName(name), false, name);
    }
  });

  it("Amplify's autoSignIn option for each flow", () => {
    assert.equal(autoSignInOption('USER_SRP_AUTH', undefined, true), true);
    assert.deepEqual(autoSignInOption('USER_PASSWORD_AUTH', undefined, true), { authFlowType: 'USER_PASSWORD_AUTH' });
    assert.deepEqual(autoSignInOption('CUSTOM_WITHOUT_SRP', undefined, false), { authFlowType: 'CUSTOM_WITHOUT_SRP' });
    assert.deepEqual(autoSignInOption('USER_AUTH', 'SMS_OTP', false), {
      authFlowType: 'USER_AUTH',
      preferredChallenge: 'SMS_OTP',
    });
    assert.deepEqual(autoSignInOption('USER_AUTH', undefined, true), {
      authFlowType: 'USER_AUTH',
      preferredChallenge: 'PASSWORD_SRP',
    });
    assert.deepEqual(autoSignInOption('USER_AUTH', undefined, false), { authFlowType: 'USER_AUTH' });
  });

  it('where each signUpStep leads', () => {
    const codeDelivery = { destination: 'a***' };
    const next = (signUp: string, extra = {}) =>
      signUpNext(
        signUpStep(signUp, { nextStep: { signUpStep: signUp, codeDeliveryDetails: codeDelivery }, ...extra }),
        request,
        context,
      );
    assert.deepEqual(next('CONFIRM_SIGN_UP'), { kind: 'step', step: 'CONFIRM_SIGN_UP', data: { codeDelivery } });
    assert.deepEqual(next('COMPLETE_AUTO_SIGN_IN', { isSignUpComplete: true }), {
      kind: 'call',
      call: { name: 'autoSignIn', input: {} },
    });
    assert.deepEqual(next('COMPLETE_AUTO_SIGN_IN', { isSignUpComplete: false }), {
      kind: 'step',
      step: 'CONFIRM_SIGN_UP_WITH_LINK',
      data: { codeDelivery },
    });
    assert.deepEqual(next('DONE'), { kind: 'startOver', notice: { messageId: 'notice.accountConfirmed' } });
    // A future signUpStep: confirmed → sign in; not yet → the code step.
    assert.deepEqual(next('SOMETHING_NEW', { isSignUpComplete: true }), {
      kind: 'startOver',
      notice: { messageId: 'notice.accountConfirmed' },
    });
    assert.deepEqual(next('SOMETHING_NEW', { isSignUpComplete: false }), {
      kind: 'step',
      step: 'CONFIRM_SIGN_UP',
      data: { codeDelivery },
    });
    const bare = signUpNext({ isSignUpComplete: false, nextStep: { signUpStep: 'CONFIRM_SIGN_UP' } }, request, context);
    assert.deepEqual(bare, { kind: 'step', step: 'CONFIRM_SIGN_UP', data: { codeDelivery: {} } });
  });

  it('a taken identifier sits at the identifier it is, in its words', () => {
    const phone = { ...request, username: '+14255550100', userAttributes: { phone_number: '+14255550100' } };
    const plain = { ...request, username: 'alice' };
    for (const name of ['UsernameExistsException', 'AliasExistsException']) {
      assert.deepEqual(signUpErrorField(error(name), request), {
        field: 'email',
        messageId: 'error.accountExists.email',
      });
      assert.deepEqual(signUpErrorField(error(name), phone), {
        field: 'phone_number',
        messageId: 'error.accountExists.phone_number',
      });
      assert.deepEqual(signUpErrorField(error(name), plain), {
        field: 'username',
        messageId: 'error.accountExists.username',
      });
    }
  });

  it('a refused attribute sits at the attribute Cognito names, the longest name first', () => {
    const place = (message: string) => signUpErrorField(error('InvalidParameterException', message), request);
    assert.deepEqual(place('Invalid family_name.'), { field: 'family_name' });
    assert.deepEqual(place('Invalid name.'), { field: 'name' });
    assert.deepEqual(place('Invalid phone number format.'), { field: 'phone_number', messageId: 'error.phoneFormat' });
    assert.deepEqual(
      signUpErrorField(error('InvalidParameterException', 'Invalid E-mail.'), { ...request, userAttributes: {} }),
      { field: 'email', messageId: 'error.emailFormat' },
    );
    assert.deepEqual(place('Invalid email address format.'), { field: 'email', messageId: 'error.emailFormat' });
    assert.equal(place('Something else'), undefined);
    assert.equal(signUpErrorField(error('LimitExceededException', 'name'), request), undefined);
  });
});

describe('calls.ts rows', () => {
  it('a reset password signs in with it, or lands on SIGN_IN where the flow takes none', async () => {
    const { next } = await callRow('confirmResetPassword');
    const input = { username: 'alice', code: '123456', newPassword: 'N3w!' };
    assert.deepEqual(next(undefined, input, context), {
      kind: 'call',
      call: { name: 'signIn', input: { username: 'alice', password: 'N3w!', authFlowType: 'USER_SRP_AUTH' } },
    });
    assert.deepEqual(next(undefined, input, { ...context, authFlowType: 'CUSTOM_WITHOUT_SRP' }), {
      kind: 'startOver',
      notice: { messageId: 'notice.passwordReset' },
    });
  });

  it('a confirmed sign-up: auto sign-in, the sign-in typed before, or SIGN_IN', async () => {
    const { next } = await callRow('confirmSignUp');
    const input = { username: 'alice', code: '1' };
    const attempt = { username: 'alice', password: 'p', authFlowType: 'USER_SRP_AUTH' as const };
    assert.deepEqual(next(signUpStep('COMPLETE_AUTO_SIGN_IN'), input, { ...context, attempt }), {
      kind: 'call',
      call: { name: 'autoSignIn', input: {} },
    });
    assert.deepEqual(next(signUpStep('DONE'), input, { ...context, attempt }), {
      kind: 'call',
      call: { name: 'signIn', input: attempt },
    });
    assert.deepEqual(next(signUpStep('DONE'), input, context), {
      kind: 'startOver',
      notice: { messageId: 'notice.accountConfirmed' },
    });
  });

  it('codes: a new sign-up code stays on its step; one a sign-in asked for goes to CONFIRM_SIGN_UP even if sending failed', async () => {
    const codeDelivery = { destination: 'new' };
    assert.deepEqual(
      (await callRow('resendSignUpCode')).next(codeDelivery, { username: 'a' }, { ...context, step: 'X' }),
      {
        kind: 'step',
        step: 'X',
        data: { codeDelivery },
      },
    );
    assert.deepEqual(
      (await callRow('resendSignUpCode')).next(codeDelivery, { username: 'a' }, { ...context, step: undefined }),
      {
        kind: 'step',
        step: 'CONFIRM_SIGN_UP',
        data: { codeDelivery: { destination: 'new' } },
      },
    );
    const failing = new FakeAuthService().answer('resendSignUpCode', awsError('LimitExceededException'));
    const sent = await (await callRow('sendSignUpCode')).run(failing, { username: 'a' });
    assert.deepEqual(sent, {});
    assert.deepEqual((await callRow('sendSignUpCode')).next(sent, { username: 'a' }, context), {
      kind: 'step',
      step: 'CONFIRM_SIGN_UP',
      data: { codeDelivery: {} },
    });
    assert.deepEqual((await callRow('resetPassword')).next(codeDelivery, { username: 'a' }, context), {
      kind: 'step',
      step: 'CONFIRM_RESET_PASSWORD',
      data: { codeDelivery },
    });
  });

  it('a passkey registered: the next stage after the prompt, told so; the page hears of it', async () => {
    const { next, announce } = await callRow('registerPasskey');
    assert.deepEqual(next(undefined, {}, context), {
      kind: 'afterSignIn',
      from: 'PASSKEY_PROMPT',
      notice: { messageId: 'notice.passkeyRegistered' },
    });
    const heard: string[] = [];
    announce!(
      { signedUp: () => heard.push('signedUp'), passkeyRegistered: () => heard.push('passkey') },
      undefined,
      {},
    );
    assert.deepEqual(heard, ['passkey']);
  });

  it('signUp tells the page without a password, even when Cognito gives no sub', async () => {
    const heard: unknown[] = [];
    const announcer = { signedUp: (detail: unknown) => heard.push(detail), passkeyRegistered: () => undefined };
    (await callRow('signUp')).announce!(
      announcer,
      { isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } },
      { ...request, password: 'secret' },
    );
    assert.deepEqual(heard, [{ username: request.username, userId: '', loginId: request.username, confirmed: true }]);
  });

  it('a sign-in that meets a signed-in user (another tab) completes it, with no error; a failed preference retries without it', async () => {
    const { recover } = await callRow('signIn');
    const already = awsError('UserAlreadyAuthenticatedException');
    assert.deepEqual(recover!(already, { username: 'a', authFlowType: 'USER_SRP_AUTH' }, context), {
      kind: 'signedIn',
    });
    const canceled = awsError('PasskeyAuthenticationCanceled');
    const preferred = { username: 'a', authFlowType: 'USER_AUTH' as const, preferredChallenge: 'WEB_AUTHN' as const };
    assert.deepEqual(recover!(canceled, preferred, context), {
      kind: 'call',
      call: { name: 'signIn', input: { username: 'a', authFlowType: 'USER_AUTH' } },
      error: canceled,
    });
    assert.equal(recover!(canceled, { username: 'a', authFlowType: 'USER_AUTH' }, context), undefined);
    assert.equal(recover!(awsError('NotAuthorizedException'), preferred, context), undefined);
  });

  it('first factors ask whether passkeys work; a failing check means they do not', async () => {
    const fake = new FakeAuthService();
    fake.answer('signIn', step('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', { availableChallenges: ['WEB_AUTHN'] }));
    fake.supportsPasskeys = () => Promise.reject(new Error('no'));
    const outcome = (await (await callRow('signIn')).run(fake, { username: 'a', authFlowType: 'USER_AUTH' })) as {
      passkeysSupported: boolean;
    };
    assert.equal(outcome.passkeysSupported, false);
    fake.answer('signIn', step('CONFIRM_SIGN_IN_WITH_SMS_CODE'));
    fake.supportsPasskeys = () => Promise.resolve(true);
    const other = (await (await callRow('signIn')).run(fake, { username: 'a', authFlowType: 'USER_AUTH' })) as {
      passkeysSupported: boolean;
    };
    assert.equal(other.passkeysSupported, false, 'asked only when first factors are offered');
  });
});

describe('after-sign-in.ts', () => {
  it('unverified contacts: present, verifiable, not verified', async () => {
    const attributes = { email: 'a@x', email_verified: 'false', phone_number: '+1', phone_number_verified: 'true' };
    assert.deepEqual(unverifiedContacts(['email', 'phone_number'], attributes), ['email']);
    assert.deepEqual(unverifiedContacts(['phone_number'], { phone_number: '+1' }), ['phone_number']);
    assert.deepEqual(unverifiedContacts(['email'], { phone_number: '+1' }), []);
  });

  it('each stage comes after the one before it only', async () => {
    const fake = new FakeAuthService();
    fake.settings = { ...fake.settings, verificationAttributes: ['email'] };
    fake.attributes = { email: 'a@x' };
    fake.platformAuthenticator = true;
    const environment = {
      options: {
        authFlowType: 'USER_SRP_AUTH' as const,
        totpIssuer: '',
        passkeyPrompt: 'after-sign-in' as const,
        socialProviders: [],
      },
      service: fake,
      user: signedInUser(),
      call: <T>(request: () => Promise<T>) => request(),
    };
    assert.deepEqual(await stageAfter(undefined, environment), {
      step: 'VERIFY_CONTACT',
      data: { contacts: ['email'] },
    });
    assert.deepEqual(await stageAfter('VERIFY_CONTACT', environment), { step: 'PASSKEY_PROMPT', data: {} });
    assert.deepEqual(await stageAfter('PASSKEY_PROMPT', environment), { step: 'DONE', data: {} });
    assert.equal(fake.callsOf('fetchUserAttributes').length, 1);
    const never = {
      ...environment,
      options: { ...environment.options, verifyContact: 'never' as const, passkeyPrompt: 'never' as const },
    };
    assert.deepEqual(await stageAfter(undefined, never), { step: 'DONE', data: {} });
    assert.equal(fake.callsOf('fetchUserAttributes').length, 1);
  });
});
