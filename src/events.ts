/**
 * The details of the DOM events `<auth-sign-in>` dispatches (the events themselves are made in
 * `components/events.ts`). No `detail` ever holds a password, code, TOTP secret or token.
 */
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

export interface AuthErrorDetail {
  step: Step | null;
  /** The Amplify/Cognito error name (`NotAuthorizedException`, `CodeMismatchException`, …). */
  name: string;
  message: string;
}

export type EmptyDetail = Record<string, never>;

export interface AuthEventDetails {
  'auth-step-change': AuthStepChangeDetail;
  'auth-signed-in': AuthSignedInDetail;
  'auth-signed-out': EmptyDetail;
  'auth-error': AuthErrorDetail;
  'auth-passkey-registered': EmptyDetail;
}

export type AuthEventName = keyof AuthEventDetails;
