/** The page's hooks before every call, and the client metadata every call carries (`src/flow/hooks.ts`). */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import type { ClientMetadata } from '../../src/auth-service.js';
import type { AuthHook, AuthHooks, FormValues } from '../../src/flow/hooks.js';
import { hooksFor, refusalError, runHooks } from '../../src/flow/hook-runner.js';
import { mergeMetadata } from '../../src/flow/hooks.js';
import { placeError } from '../../src/flow/errors.js';
import type { AnswerKind, Step } from '../../src/flow/steps.js';
import { signUpStep, step } from '../support/fake-auth-service.js';
import { CREDENTIALS, deferred, harness, until } from './harness.js';

const SMS = step('CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails: { destination: '+*******0100' } });
const NEW_PASSWORD = { newPassword: 'N3w-Passw0rd!', confirmPassword: 'N3w-Passw0rd!' };

/** Hooks that record `name:step` each time they run and pass the values on unchanged. */
function recordingHooks(log: string[]): AuthHooks {
  const named =
    (name: string): AuthHook =>
    (on, values) => {
      log.push(`${name}:${on}`);
      return values;
    };
  return {
    validate: named('validate'),
    beforeSignIn: named('beforeSignIn'),
    beforeSignUp: named('beforeSignUp'),
    beforeConfirm: named('beforeConfirm'),
    beforeResetPassword: named('beforeResetPassword'),
  };
}

const lowercase: AuthHook = (_step, values) => ({ ...values, username: values.username?.trim().toLowerCase() });

describe('which hook runs for which step', () => {
  const expected: [AnswerKind, string[]][] = [
    ['signIn', ['validate', 'beforeSignIn']],
    ['signUp', ['validate', 'beforeSignUp']],
    ['resetRequest', ['validate', 'beforeResetPassword']],
    ['code', ['validate', 'beforeConfirm']],
    ['signUpCode', ['validate', 'beforeConfirm']],
    ['resetConfirm', ['validate', 'beforeConfirm']],
    ['verifyContact', ['validate', 'beforeConfirm']],
    ['choice', ['validate', 'beforeConfirm']],
    ['password', ['validate', 'beforeConfirm']],
    ['answer', ['validate', 'beforeConfirm']],
    ['email', ['validate', 'beforeConfirm']],
    ['newPassword', ['validate', 'beforeConfirm']],
    ['registerPasskey', ['validate']],
    ['none', ['validate']],
  ];
  for (const [kind, names] of expected) {
    it(`${kind}: ${names.join(', then ')}`, async () => {
      const log: string[] = [];
      const hooks = hooksFor(recordingHooks(log), kind);
      await runHooks(hooks, 'SIGN_IN', {});
      assert.deepEqual(
        log.map((entry) => entry.split(':')[0]),
        names,
      );
    });
  }

  it('no hooks, or hooks the page left out, run nothing (and what is not a function is ignored)', () => {
    assert.deepEqual(hooksFor(undefined, 'signIn'), []);
    assert.deepEqual(hooksFor({ beforeSignUp: () => undefined }, 'signIn'), []);
    assert.deepEqual(hooksFor({ validate: 'yes' as unknown as AuthHook }, 'signIn'), []);
    const before: AuthHook = () => undefined;
    assert.deepEqual(hooksFor({ beforeSignIn: before }, 'signIn'), [before]);
  });

  it('in the flow: each step calls its hooks with its own name, and the journey goes on', async () => {
    const log: string[] = [];
    const h = harness({ options: { hooks: recordingHooks(log) } });
    h.fake.answer('signIn', SMS);
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.equal(h.flow.state.step, 'DONE');
    assert.deepEqual(log, [
      'validate:SIGN_IN',
      'beforeSignIn:SIGN_IN',
      'validate:CONFIRM_SIGN_IN_WITH_SMS_CODE',
      'beforeConfirm:CONFIRM_SIGN_IN_WITH_SMS_CODE',
    ]);
  });
});

describe('hooks change what is sent', () => {
  it('beforeSignIn lowercasing and trimming the username: the sign-in is for that username', async () => {
    const h = harness({ options: { hooks: { beforeSignIn: lowercase } } });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', { username: '  Alice@Example.COM ', password: 'Passw0rd!' });
    assert.deepEqual(h.fake.callsOf('signIn'), [
      [{ username: 'alice@example.com', password: 'Passw0rd!', authFlowType: 'USER_SRP_AUTH' }],
    ]);
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('validate runs first and beforeSignIn sees what it returned', async () => {
    const seen: FormValues[] = [];
    const h = harness({
      options: {
        hooks: {
          validate: (_step, values) => ({ ...values, username: 'from-validate' }),
          beforeSignIn: (_step, values) => {
            seen.push(values);
            return { ...values, username: `${values.username}-then-before` };
          },
        },
      },
    });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.deepEqual(seen, [{ ...CREDENTIALS, username: 'from-validate' }]);
    assert.equal((h.fake.callsOf('signIn')[0][0] as { username: string }).username, 'from-validate-then-before');
  });

  it('a hook that returns nothing, or an outcome without values, keeps the values it was given', async () => {
    const h = harness({
      options: { hooks: { validate: () => undefined, beforeSignIn: () => ({ clientMetadata: { a: '1' } }) } },
    });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal((h.fake.callsOf('signIn')[0][0] as { username: string }).username, CREDENTIALS.username);
  });

  it('an async hook is waited for, and the widget is busy meanwhile', async () => {
    const gate = deferred<FormValues>();
    const h = harness({ options: { hooks: { beforeSignIn: () => gate.promise } } });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    const submitted = h.flow.submit('SIGN_IN', CREDENTIALS);
    await until(h.flow, (state) => state.busy);
    assert.equal(h.fake.callsOf('signIn').length, 0);
    // A second press while the hook runs starts nothing.
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    gate.resolve({ ...CREDENTIALS, username: 'bob' });
    await submitted;
    assert.deepEqual(
      h.fake.callsOf('signIn').map(([request]) => (request as { username: string }).username),
      ['bob'],
    );
    assert.equal(h.flow.state.busy, false);
    assert.equal(h.flow.state.step, 'DONE');
  });

  it("the widget's own checks still run on what the hooks returned", async () => {
    const h = harness({ options: { hooks: { beforeSignIn: (_step, values) => ({ ...values, username: ' ' }) } } });
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.fake.callsOf('signIn').length, 0);
    assert.equal(h.flow.state.error?.field, 'username');
    assert.equal(h.flow.state.error?.messageId, 'error.required');
    assert.equal(h.flow.state.busy, false);
  });

  it('beforeSignUp adds a custom attribute from the page: it is sent', async () => {
    const h = harness({
      options: { hooks: { beforeSignUp: (_step, values) => ({ ...values, 'custom:source': 'newsletter' }) } },
    });
    h.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    await h.flow.start();
    h.flow.goToSignUp();
    await h.flow.submit('SIGN_UP', { username: 'carol', ...NEW_PASSWORD });
    const [[request]] = h.fake.callsOf('signUp') as [[{ userAttributes: Record<string, string> }]];
    assert.deepEqual(request.userAttributes, { 'custom:source': 'newsletter' });
    assert.equal(h.flow.state.step, 'CONFIRM_SIGN_UP');
  });
});

describe('a hook refuses', () => {
  it('{ field, message }: the message shows at that field, nothing is called, the step and its busy state stay', async () => {
    const h = harness({
      options: {
        hooks: {
          validate: (_step, values) => {
            if (values.username?.endsWith('@mailinator.com'))
              throw { field: 'username', message: 'Use your work email.' };
            return values;
          },
        },
      },
    });
    await h.flow.start();
    await h.flow.submit('SIGN_IN', { username: 'x@mailinator.com', password: 'p' });
    assert.equal(h.fake.callsOf('signIn').length, 0);
    assert.deepEqual(h.flow.state.error, {
      name: 'InputRefused',
      message: 'Use your work email.',
      messageId: 'error.pageRefusal',
      values: { reason: 'Use your work email.' },
      field: 'username',
    });
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.busy, false);
    assert.ok(h.log.includes('error:InputRefused'));
  });

  it('a rejected promise with a refusal is the same as a throw', async () => {
    const h = harness({
      options: { hooks: { beforeSignIn: () => Promise.reject({ field: 'password', message: 'Not that one.' }) } },
    });
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.fake.callsOf('signIn').length, 0);
    assert.equal(h.flow.state.error?.field, 'password');
    assert.equal(h.flow.state.error?.values?.reason, 'Not that one.');
  });

  it('a list: each message at its field, a message without a field in the alert', async () => {
    const h = harness({
      options: {
        hooks: {
          beforeSignUp: () => {
            throw [
              { field: 'terms', message: 'Accept the terms to go on.' },
              { field: 'password', message: 'Longer, please.' },
            ];
          },
        },
      },
    });
    await h.flow.start();
    h.flow.goToSignUp();
    await h.flow.submit('SIGN_UP', { username: 'carol', ...NEW_PASSWORD });
    assert.equal(h.fake.callsOf('signUp').length, 0);
    const error = h.flow.state.error!;
    assert.equal(error.field, 'terms');
    assert.equal(error.values?.reason, 'Accept the terms to go on.');
    // `password` is named `newPassword` on SIGN_UP: the other refusal lands at the field the screen has.
    assert.deepEqual(
      error.also?.map(({ field, values }) => [field, values?.reason]),
      [['newPassword', 'Longer, please.']],
    );
    assert.equal(h.flow.state.step, 'SIGN_UP');
  });

  it('any other throw shows as an alert; the step stays usable and the next submit goes through', async () => {
    let fail = true;
    const h = harness({
      options: {
        hooks: {
          beforeSignIn: (_step, values) => {
            if (fail) throw new RangeError('page bug');
            return values;
          },
        },
      },
    });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.fake.callsOf('signIn').length, 0);
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.busy, false);
    assert.equal(h.flow.state.error?.field, undefined);
    assert.equal(h.flow.state.error?.name, 'RangeError');
    assert.equal(h.flow.state.error?.messageId, 'error.unknown');
    assert.ok(h.log.includes('error:RangeError'));
    fail = false;
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'DONE');
  });

  it('a late result after the user left the step is dropped: no call, no error', async () => {
    const gate = deferred<FormValues>();
    const h = harness({ options: { hooks: { beforeResetPassword: () => gate.promise } } });
    await h.flow.start();
    h.flow.forgotPassword(CREDENTIALS.username);
    const submitted = h.flow.submit('RESET_PASSWORD', { username: CREDENTIALS.username });
    await until(h.flow, (state) => state.busy);
    h.flow.restart();
    gate.resolve({ username: CREDENTIALS.username });
    await submitted;
    assert.equal(h.fake.callsOf('resetPassword').length, 0);
    assert.equal(h.flow.state.step, 'SIGN_IN');
    assert.equal(h.flow.state.error, undefined);
    assert.equal(h.flow.state.busy, false);
  });

  it('a late refusal after the user left shows nowhere', async () => {
    const gate = deferred<void>();
    const refuse = async () => {
      await gate.promise;
      throw { field: 'username', message: 'No.' };
    };
    const h = harness({ options: { hooks: { beforeSignIn: refuse } } });
    await h.flow.start();
    const submitted = h.flow.submit('SIGN_IN', CREDENTIALS);
    await until(h.flow, (state) => state.busy);
    h.flow.forgotPassword();
    gate.resolve();
    await submitted;
    assert.equal(h.flow.state.step, 'RESET_PASSWORD');
    assert.equal(h.flow.state.error, undefined);
    assert.ok(!h.log.includes('error:InputRefused'));
  });
});

