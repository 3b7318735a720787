/**
 * English: what a failure or a notice says (`error.*` but the prefix and the network error, `notice.*`). Loaded with
 * the first one shown (`src/i18n.ts`), so a sign-in that goes right never downloads it.
 */
export const errorsAndNotices = {
  'notice.accountConfirmed': 'Your account is confirmed. Sign in to continue.',
  'notice.passwordReset': 'Your password was changed. Sign in with your new password.',
  'notice.totpSetupRestart':
    'Setting up the authenticator app can’t continue after a reload. Sign in again to start over.',
  'notice.passkeyRegistered': 'Passkey created. You can use it next time you sign in.',
  'notice.signedOut': 'You’re signed out.',
  'error.required': 'This field is required.',
  'error.passwordMismatch': 'The passwords don’t match.',
  'error.codeFormat': 'Enter the code as digits only.',
  'error.emailFormat': 'Enter an email address like name@example.com.',
  'error.notAuthorized': 'Incorrect username or password.',
  'error.signInEnded': 'The sign-in was stopped. Sign in again to retry.',
  'error.userNotFound': 'We couldn’t find an account with that username.',
  'error.wrongAnswer': 'That answer isn’t right. Try again.',
  'error.codeMismatch': 'That code isn’t right. Check it and try again.',
  'error.expiredCode': 'That code has expired. Request a new one.',
  'error.limitExceeded': 'Too many attempts. Wait a while before trying again.',
  'error.tooManyRequests': 'Too many requests. Wait a moment and try again.',
  'error.tooManyFailedAttempts': 'Too many failed attempts. Wait a while before trying again.',
  'error.invalidPassword': 'This password isn’t allowed. Choose a different one.',
  'error.passwordRule': 'Your password needs: {rule}',
  'error.passwordTooShort': 'This password is too short.',
  'error.invalidParameter': 'Something you entered isn’t valid. Check it and try again.',
  'error.passwordResetRequired': 'You need to reset your password.',
  'error.userNotConfirmed': 'Your account isn’t confirmed yet.',
  'error.sessionExpired': 'Your sign-in session expired. Sign in again.',
  'error.alreadySignedIn': 'You’re already signed in.',
  'error.passwordAttemptsExceeded': 'Too many wrong passwords. Wait 15 minutes before trying again.',
  'error.invalidPreferredChallenge': 'That sign-in method isn’t available. Choose another one.',
  'error.service': 'The sign-in service had a problem. Try again in a moment.',
  'error.configuration': 'The sign-in isn’t configured correctly. Contact the site’s owner.',
  'error.passkeyCanceled':
    'The passkey request was cancelled or timed out. Try again or choose another way to sign in.',
  'error.passkeyRegistrationCanceled':
    'The passkey wasn’t created: the request was cancelled or timed out. Try again, or choose “Not now”.',
  'error.passkeyUnsupported': 'This browser can’t use passkeys here.',
  'error.passkeyExists': 'This device already has a passkey for your account.',
  'error.socialSignIn': 'Signing in with that provider didn’t work. Try again or use another way.',
  'error.unknownStep': 'This sign-in step isn’t supported.',
  'error.signInElsewhere': 'Another sign-in is already under way on this page. Finish it or go back first.',
  'error.socialCanceled': 'The sign-in with that provider was cancelled.',
  'error.flowNotAllowed': 'This way of signing in isn’t turned on for this app. Contact the site’s owner.',
  'error.unknown': 'Something went wrong. Try again.',
  // Sign-up and contact verification: what the flow says (core)
  'error.accountExists.email':
    'An account with this email already exists. Sign in, or reset your password if you’ve forgotten it.',
  'error.accountExists.phone_number':
    'An account with this phone number already exists. Sign in, or reset your password if you’ve forgotten it.',
  'error.accountExists.username': 'This username is already taken. If it’s yours, sign in instead.',
  'error.phoneFormat': 'Enter the phone number with its country code, like +14255550100.',
  'error.signUpNotAllowed': 'New accounts can’t be created here. Contact the site’s owner.',
  'error.codeDelivery': 'We couldn’t send the code. Check the email address or phone number and try again.',
  'error.signUpLinkWaitEnded': 'We stopped waiting for the link to be opened. Once you’ve opened it, sign in.',
  'notice.signUpLinkRestart': 'Once you’ve opened the link we sent you, sign in.',
  'notice.contactVerified': 'Thanks, that’s verified. You can now use it to reset your password.',
  // Signed-in state that stays true (issue 21)
  'notice.sessionEnded': 'Your session has ended. Sign in again to continue.',
  // Hooks before every call (issue 26): a page's own refusal, shown as the page wrote it
  'error.pageRefusal': '{reason}',
};
