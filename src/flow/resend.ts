/**
 * A new code: on sign-in code steps by starting the same sign-in again and replaying the answers given since
 * (Cognito sends a code only when a challenge starts); elsewhere by the call the step's row names. A cooldown per
 * step keeps a held-down button from sending a text message a second (each costs the site's owner).
 */
import type { AuthService, ClientMetadata, SignInRequest, SignInResult } from '../auth-service.js';
import type { Call } from './calls.js';
import type { StepData } from './step-data.js';
import { rowOf, type Step } from './steps.js';

/** Seconds before a new code can be asked for again on the same step. */
export const RESEND_COOLDOWN_MS = 30_000;

/** The sign-in being made, in memory only, so a code can be resent by starting it again. */
export interface Attempt {
  request: SignInRequest;
  /** Answers given since on steps whose answer is replayed (selections, the email of email MFA setup). */
  replayed: string[];
}

/** Starts the attempt's sign-in again and gives the same answers while Cognito asks the same questions. */
export async function replaySignIn(
  service: AuthService,
  attempt: Attempt,
  clientMetadata?: ClientMetadata,
): Promise<SignInResult> {
  let result = await service.signIn(attempt.request, clientMetadata);
  for (const response of attempt.replayed) {
    if (!rowOf(result.nextStep.signInStep).replayed) break;
    result = await service.confirmSignIn({ challengeResponse: response }, clientMetadata);
  }
  return result;
}

/** The call that sends a new code on `step` (not a replayed sign-in), or `undefined` without one. */
export function resendCall(step: Step | undefined, username: string, data: StepData): Call | undefined {
  const { resend } = rowOf(step);
  switch (resend) {
    case 'resendSignUpCode':
    case 'resetPassword':
      return username ? { name: resend, input: { username } } : undefined;
    case 'sendUserAttributeVerificationCode':
      return data.contactAttribute ? { name: resend, input: { attribute: data.contactAttribute } } : undefined;
    default:
      return undefined;
  }
}

/** Whether `step` has a way to send a new code (typed credentials in memory, a username, a contact). */
export function resendPossible(step: Step | undefined, username: string, data: StepData, hasAttempt: boolean): boolean {
  const { resend } = rowOf(step);
  if (!resend) return false;
  return resend === 'replay' ? hasAttempt : resendCall(step, username, data) !== undefined;
}
