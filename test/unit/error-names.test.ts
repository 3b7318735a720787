/**
 * Each of Cognito's and Amplify's error names reads as its own message in the widget, not the generic "Something
 * went wrong" (shown on the reset screen, where every error stays on the step it happened on).
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/messages/en.js';
import { awsError } from '../support/fake-auth-service.js';
import { actionButton, alertText, clickToStep, CREDENTIALS, field, mount, submitAndSettle } from './helpers/widget.js';

/** Error name → the message id of what the user reads. */
const MEANINGS: Array<[string, keyof typeof en]> = [
  ['NotAuthorizedException', 'error.notAuthorized'],
  ['UserNotFoundException', 'error.userNotFound'],
  ['CodeMismatchException', 'error.codeMismatch'],
  ['ExpiredCodeException', 'error.expiredCode'],
  ['EnableSoftwareTokenMFAException', 'error.codeMismatch'],
  ['LimitExceededException', 'error.limitExceeded'],
  ['TooManyRequestsException', 'error.tooManyRequests'],
  ['TooManyFailedAttemptsException', 'error.tooManyFailedAttempts'],
  ['InvalidPasswordException', 'error.invalidPassword'],
  ['InvalidParameterException', 'error.invalidParameter'],
  ['PasswordResetRequiredException', 'error.passwordResetRequired'],
  ['UserNotConfirmedException', 'error.userNotConfirmed'],
  ['SignInException', 'error.sessionExpired'],
  ['UserAlreadyAuthenticatedException', 'error.alreadySignedIn'],
  ['InvalidPreferredChallenge', 'error.invalidPreferredChallenge'],
  ['NetworkError', 'error.network'],
  ['TypeError', 'error.network'],
  ['EmptySignInUsername', 'error.required'],
  ['EmptySignInPassword', 'error.required'],
  ['EmptyConfirmSignInChallengeResponse', 'error.required'],
  ['PasskeyAuthenticationCanceled', 'error.passkeyCanceled'],
  ['PasskeyRegistrationCanceled', 'error.passkeyRegistrationCanceled'],
  ['PasskeyRegistrationFailed', 'error.passkeyRegistrationCanceled'],
  ['PasskeyRetrievalFailed', 'error.passkeyCanceled'],
  ['PasskeyOperationAborted', 'error.passkeyCanceled'],
  ['RelyingPartyMismatch', 'error.configuration'],
  ['PasskeyNotSupported', 'error.passkeyUnsupported'],
  ['PasskeyAlreadyExists', 'error.passkeyExists'],
  ['InternalErrorException', 'error.service'],
  ['ServiceUnavailable', 'error.service'],
  ['ConfigurationError', 'error.configuration'],
  ['AuthUserPoolException', 'error.configuration'],
  ['InvalidUserPoolConfigurationException', 'error.configuration'],
];

describe('what each error name reads as', () => {
  for (const [name, messageId] of MEANINGS) {
    it(`${name}: "${en[messageId]}"`, async () => {
      const { el, fake } = await mount();
      field(el, 'username').value = CREDENTIALS.username;
      await clickToStep(el, actionButton(el, 'forgot-password'));
      fake.answer('resetPassword', awsError(name, `${name} from the service`));
      await submitAndSettle(el, { username: CREDENTIALS.username });
      expect(el.step).to.equal('RESET_PASSWORD');
      expect(alertText(el)).to.equal(en[messageId]);
      expect(alertText(el)).to.not.equal(en['error.unknown']);
    });
  }
});
