/**
 * A new code: on sign-in code steps by starting the same sign-in again and replaying the answers given since
 * (Cognito sends a code only when a challenge starts); on sign-up and reset by asking for one. A cooldown per
 * step keeps a held-down button from sending a text message a second (each costs the site's owner).
 */
import type { AuthService, CodeDelivery, SignInRequest, SignInResult } from '../auth-service.js';
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
export async function replaySignIn(service: AuthService, attempt: Attempt): Promise<SignInResult> {
  let result = await service.signIn(attempt.request);
  for (const response of attempt.replayed) {
    if (!rowOf(result.nextStep.signInStep).replayed) break;
    result = await service.confirmSignIn({ challengeResponse: response });
  }
  return result;
}

/** Asks for a new sign-up or reset code. */
export const sendCodeAgain = (service: AuthService, step: Step, username: string): Promise<CodeDelivery> =>
  rowOf(step).resend === 'signUp' ? service.resendSignUpCode(username) : service.resetPassword(username);

/** Whether `step` has a way to send a new code, and the means (typed credentials in memory, or a username). */
export function resendPossible(step: Step | undefined, username: string, hasAttempt: boolean): boolean {
  const { resend } = rowOf(step);
  if (!resend) return false;
  return resend === 'replay' ? hasAttempt : Boolean(username);
}
