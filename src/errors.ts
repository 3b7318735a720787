/** Turns a failed call or a rejected input into what the widget shows: a message id, and the field it belongs to. */

/** A field an error can sit at; anything else goes to the form's alert. */
export type ErrorField =
  'username' | 'password' | 'code' | 'newPassword' | 'confirmPassword' | 'email' | 'answer' | (string & {});

export interface FlowError {
  /** The Amplify/Cognito error name, or the widget's own for rejected input (`RequiredField`, …). */
  name: string;
  /** The error's own text, for `auth-error` and logs. */
  message: string;
  /** Message catalog id of the text shown. */
  messageId: string;
  field?: ErrorField;
  values?: Record<string, string>;
}

type Rule = { messageId: string; field?: ErrorField };

const BY_NAME: Record<string, Rule> = {
  NotAuthorizedException: { messageId: 'error.notAuthorized' },
  UserNotFoundException: { messageId: 'error.userNotFound', field: 'username' },
  CodeMismatchException: { messageId: 'error.codeMismatch', field: 'code' },
  ExpiredCodeException: { messageId: 'error.expiredCode', field: 'code' },
  EnableSoftwareTokenMFAException: { messageId: 'error.codeMismatch', field: 'code' },
  LimitExceededException: { messageId: 'error.limitExceeded' },
  TooManyRequestsException: { messageId: 'error.tooManyRequests' },
  TooManyFailedAttemptsException: { messageId: 'error.tooManyFailedAttempts' },
  InvalidPasswordException: { messageId: 'error.invalidPassword', field: 'newPassword' },
  InvalidParameterException: { messageId: 'error.invalidParameter' },
  PasswordResetRequiredException: { messageId: 'error.passwordResetRequired' },
  UserNotConfirmedException: { messageId: 'error.userNotConfirmed' },
  SignInException: { messageId: 'error.sessionExpired' },
  UserAlreadyAuthenticatedException: { messageId: 'error.alreadySignedIn' },
  InvalidPreferredChallenge: { messageId: 'error.invalidPreferredChallenge' },
  NetworkError: { messageId: 'error.network' },
  TypeError: { messageId: 'error.network' },
  EmptySignInUsername: { messageId: 'error.required', field: 'username' },
  EmptySignInPassword: { messageId: 'error.required', field: 'password' },
  EmptyConfirmSignInChallengeResponse: { messageId: 'error.required', field: 'code' },
  PasskeyAuthenticationCanceled: { messageId: 'error.passkeyCanceled' },
  PasskeyRegistrationCanceled: { messageId: 'error.passkeyRegistrationCanceled' },
  PasskeyRegistrationFailed: { messageId: 'error.passkeyRegistrationCanceled' },
  PasskeyRetrievalFailed: { messageId: 'error.passkeyCanceled' },
  PasskeyOperationAborted: { messageId: 'error.passkeyCanceled' },
  RelyingPartyMismatch: { messageId: 'error.configuration' },
  PasskeyNotSupported: { messageId: 'error.passkeyUnsupported' },
  PasskeyAlreadyExists: { messageId: 'error.passkeyExists' },
  InternalErrorException: { messageId: 'error.service' },
  ServiceUnavailable: { messageId: 'error.service' },
  Unknown: { messageId: 'error.service' },
  ConfigurationError: { messageId: 'error.configuration' },
  AuthUserPoolException: { messageId: 'error.configuration' },
  InvalidUserPoolConfigurationException: { messageId: 'error.configuration' },
};

/** Cognito says more than its error name in a few cases that deserve their own words. */
const BY_MESSAGE: Array<[RegExp, Rule]> = [
  [/attempts exceeded/i, { messageId: 'error.passwordAttemptsExceeded' }],
  [/session is expired|invalid session/i, { messageId: 'error.sessionExpired' }],
];

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
  const name = errorName(error);
  const message = errorMessage(error);
  const rule = (name === 'NotAuthorizedException' && BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1]) ||
    BY_NAME[name] || { messageId: 'error.unknown' };
  return { name, message, ...rule, values: { message } };
}

/** An error for input the widget rejects before calling anything. */
export const inputError = (field: ErrorField, messageId: string, name = 'InvalidInput'): FlowError => ({
  name,
  message: messageId,
  messageId,
  field,
});
