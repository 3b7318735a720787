/**
 * The rows of `calls.ts` off the sign-in path: sign-up and its codes, the password reset, a contact's verification
 * and a passkey's registration. Loaded with `off-path-answers.ts` the first time one is made, so the sign-in's first
 * load does not carry them.
 */
import type { CodeDelivery, SignUpResult } from '../auth-service.js';
import { passwordSignIn } from './answers.js';
import { codeStep, type Call, type CallRow, type OffPathCallName } from './calls.js';
import { signUpErrorField, signUpNext } from './sign-up.js';

const autoSignIn: Call = { name: 'autoSignIn', input: {} };

export const OFF_PATH_ROWS = {
  signUp: {
    run: (service, request, metadata) => service.signUp(request, metadata),
    next: signUpNext,
    placeError: signUpErrorField,
    announce: (announcer, result, request) =>
      announcer.signedUp({
        username: request.username,
        userId: result.userId ?? '',
        loginId: request.username,
        confirmed: result.isSignUpComplete,
      }),
  } satisfies CallRow<'signUp', SignUpResult>,
  confirmSignUp: {
    run: (service, { username, code }, metadata) => service.confirmSignUp(username, code, metadata),
    next: (result, _input, { attempt }) => {
      if (result.nextStep.signUpStep === 'COMPLETE_AUTO_SIGN_IN') return { kind: 'call', call: autoSignIn };
      // Confirmed after a sign-in that met the unconfirmed account: that sign-in goes on.
      if (attempt) return { kind: 'call', call: { name: 'signIn', input: attempt } };
      return { kind: 'startOver', notice: { messageId: 'notice.accountConfirmed' } };
    },
  } satisfies CallRow<'confirmSignUp', SignUpResult>,
  resendSignUpCode: {
    run: (service, { username }, metadata) => service.resendSignUpCode(username, metadata),
    next: (codeDelivery, _input, { step, data }) => codeStep(step ?? 'CONFIRM_SIGN_UP', codeDelivery, data),
  } satisfies CallRow<'resendSignUpCode', CodeDelivery>,
  sendSignUpCode: {
    run: (service, { username }, metadata) =>
      service.resendSignUpCode(username, metadata).catch((): CodeDelivery => ({})),
    next: (codeDelivery) => codeStep('CONFIRM_SIGN_UP', codeDelivery),
  } satisfies CallRow<'sendSignUpCode', CodeDelivery>,
  resetPassword: {
    run: (service, { username }, metadata) => service.resetPassword(username, metadata),
    next: (codeDelivery) => codeStep('CONFIRM_RESET_PASSWORD', codeDelivery),
  } satisfies CallRow<'resetPassword', CodeDelivery>,
  confirmResetPassword: {
    run: (service, { username, code, newPassword }, metadata) =>
      service.confirmResetPassword(username, code, newPassword, metadata),
    next: (_result, { username, newPassword }, { authFlowType }) => {
      const request = passwordSignIn(authFlowType, username, newPassword);
      if (!request) return { kind: 'startOver', notice: { messageId: 'notice.passwordReset' } };
      return { kind: 'call', call: { name: 'signIn', input: request } };
    },
  } satisfies CallRow<'confirmResetPassword', void>,
  sendUserAttributeVerificationCode: {
    run: (service, { attribute }, metadata) => service.sendUserAttributeVerificationCode(attribute, metadata),
    next: (codeDelivery, { attribute }, { data }) => ({
      kind: 'step',
      step: 'VERIFY_CONTACT',
      data: { ...data, codeDelivery, contactAttribute: attribute },
      codeSent: true,
    }),
  } satisfies CallRow<'sendUserAttributeVerificationCode', CodeDelivery>,
  confirmUserAttribute: {
    run: (service, { attribute, code }) => service.confirmUserAttribute(attribute, code),
    next: () => ({ kind: 'afterSignIn', from: 'VERIFY_CONTACT', notice: { messageId: 'notice.contactVerified' } }),
  } satisfies CallRow<'confirmUserAttribute', void>,
  registerPasskey: {
    run: (service) => service.registerPasskey(),
    next: () => ({ kind: 'afterSignIn', from: 'PASSKEY_PROMPT', notice: { messageId: 'notice.passkeyRegistered' } }),
    announce: (announcer) => announcer.passkeyRegistered(),
  } satisfies CallRow<'registerPasskey', void>,
} satisfies Record<OffPathCallName, unknown>;
