/** Cognito's error answers: `{ __type, message }` with a status, and the ones several operations throw. */
export class CognitoError extends Error {
  constructor(
    public type: string,
    message: string,
    public status = 400,
  ) {
    super(message);
  }
}

export const invalidParameter = (message: string) => new CognitoError('InvalidParameterException', message);
export const missingParameter = (name: string) => invalidParameter(`Missing required parameter ${name}`);
export const notAuthorized = (message: string) => new CognitoError('NotAuthorizedException', message);
export const incorrectPassword = () => notAuthorized('Incorrect username or password.');
export const passwordAttemptsExceeded = () => notAuthorized('Password attempts exceeded');
export const invalidSession = () => notAuthorized('Invalid session for the user.');
export const expiredSession = () => notAuthorized('Invalid session for the user, session is expired.');
export const tooManyFailedAttempts = () => notAuthorized('Invalid session for the user, too many failed attempts.');
export const signInCodeMismatch = () =>
  new CognitoError('CodeMismatchException', 'Invalid code or auth state for the user.');
export const userNotFound = () => new CognitoError('UserNotFoundException', 'User does not exist.');
export const userNotConfirmed = () => new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
export const passwordResetRequired = () =>
  new CognitoError('PasswordResetRequiredException', 'Password reset required for the user');
