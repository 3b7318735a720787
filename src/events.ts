/** The DOM events `<auth-sign-in>` dispatches. No `detail` ever holds a password, code, TOTP secret or token. */
import type { Step } from './steps.js';

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

/** Creates one of the widget's events: always `bubbles` and `composed`, so it crosses shadow roots. */
export const authEvent = <K extends AuthEventName>(type: K, detail: AuthEventDetails[K]) =>
  new CustomEvent<AuthEventDetails[K]>(type, { detail, bubbles: true, composed: true });

declare global {
  interface GlobalEventHandlersEventMap {
    'auth-step-change': CustomEvent<AuthStepChangeDetail>;
    'auth-signed-in': CustomEvent<AuthSignedInDetail>;
    'auth-signed-out': CustomEvent<EmptyDetail>;
    'auth-error': CustomEvent<AuthErrorDetail>;
    'auth-passkey-registered': CustomEvent<EmptyDetail>;
  }
}
