/**
 * What Cognito's (and Amplify's) error names mean to the user: the message shown and the field it sits at. Loaded
 * with the first error that is not the widget's own (`describeError` in `errors.ts`), so a sign-in that goes well
 * never downloads it.
 */
import { errorMessage, errorName, isFlowError, type FlowError } from './errors.js';

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
  // Signing up (the identifier's field and words depend on the pool: `sign-up.ts` places them).
  ['UsernameExistsException', { messageId: 'error.accountExists.username', field: 'username' }],
  ['AliasExistsException', { messageId: 'error.accountExists.username', field: 'username' }],
  ['CodeDeliveryFailureException', { messageId: 'error.codeDelivery' }],
  ['AutoSignInException', { messageId: 'error.signUpLinkWaitEnded' }],
  ['AuthUserPoolException', { messageId: 'error.configuration' }],
  ['InvalidUserPoolConfigurationException', { messageId: 'error.configuration' }],
]);

/** Cognito says more than its error name in a few cases that deserve their own words. */
const BY_MESSAGE: ReadonlyArray<[name: string, pattern: RegExp, rule: Rule]> = [
  ['NotAuthorizedException', /attempts exceeded/i, { messageId: 'error.passwordAttemptsExceeded' }],
  ['NotAuthorizedException', /session is expired|invalid session/i, { messageId: 'error.sessionExpired' }],
  ['NotAuthorizedException', /flow not enabled|not enabled for this client/i, { messageId: 'error.flowNotAllowed' }],
  ['NotAuthorizedException', /signup is not permitted/i, { messageId: 'error.signUpNotAllowed' }],
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

/** Maps anything thrown by the auth service to the message the user sees and where. */
export function toFlowError(error: unknown): FlowError {
  if (isFlowError(error)) return error;
  const name = errorName(error);
  const message = errorMessage(error);
  const rule = BY_MESSAGE.find(([ruleName, pattern]) => ruleName === name && pattern.test(message))?.[2] ??
    BY_NAME.get(name) ?? { messageId: 'error.unknown' };
  return { name, message, ...rule };
}
