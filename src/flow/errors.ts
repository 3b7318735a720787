/**
 * The error policy: a failed call or a rejected input becomes what the widget shows (a message id, the field it
 * belongs to) and what the flow does next (stay on the step, or start over). Server text is never shown: it goes
 * to `auth-error` only. What each of Cognito's error names means is in `error-names.ts`, loaded with the first error.
 */
import { rowOf, inSignInSession, type Step } from './steps.js';

/** A field an error can sit at; anything else goes to the form's alert. */
export type ErrorField =
  'username' | 'password' | 'code' | 'newPassword' | 'confirmPassword' | 'email' | 'answer' | (string & {});

export interface FlowError {
  /** The Amplify/Cognito error name, or the widget's own for rejected input (`RequiredField`, …). */
  name: string;
  /** The error's own text, for `auth-error` and logs; never shown. */
  message: string;
  /** Message catalog id of the text shown. */
  messageId: string;
  field?: ErrorField;
  values?: Record<string, string>;
  /** Values that are themselves message ids, translated before they are put in (`{rule}`). */
  valueIds?: Record<string, string>;
  /** Errors at other fields shown with this one (a page's hook refused several fields at once). */
  also?: readonly FlowError[];
}

export const errorName = (error: unknown): string => {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return 'Unknown';
};

export const errorMessage = (error: unknown): string =>
  error instanceof Error || (error && typeof error === 'object' && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);

/**
 * `error` as the widget shows it. Cognito's error names and what each means load with the first error that needs
 * them (`error-names.ts`); if they cannot load, the network is the likely cause, and the error says so.
 */
export function describeError(error: unknown): FlowError | Promise<FlowError> {
  if (isFlowError(error)) return error;
  return import('./error-names.js').then(
    ({ toFlowError }) => toFlowError(error),
    () => ({ name: errorName(error), message: errorMessage(error), messageId: 'error.network' }),
  );
}

export const isFlowError = (error: unknown): error is FlowError =>
  Boolean(error && typeof error === 'object' && 'messageId' in error && 'name' in error);

/** A social sign-in that came back without a user: one message, for a cancel or for anything else. */
export const redirectError = ({ error, canceled }: { error?: unknown; canceled?: boolean }): FlowError => ({
  name: error ? errorName(error) : 'OAuthSignInException',
  message: error ? errorMessage(error) : 'Social sign-in failed',
  messageId: canceled ? 'error.socialCanceled' : 'error.socialSignIn',
});

/** An error for input the widget rejects before calling anything. */
export const inputError = (field: ErrorField, messageId: string, name = 'InvalidInput'): FlowError => ({
  name,
  message: messageId,
  messageId,
  field,
});

/** The field names of `step`'s screen: an error at the generic `code` sits at `answer` on a custom challenge. */
export function placeError(error: FlowError, step: Step | undefined): FlowError {
  const { fieldAliases, errorFields } = rowOf(step);
  const byStep = (key: string) => (errorFields && Object.hasOwn(errorFields, key) ? errorFields[key] : undefined);
  const field =
    byStep(error.name) ??
    byStep(error.messageId) ??
    (error.field && fieldAliases && Object.hasOwn(fieldAliases, error.field) ? fieldAliases[error.field] : undefined) ??
    error.field;
  const also = error.also?.map((other) => placeError(other, step));
  return { ...error, field, ...(also ? { also } : {}) };
}

/** Errors after which Amplify's in-progress sign-in is gone: the user starts over. */
const SESSION_ENDING = new Set(['NotAuthorizedException', 'SignInException']);

/**
 * What the flow does after `error` on `step`: `stay` shows it there; `startOver` goes back to `SIGN_IN`
 * (the username kept) with the error as it is, or with "the sign-in was stopped" where a session ended.
 */
export function afterError(
  error: FlowError,
  step: Step | undefined,
): { action: 'stay' } | { action: 'startOver'; error: FlowError } {
  if (!SESSION_ENDING.has(error.name) || step === 'SIGN_IN' || !inSignInSession(step)) return { action: 'stay' };
  const sessionEnded = error.messageId === 'error.notAuthorized' && step !== 'CONFIRM_SIGN_IN_WITH_PASSWORD';
  return { action: 'startOver', error: sessionEnded ? { ...error, messageId: 'error.signInEnded' } : error };
}
