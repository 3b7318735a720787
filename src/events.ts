/**
 * The details of the DOM events `<auth-sign-in>` dispatches (the events themselves are made in
 * `components/events.ts`). No `detail` ever holds a password, code, TOTP secret or token.
 */
import type { AccountChange } from './flow/account.js';
import type { Step } from './flow/steps.js';

export interface AuthStepChangeDetail {
  step: Step;
  previousStep: Step | null;
}

export interface AuthSignedInDetail {
  /** Cognito's username. */
  username: string;
  /** The user's `sub`. */
  userId: string;
  /** What the user typed to sign in, when known. */
  loginId?: string;
}

/** `auth-before-step-change`: the step shown, and the one the flow is about to show. */
export interface AuthBeforeStepChangeDetail {
  step: Step;
  nextStep: Step;
}

export interface AuthSignedUpDetail {
  /** Cognito's username (the email or phone number in a pool that signs in with one). */
  username: string;
  /** The new user's `sub`. */
  userId: string;
  /** What the person typed as their identifier. */
  loginId: string;
  /** The account is confirmed already (no code or link needed). */
  confirmed: boolean;
}

export interface AuthErrorDetail {
  step: Step | null;
  /** The Amplify/Cognito error name (`NotAuthorizedException`, `CodeMismatchException`, …). */
  name: string;
  message: string;
}

export type EmptyDetail = Record<string, never>;

export interface AuthEventDetails {
  'auth-before-step-change': AuthBeforeStepChangeDetail;
  'auth-step-change': AuthStepChangeDetail;
  'auth-signed-in': AuthSignedInDetail;
  'auth-signed-out': EmptyDetail;
  'auth-error': AuthErrorDetail;
  'auth-passkey-registered': EmptyDetail;
  'auth-signed-up': AuthSignedUpDetail;
  /** `<auth-account>`: a section changed the account. */
  'auth-account-change': AccountChange;
}

export type AuthEventName = keyof AuthEventDetails;
