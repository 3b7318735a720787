/**
 * The error policy: a failed call or a rejected input becomes what the widget shows (a message id, the field it
 * belongs to) and what the flow does next (stay on the step, or start over). Server text is never shown: it goes
 * to `auth-error` only.
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
}

type Rule = Pick<FlowError, 'messageId' | 'field' | 'valueIds'>;

const BY_NAME = new Map<string, Rule>([
  ['NotAuthorizedException', { messageId: 'error.notAuthorized' }],
  ['UserNotFoundException', { messageId: 'error.userNotFound', field: 'username' }],
  ['CodeMismatchException', { messageId: 'error.codeMismatch', field: 'code' }],
  ['ExpiredCodeException', { messageId: 'error.expiredCode', field: 'code' }],
  ['EnableSoftwareTokenMFAException', { messageId: 'error.codeMismatch', field: 'code' }],
  ['LimitExceededException', { messageId: 'error.limitExceeded' }],
  ['TooManyRequestsException', { messageId: 'error.tooManyRequests' }],
  ['TooManyFailedAttemptsException', { messageId: 'error.tooManyFailedAttempts' }],
  ['InvalidPasswordException', { messageId: 'error.invalidPassword', field: 'newPassword' }],
  ['InvalidParameterException', { messageId: 'error.invalidParameter' }],
  ['PasswordResetRequiredException', { messageId: 'error.passwordResetRequired' }],
  ['UserNotConfirmedException', { messageId: 'error.userNotConfirmed' }],
  ['SignInException', { messageId: 'error.sessionExpired' }],
  ['UserAlreadyAuthenticatedException', { messageId: 'error.alreadySignedIn' }],
  ['InvalidPreferredChallenge', { messageId: 'error.invalidPreferredChallenge' }],
  ['NetworkError', { messageId: 'error.network' }],
  ['TypeError', { messageId: 'error.network' }],
  ['EmptySignInUsername', { messageId: 'error.required', field: 'username' }],
  ['EmptySignInPassword', { messageId: 'error.required', field: 'password' }],
  ['EmptyConfirmSignInChallengeResponse', { messageId: 'error.required', field: 'code' }],
  ['PasskeyAuthenticationCanceled', { messageId: 'error.passkeyCanceled' }],
  ['PasskeyRegistrationCanceled', { messageId: 'error.passkeyRegistrationCanceled' }],
  ['PasskeyRegistrationFailed', { messageId: 'error.passkeyRegistrationCanceled' }],
  ['PasskeyRetrievalFailed', { messageId: 'error.passkeyCanceled' }],
  ['PasskeyOperationAborted', { messageId: 'error.passkeyCanceled' }],
  ['RelyingPartyMismatch', { messageId: 'error.configuration' }],
  ['PasskeyNotSupported', { messageId: 'error.passkeyUnsupported' }],
  ['PasskeyAlreadyExists', { messageId: 'error.passkeyExists' }],
  ['InternalErrorException', { messageId: 'error.service' }],
  ['ServiceUnavailable', { messageId: 'error.service' }],
  ['Unknown', { messageId: 'error.service' }],
  ['ConfigurationError', { messageId: 'error.configuration' }],
  ['AuthUserPoolException', { messageId: 'error.configuration' }],
  ['InvalidUserPoolConfigurationException', { messageId: 'error.configuration' }],
]);

/** Cognito says more than its error name in a few cases that deserve their own words. */
const BY_MESSAGE: ReadonlyArray<[name: string, pattern: RegExp, rule: Rule]> = [
  ['NotAuthorizedException', /attempts exceeded/i, { messageId: 'error.passwordAttemptsExceeded' }],
  ['NotAuthorizedException', /session is expired|invalid session/i, { messageId: 'error.sessionExpired' }],
  ['NotAuthorizedException', /flow not enabled|not enabled for this client/i, { messageId: 'error.flowNotAllowed' }],
  ['InvalidParameterException', /flow not enabled|not enabled for this client/i, { messageId: 'error.flowNotAllowed' }],
  // The password policy, as Cognito words each rule: the rule in the user's language.
  ['InvalidPasswordException', /long enough|too short|minimum length/i, passwordRule('error.passwordTooShort')],
  ['InvalidPasswordException', /uppercase/i, passwordRule('error.passwordRule', 'password.rule.uppercase')],
  ['InvalidPasswordException', /lowercase/i, passwordRule('error.passwordRule', 'password.rule.lowercase')],
  ['InvalidPasswordException', /numeric|number/i, passwordRule('error.passwordRule', 'password.rule.number')],
  ['InvalidPasswordException', /symbol|special/i, passwordRule('error.passwordRule', 'password.rule.symbol')],
];

function passwordRule(messageId: string, rule?: string): Rule {
  return { messageId, field: 'newPassword', ...(rule ? { valueIds: { rule } } : {}) };
}

const errorName = (error: unknown): string => {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return 'Unknown';
};

const errorMessage = (error: unknown): string =>
  error instanceof Error || (error && typeof error === 'object' && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);

/** Maps anything thrown by the auth service to the message the user sees and where. */
export function toFlowError(error: unknown): FlowError {
  if (isFlowError(error)) return error;
  const name = errorName(error);
  const message = errorMessage(error);
  const rule = BY_MESSAGE.find(([ruleName, pattern]) => ruleName === name && pattern.test(message))?.[2] ??
    BY_NAME.get(name) ?? { messageId: 'error.unknown' };
  return { name, message, ...rule };
}

export const isFlowError = (error: unknown): error is FlowError =>
  Boolean(error && typeof error === 'object' && 'messageId' in error && 'name' in error);

/** A social sign-in that came back without a user: one message, for a cancel or for anything else. */
export const redirectError = ({ error, canceled }: { error?: unknown; canceled?: boolean }): FlowError => ({
  ...toFlowError(error ?? { name: 'OAuthSignInException', message: 'Social sign-in failed' }),
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
  return { ...error, field };
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