describe('refusalError', () => {
  it('is undefined for what is not a refusal', () => {
    for (const thrown of [
      new Error('x'),
      'text',
      undefined,
      null,
      [],
      { field: 'a' },
      { message: 3 },
      { field: 3, message: 'x' },
      [{ field: 'a', message: 'ok' }, new Error('x')],
    ]) {
      assert.equal(refusalError(thrown), undefined, JSON.stringify(thrown));
    }
  });

  it('a refusal without a field goes to the alert; one at a field is placed there', () => {
    assert.deepEqual(refusalError({ message: 'Closed today.' }), {
      name: 'InputRefused',
      message: 'Closed today.',
      messageId: 'error.pageRefusal',
      values: { reason: 'Closed today.' },
    });
    const list = refusalError([
      { field: 'a', message: 'A' },
      { message: 'general' },
      { field: 'b', message: 'B' },
      { message: 'second general' },
    ])!;
    assert.equal(list.field, undefined);
    assert.equal(list.message, 'general');
    assert.deepEqual(
      list.also?.map(({ field, message }) => [field, message]),
      [
        ['a', 'A'],
        ['b', 'B'],
      ],
    );
    assert.equal(refusalError([{ field: 'a', message: 'A' }])?.also, undefined);
  });

  it('placeError maps the fields of the others as it maps the first', () => {
    const error = refusalError([
      { field: 'code', message: 'one' },
      { field: 'code', message: 'two' },
    ])!;
    const placed = placeError(error, 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    assert.equal(placed.field, 'answer');
    assert.deepEqual(
      placed.also?.map(({ field }) => field),
      ['answer'],
    );
    assert.equal('also' in placeError({ name: 'x', message: 'x', messageId: 'x' }, 'SIGN_IN'), false);
  });
});

describe('client metadata', () => {
  const attribute: ClientMetadata = { site: 'shop', plan: 'free' };

  it('the attribute goes with sign-in, its code and every call that takes it; none: nothing is sent', async () => {
    const h = harness({ options: { clientMetadata: attribute } });
    h.fake.answer('signIn', SMS);
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.deepEqual(h.fake.metadata, [
      { method: 'signIn', clientMetadata: attribute },
      { method: 'confirmSignIn', clientMetadata: attribute },
    ]);

    const bare = harness();
    bare.fake.answer('signIn', step('DONE'));
    await bare.flow.start();
    await bare.flow.submit('SIGN_IN', CREDENTIALS);
    assert.deepEqual(bare.fake.metadata, [{ method: 'signIn' }]);
  });

  it("a hook's metadata goes over the attribute's for the calls of its submit only", async () => {
    const h = harness({
      options: {
        clientMetadata: attribute,
        hooks: {
          validate: () => ({ clientMetadata: { plan: 'pro', from: 'validate' } }),
          beforeSignIn: () => ({ clientMetadata: { from: 'beforeSignIn', ignored: 3 as unknown as string } }),
        },
      },
    });
    h.fake.answer('signIn', SMS);
    h.fake.answer('confirmSignIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    // The code step's submit: validate's metadata again, and no beforeSignIn's.
    await h.flow.submit('CONFIRM_SIGN_IN_WITH_SMS_CODE', { code: '123456' });
    assert.deepEqual(h.fake.metadata, [
      { method: 'signIn', clientMetadata: { site: 'shop', plan: 'pro', from: 'beforeSignIn' } },
      { method: 'confirmSignIn', clientMetadata: { site: 'shop', plan: 'pro', from: 'validate' } },
    ]);
  });

  it('password reset: the request, a new code, the new password and the sign-in it leads to carry it', async () => {
    const h = harness({
      options: {
        clientMetadata: attribute,
        hooks: { beforeConfirm: () => ({ clientMetadata: { step: 'confirm' } }) },
      },
    });
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    h.flow.forgotPassword(CREDENTIALS.username);
    await h.flow.submit('RESET_PASSWORD', { username: CREDENTIALS.username });
    h.clock.now += 60_000;
    await h.flow.resendCode();
    await h.flow.submit('CONFIRM_RESET_PASSWORD', { code: '123456', ...NEW_PASSWORD });
    assert.equal(h.flow.state.step, 'DONE');
    const withConfirm = { ...attribute, step: 'confirm' };
    assert.deepEqual(h.fake.metadata, [
      { method: 'resetPassword', clientMetadata: attribute },
      { method: 'resetPassword', clientMetadata: attribute },
      { method: 'confirmResetPassword', clientMetadata: withConfirm },
      // The sign-in with the new password is part of the same submit.
      { method: 'signIn', clientMetadata: withConfirm },
    ]);
  });

  it('sign-up: the sign-up, its code and a new code carry it', async () => {
    const h = harness({
      options: { clientMetadata: attribute, hooks: { beforeSignUp: () => ({ clientMetadata: { ref: 'ad' } }) } },
    });
    h.fake.answer('signUp', signUpStep('CONFIRM_SIGN_UP'));
    await h.flow.start();
    h.flow.goToSignUp();
    await h.flow.submit('SIGN_UP', { username: 'carol', ...NEW_PASSWORD });
    h.clock.now += 60_000;
    await h.flow.resendCode();
    await h.flow.submit('CONFIRM_SIGN_UP', { code: '123456' });
    assert.deepEqual(h.fake.metadata, [
      { method: 'signUp', clientMetadata: { ...attribute, ref: 'ad' } },
      { method: 'resendSignUpCode', clientMetadata: attribute },
      { method: 'confirmSignUp', clientMetadata: attribute },
    ]);
  });

  it('a new code on a sign-in code step replays the sign-in with it', async () => {
    const h = harness({ options: { clientMetadata: attribute } });
    h.fake.answer('signIn', SMS, SMS);
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    h.clock.now += 60_000;
    await h.flow.resendCode();
    assert.deepEqual(h.fake.metadata, [
      { method: 'signIn', clientMetadata: attribute },
      { method: 'signIn', clientMetadata: attribute },
    ]);
  });

  it('VERIFY_CONTACT: the code sent for a contact carries it', async () => {
    const h = harness({ options: { clientMetadata: attribute } });
    h.fake.settings = { ...h.fake.settings, verificationAttributes: ['email'] };
    h.fake.attributes = { email: 'alice@example.com', email_verified: 'false' };
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'VERIFY_CONTACT');
    await h.flow.submit('VERIFY_CONTACT', { choice: 'email' });
    assert.deepEqual(h.fake.metadata.at(-1), {
      method: 'sendUserAttributeVerificationCode',
      clientMetadata: attribute,
    });
  });

  it('mergeMetadata: the second over the first; nothing at all is undefined', () => {
    assert.deepEqual(mergeMetadata({ a: '1', b: '2' }, { b: '3' }), { a: '1', b: '3' });
    assert.deepEqual(mergeMetadata(undefined, { b: '3' }), { b: '3' });
    assert.equal(mergeMetadata(undefined, undefined), undefined);
    assert.equal(mergeMetadata({}, {}), undefined);
    // Only strings, only from objects (a page's property may hold anything).
    const loose = { a: '1', n: 2, o: { p: 'q' } } as unknown as Record<string, string>;
    assert.deepEqual(mergeMetadata(loose, undefined), { a: '1' });
    for (const odd of ['ab', ['x'], null, 3]) {
      assert.equal(mergeMetadata(odd as unknown as Record<string, string>), undefined, JSON.stringify(odd));
    }
  });
});

describe('hooks run in the action, not per step', () => {
  it('a submit that asks for nothing (a choice step without a choice) calls nothing and shows nothing', async () => {
    const seen: Step[] = [];
    const h = harness({ options: { hooks: { beforeConfirm: (on) => void seen.push(on) } } });
    h.fake.answer('signIn', step('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] }));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    await h.flow.submit('CONTINUE_SIGN_IN_WITH_MFA_SELECTION', {});
    assert.deepEqual(seen, ['CONTINUE_SIGN_IN_WITH_MFA_SELECTION']);
    assert.equal(h.fake.callsOf('confirmSignIn').length, 0);
    assert.equal(h.flow.state.error, undefined);
    assert.equal(h.flow.state.busy, false);
  });

  it('a step without a `before…` hook still runs validate, e.g. the passkey offer', async () => {
    const steps: Step[] = [];
    const h = harness({
      options: {
        passkeyPrompt: 'after-sign-in',
        hooks: {
          validate: (on, values) => {
            steps.push(on);
            return values;
          },
        },
      },
    });
    h.fake.platformAuthenticator = true;
    h.fake.answer('signIn', step('DONE'));
    await h.flow.start();
    await h.flow.submit('SIGN_IN', CREDENTIALS);
    assert.equal(h.flow.state.step, 'PASSKEY_PROMPT');
    await h.flow.submit('PASSKEY_PROMPT', {});
    assert.deepEqual(steps, ['SIGN_IN', 'PASSKEY_PROMPT']);
    assert.equal(h.fake.callsOf('registerPasskey').length, 1);
  });
});
