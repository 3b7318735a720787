/** Where an Amplify sign-in result leads: a pure function of the result and what the flow knows. */
import type { SignInResult } from '../auth-service.js';
import { firstFactorChoices, stepDataOf, type StepData } from './step-data.js';
import { isKnownStep, type Step } from './steps.js';
import { totpUri } from './totp-uri.js';

export interface TransitionContext {
  /** What the user typed as username (the TOTP entry's account name). */
  username: string;
  totpIssuer: string;
  /** WebAuthn works here (first-factor selection shows the passkey only then). */
  passkeysSupported: boolean;
}

export type Transition =
  | { kind: 'signedIn' }
  | {
      kind: 'step';
      step: Step;
      data: StepData;
      /** TOTP setup only: the secret and its URI, in memory while the step shows. */
      totp?: { secret: string; uri: string };
      /** Cognito sends no code when a sign-in meets an unconfirmed account: the flow asks for one. */
      needsSignUpCode?: boolean;
      notice?: { messageId: string };
      /** A step this version does not know. */
      unknown?: boolean;
    };

/** Whether the result's next step offers a first-factor choice (the flow then asks whether passkeys work). */
export const offersFirstFactors = (result: SignInResult) =>
  result.nextStep.signInStep === 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION';

export function transition(result: SignInResult, context: TransitionContext): Transition {
  const { nextStep } = result;
  const step = nextStep.signInStep;
  if (result.isSignedIn || step === 'DONE') return { kind: 'signedIn' };
  switch (step) {
    case 'CONFIRM_SIGN_UP':
      return { kind: 'step', step, data: {}, needsSignUpCode: true };
    case 'RESET_PASSWORD':
      return { kind: 'step', step, data: {}, notice: { messageId: 'hint.resetRequired' } };
    case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP': {
      const secret = nextStep.totpSetupDetails?.sharedSecret ?? '';
      const uri = totpUri(context.totpIssuer, context.username, secret);
      return { kind: 'step', step, data: {}, totp: { secret, uri } };
    }
    case 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION': {
      const availableChallenges = firstFactorChoices(nextStep.availableChallenges ?? [], context.passkeysSupported);
      return { kind: 'step', step, data: { availableChallenges } };
    }
  }
  return { kind: 'step', step, data: stepDataOf(nextStep), ...(isKnownStep(step) ? {} : { unknown: true }) };
}
