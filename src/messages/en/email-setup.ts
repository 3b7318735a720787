/** English: the email MFA setup screen. */
export const emailSetup = {
  'action.continue': 'Continue',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Set up email verification',
  'hint.emailSetup': 'Enter the email address where we should send your sign-in codes.',
};
