/** English: the choice screens (first factor, MFA, MFA setup). */
export const choice = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'How do you want to sign in?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Choose how to verify it’s you',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Set up two-step verification',
  'choice.SMS': 'Text message (SMS)',
  'choice.TOTP': 'Authenticator app',
  'choice.EMAIL': 'Email',
  'choice.PASSWORD': 'Password',
  'choice.PASSWORD_SRP': 'Password',
  'choice.EMAIL_OTP': 'Email me a code',
  'choice.SMS_OTP': 'Text me a code',
  'choice.WEB_AUTHN': 'Passkey',
};
