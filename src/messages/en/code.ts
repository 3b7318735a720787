/** English: the one-time code screen (SMS, email, TOTP, confirm sign-up). */
export const code = {
  'field.rememberDevice': 'Remember this device',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Enter the code we texted you',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Enter the code we emailed you',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Enter the code from your authenticator app',
  'step.CONFIRM_SIGN_UP.title': 'Confirm your account',
  'hint.codeSent': 'We sent a code to {destination}.',
  'hint.codeSentBy.SMS': 'We texted a code to {destination}.',
  'hint.codeSentBy.EMAIL': 'We emailed a code to {destination}.',
  'hint.totpCode': 'Open your authenticator app and enter the 6-digit code for this account.',
  'hint.confirmSignUp': 'Enter the code we sent to {destination} to confirm your account.',
  'hint.confirmSignUpNoDestination': 'Enter the code we sent you to confirm your account.',
};
