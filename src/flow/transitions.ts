/** Where an Amplify sign-in result leads: a pure function of the result and what the flow knows. */
import type { SignInResult } from '../auth-service.js';
import type { CallContext, Next } from './calls.js';
import { firstFactorChoices, stepDataOf } from './step-data.js';
import { isKnownStep } from './steps.js';
import { totpUri } from './totp-uri.js';

/** A sign-in result, and whether WebAuthn works here (asked only when the result offers first factors). */
export interface SignInOutcome {
  result: SignInResult;
  passkeysSupported: boolean;
}

/** Whether the result's next step offers a first-factor choice (the flow then asks whether passkeys work). */
export const offersFirstFactors = (result: SignInResult) =>
  result.nextStep.signInStep === 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION';

const sameInfo = (a?: Record<string, string>, b?: Record<string, string>) =>
  JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/** Where the result of `signIn`, `confirmSignIn` or `autoSignIn` leads. */
export function signInNext({ result, passkeysSupported }: SignInOutcome, input: object, context: CallContext): Next {
  const { rememberDevice } = input as { rememberDevice?: boolean };
  const { nextStep } = result;
  const step = nextStep.signInStep;
  if (result.isSignedIn || step === 'DONE') return { kind: 'signedIn', rememberDevice };
  switch (step) {
    case 'CONFIRM_SIGN_UP':
      // Cognito sends no code when a sign-in meets an unconfirmed account: the flow asks for one.
      return { kind: 'call', call: { name: 'sendSignUpCode', input: { username: context.username } } };
    case 'RESET_PASSWORD':
      return { kind: 'step', step, data: {}, notice: { messageId: 'hint.resetRequired' } };
    case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP': {
      const secret = nextStep.totpSetupDetails?.sharedSecret ?? '';
      const uri = totpUri(context.totpIssuer, context.username, secret);
      return { kind: 'step', step, data: {}, totp: { secret, uri } };
    }
    case 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION': {
      const availableChallenges = firstFactorChoices(nextStep.availableChallenges ?? [], passkeysSupported);
      return { kind: 'step', step, data: { availableChallenges } };
    }
  }
  const data = stepDataOf(nextStep);
  if (/^CONFIRM_SIGN_IN_WITH_(SMS|EMAIL)_CODE$/.test(step) && reachedAsFirstFactor(step, input, context)) {
    data.firstFactor = true;
  }
  if (!isKnownStep(step)) {
    const error = { name: 'UnknownStep', message: `Unknown sign-in step ${step}`, messageId: 'error.unknownStep' };
    return { kind: 'step', step, data, error };
  }
  // Cognito asked the same question again: the answer was wrong.
  if (step === 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' && step === context.step) {
    if (sameInfo(context.data.additionalInfo, data.additionalInfo)) {
      const error = {
        name: 'WrongAnswer',
        message: 'Incorrect answer',
        messageId: 'error.wrongAnswer',
        field: 'answer',
      };
      return { kind: 'step', step, data, error };
    }
  }
  return { kind: 'step', step, data };
}

/**
 * Whether an SMS or email code step reached by a call is the first factor of a passwordless sign-in (its code has 8
 * digits, `code-length.ts`): chosen on the first-factor choice, or asked for by a sign-in that sent no password. A
 * new code on the same step keeps what the step was.
 */
export function reachedAsFirstFactor(step: string, input: object, context: Pick<CallContext, 'step' | 'data'>) {
  if (context.step === step) return context.data.firstFactor === true;
  if (context.step === 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION') return true;
  const request = ('request' in input ? input.request : input) as { password?: string; challengeResponse?: string };
  return request.challengeResponse === undefined && !request.password;
}
