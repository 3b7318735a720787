/** English: the reset-password screens. */
export const resetPassword = {
  'action.sendCode': 'Send code',
  'step.RESET_PASSWORD.title': 'Reset your password',
  'step.CONFIRM_RESET_PASSWORD.title': 'Choose a new password',
  'hint.resetPassword': 'We’ll send a code to reset the password of this account.',
  'hint.confirmResetPassword': 'Enter the code we sent to {destination} and choose a new password.',
  'hint.confirmResetPasswordNoDestination': 'Enter the code we sent you and choose a new password.',
};
